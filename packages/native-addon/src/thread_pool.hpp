// The threads that run the async batch calls' parts. They are started once and kept, because a
// call's parts are short (an extract over 100k words takes about a millisecond per thread), and
// starting a thread per part cost as much as a tenth of that, and sometimes far more on a busy
// machine.
#pragma once

#include <cstddef>
#include <functional>

namespace editops_addon {

// Runs part(0) .. part(parts - 1) and returns when all have finished. Part 0 runs on the calling
// thread; the others are queued for the pool, which grows to `parts - 1` threads if needed. A
// queued part that no pool thread has started by the time the caller is done with part 0 runs on
// the caller instead, so a call never waits for a thread that is busy with another call.
void RunParts(size_t parts, const std::function<void(size_t)>& part);

// Runs `call` (one async batch call, which then splits itself with RunParts) on one of a few
// runner threads, started on demand and kept. At most kRunners calls run at once; the others wait
// in order. These threads belong to no Node environment, so ending one (a worker thread's
// terminate()) never has to wait for them the way it waits for libuv's threadpool.
constexpr size_t kRunners = 4;
void RunCall(std::function<void()> call);

// The cores one async call may use: all it asks for while the machine is idle, fewer (at least
// one) while other calls already keep cores busy, so that calls in flight together do not run
// more threads than there are cores. A call alone on the machine gets its threads; several at
// once each run on fewer, which also spares them the cost of sharing work. Holds its cores until
// destroyed.
class CoreReservation {
 public:
  explicit CoreReservation(size_t wanted);
  ~CoreReservation();
  CoreReservation(const CoreReservation&) = delete;
  CoreReservation& operator=(const CoreReservation&) = delete;

  size_t parts() const { return parts_; }

 private:
  size_t parts_;
};

}  // namespace editops_addon
