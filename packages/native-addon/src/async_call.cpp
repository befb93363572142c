#include "async_call.hpp"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <utility>

#include "thread_pool.hpp"

namespace editops_addon {

namespace {

// What the runner thread and the JS thread share about one async call. The mutex orders the
// end of the work against the environment's teardown (see AsyncCall::OnTeardown).
struct CallWork {
  std::function<double(size_t)> body;
  AsyncSettle settle;
  size_t threads = 1;
  uint8_t* stop = nullptr;  // read by the work; kept alive by AsyncCall::refs_
  napi_threadsafe_function done = nullptr;
  std::mutex mutex;
  std::condition_variable finished_changed;
  bool started = false;
  bool finished = false;
  bool cancelled = false;  // the environment is going away: touch nothing of it
  double result = 0;

  // On a runner thread (thread_pool.hpp).
  void Run() {
    {
      std::lock_guard<std::mutex> lock(mutex);
      if (cancelled) return;
      started = true;
    }
    {
      const CoreReservation cores(threads);
      result = body(cores.parts());
    }
    std::lock_guard<std::mutex> lock(mutex);
    finished = true;
    // Posted under the lock, so that teardown, once it holds the lock, knows the post is over.
    if (!cancelled) napi_call_threadsafe_function(done, nullptr, napi_tsfn_nonblocking);
    finished_changed.notify_all();
  }
};

// One async call, owned by the JS thread. It runs on RunCall's threads rather than as
// napi_async_work: an environment being torn down (worker.terminate(), process.exit() in a worker)
// waits for its libuv threadpool work to end before it runs any cleanup hook, so such work could
// not be told to stop, and its completion would then throw into a dead environment. Here the
// cleanup hook raises the stop flag and waits only the moment the core takes to notice it.
//
// Life: created by StartAsyncCall; the promise settles in Complete (JS thread, via the threadsafe
// function); the object is deleted by the threadsafe function's finalizer, which runs exactly once,
// after Complete or at teardown.
class AsyncCall {
 public:
  static napi_value Start(napi_env env, const std::vector<napi_value>& keep, size_t threads, uint8_t* stop,
                          std::function<double(size_t)> body, AsyncSettle settle) {
    auto work = std::make_shared<CallWork>();
    work->body = std::move(body);
    work->settle = std::move(settle);
    work->threads = threads;
    work->stop = stop;
    auto* call = new AsyncCall();
    call->work_ = work;
    napi_value promise;
    napi_create_promise(env, &call->deferred_, &promise);
    // Keep what the threads read alive, even if the JS side drops its references.
    for (napi_value value : keep) {
      napi_ref ref = nullptr;
      napi_create_reference(env, value, 1, &ref);
      call->refs_.push_back(ref);
    }
    napi_value name;
    napi_create_string_utf8(env, "editops:async", NAPI_AUTO_LENGTH, &name);
    // Ref'd until Complete releases it: a call in flight keeps the event loop alive.
    napi_create_threadsafe_function(env, nullptr, nullptr, name, 0, 1, call, Finalize, call, Complete, &work->done);
    // Registered after the threadsafe function, so that it runs before the function's own
    // teardown hook (hooks run newest first) while the function can still be posted to.
    napi_add_env_cleanup_hook(env, OnTeardown, call);
    call->env_ = env;
    RunCall([work] { work->Run(); });
    return promise;
  }

 private:
  // JS thread: the work is over (posted by CallWork::Run).
  static void Complete(napi_env env, napi_value, void* context, void*) {
    auto* call = static_cast<AsyncCall*>(context);
    // env is null when the function is torn down with the post still queued; nothing to settle.
    if (env == nullptr || call->torn_down_) return;
    napi_value result;
    if (call->work_->settle) {
      result = call->work_->settle(env, call->work_->result);
    } else {
      napi_create_double(env, call->work_->result, &result);
    }
    // Statuses ignored on purpose: failing to settle must not become an exception thrown into an
    // environment that may be stopping.
    napi_resolve_deferred(env, call->deferred_, result);
    napi_remove_env_cleanup_hook(env, OnTeardown, call);
    call->ReleaseReferences(env);
    napi_release_threadsafe_function(call->work_->done, napi_tsfn_release);
  }

  // JS thread, as the environment is torn down.
  static void OnTeardown(void* arg) {
    auto* call = static_cast<AsyncCall*>(arg);
    call->torn_down_ = true;
    CallWork& work = *call->work_;
    std::unique_lock<std::mutex> lock(work.mutex);
    work.cancelled = true;
    work.stop[0] = 1;
    // A started call finishes soon (the core checks the flag); an unstarted one never starts.
    work.finished_changed.wait(lock, [&] { return work.finished || !work.started; });
    lock.unlock();
    call->ReleaseReferences(call->env_);
  }

  static void Finalize(napi_env, void* data, void*) { delete static_cast<AsyncCall*>(data); }

  void ReleaseReferences(napi_env env) {
    for (napi_ref ref : refs_) napi_delete_reference(env, ref);
    refs_.clear();
  }

  napi_env env_ = nullptr;
  napi_deferred deferred_ = nullptr;
  std::vector<napi_ref> refs_;
  std::shared_ptr<CallWork> work_;
  bool torn_down_ = false;
};

}  // namespace

napi_value StartAsyncCall(napi_env env, const std::vector<napi_value>& keep, size_t threads, uint8_t* stop,
                          std::function<double(size_t cores)> body, AsyncSettle settle) {
  return AsyncCall::Start(env, keep, threads, stop, std::move(body), std::move(settle));
}

}  // namespace editops_addon
