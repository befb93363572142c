#include "thread_pool.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace editops_addon {

namespace {

// One queued part. Whoever claims it first (a pool thread, or the caller taking it back) runs it.
struct Task {
  const std::function<void(size_t)>* part;
  size_t index;
  std::atomic<bool> claimed{false};
  bool Claim() { return !claimed.exchange(true, std::memory_order_acq_rel); }
};

// Counts down the parts of one call that pool threads run; the caller waits for zero.
struct Latch {
  std::mutex mutex;
  std::condition_variable done;
  size_t pending = 0;

  void Finish() {
    std::lock_guard<std::mutex> lock(mutex);
    if (--pending == 0) done.notify_all();
  }
  void Wait() {
    std::unique_lock<std::mutex> lock(mutex);
    done.wait(lock, [this] { return pending == 0; });
  }
};

struct Queued {
  std::shared_ptr<Task> task;
  Latch* latch;
};

class Pool {
 public:
  void Submit(const std::vector<Queued>& items) {
    std::lock_guard<std::mutex> lock(mutex_);
    // Idle threads will take these; start more only when too few are idle.
    for (size_t needed = items.size(); idle_ + started_pending_ < needed; ++started_pending_) {
      try {
        std::thread(&Pool::Loop, this).detach();
      } catch (...) {
        break;  // no thread: the caller takes the part back and runs it itself
      }
    }
    queue_.insert(queue_.end(), items.begin(), items.end());
    wake_.notify_all();
  }

 private:
  void Loop() {
    std::unique_lock<std::mutex> lock(mutex_);
    --started_pending_;
    for (;;) {
      ++idle_;
      wake_.wait(lock, [this] { return !queue_.empty(); });
      --idle_;
      Queued item = queue_.front();
      queue_.pop_front();
      lock.unlock();
      if (item.task->Claim()) {
        (*item.task->part)(item.task->index);
        item.latch->Finish();
      }
      lock.lock();
    }
  }

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Queued> queue_;
  size_t idle_ = 0;
  size_t started_pending_ = 0;  // threads started that have not reached their loop yet
};

// Never destroyed: its threads are detached and wait on it for the life of the process, and the
// process may exit while they wait.
Pool& ThePool() {
  static Pool* pool = new Pool();
  return *pool;
}

// The runner threads of RunCall: a FIFO queue, at most kRunners threads, never destroyed (as Pool).
class Runners {
 public:
  // False when no runner thread exists or can start: then nothing would take the call.
  bool Submit(std::function<void()>& call) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (idle_ == 0 && started_ < kRunners) {
      try {
        std::thread(&Runners::Loop, this).detach();
        ++started_;
      } catch (...) {
        // No new thread: a running one takes the call when it is done.
      }
    }
    if (started_ == 0) return false;
    queue_.push_back(std::move(call));
    wake_.notify_one();
    return true;
  }

 private:
  void Loop() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      ++idle_;
      wake_.wait(lock, [this] { return !queue_.empty(); });
      --idle_;
      std::function<void()> call = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      call();
      lock.lock();
    }
  }

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> queue_;
  size_t idle_ = 0;
  size_t started_ = 0;
};

Runners& TheRunners() {
  static Runners* runners = new Runners();
  return *runners;
}

// Cores reserved by the async calls running now, process-wide.
std::atomic<size_t> reserved_cores{0};

size_t Cores() {
  static const size_t cores = std::max<size_t>(1, std::thread::hardware_concurrency());
  return cores;
}

}  // namespace

CoreReservation::CoreReservation(size_t wanted) {
  // Check, then add: two calls racing may both see the same free cores, which only means a little
  // oversubscription for a moment, never too few parts (there is always at least one).
  const size_t busy = reserved_cores.load(std::memory_order_relaxed);
  const size_t free = Cores() > busy ? Cores() - busy : 0;
  parts_ = std::max<size_t>(1, std::min(wanted, free));
  reserved_cores.fetch_add(parts_, std::memory_order_relaxed);
}

CoreReservation::~CoreReservation() { reserved_cores.fetch_sub(parts_, std::memory_order_relaxed); }

void RunParts(size_t parts, const std::function<void(size_t)>& part) {
  if (parts <= 1) {
    part(0);
    return;
  }
  Latch latch;
  std::vector<Queued> items;
  for (size_t index = 1; index < parts; ++index) {
    auto task = std::make_shared<Task>();
    task->part = &part;
    task->index = index;
    items.push_back({task, &latch});
  }
  latch.pending = items.size();
  ThePool().Submit(items);
  part(0);
  for (const Queued& item : items) {
    if (item.task->Claim()) {
      part(item.task->index);
      latch.Finish();
    }
  }
  latch.Wait();
}

void RunCall(std::function<void()> call) {
  // Not even one runner could start: run the call here rather than never.
  if (!TheRunners().Submit(call)) call();
}

}  // namespace editops_addon
