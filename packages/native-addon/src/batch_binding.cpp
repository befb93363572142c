// Node-API glue for the batch calls. A job object (packages/core/src/kernel.ts, BatchJob) names
// typed arrays already encoded and checked by @editops/core; this file unwraps them, splits the
// work into ranges for threads, and calls the core (native-core/src/batch.cpp).
//
// An async call keeps a reference to the job object, and so to every typed array in it, until
// it completes: the JS side may drop its own references (or be garbage-collected) meanwhile.
#include "batch_binding.hpp"

#include <algorithm>
#include <condition_variable>
#include <string>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

#include "editops/editops.hpp"
#include "thread_pool.hpp"

namespace {

enum class Kind : int32_t { DistanceMany = 0, Extract = 1, Matrix = 2 };

// Unwrapping a job checks what the core would otherwise trust: a job that is not the typed arrays
// and counts @editops/core builds (a bug, or a caller driving the kernel directly) becomes a
// TypeError instead of reads out of bounds. The offsets are walked once, which costs little
// next to the batch itself.
class Unwrapper {
 public:
  explicit Unwrapper(const Napi::Object& job) : job_(job) {}

  bool failed() const { return failed_; }

  template <typename T>
  Napi::TypedArrayOf<T> Array(const char* name, napi_typedarray_type type) {
    Napi::Value value = job_.Get(name);
    if (!failed_ && (!value.IsTypedArray() || value.As<Napi::TypedArray>().TypedArrayType() != type)) {
      Fail(std::string("editops: batch job field ") + name + " must be a typed array of the right type");
    }
    return failed_ ? Napi::TypedArrayOf<T>() : value.As<Napi::TypedArrayOf<T>>();
  }

  double Number(const char* name) {
    Napi::Value value = job_.Get(name);
    if (!failed_ && !value.IsNumber()) Fail(std::string("editops: batch job field ") + name + " must be a number");
    return failed_ ? 0 : value.As<Napi::Number>().DoubleValue();
  }

  size_t Count(const char* name) {
    const double count = Number(name);
    if (!failed_ && !(count >= 0 && count <= 4294967295.0 && count == static_cast<double>(static_cast<size_t>(count)))) {
      Fail(std::string("editops: batch job field ") + name + " must be a count");
    }
    return failed_ ? 0 : static_cast<size_t>(count);
  }

  // A packed list: offsets non-decreasing, within the symbols, one more than the count.
  editops::Choices List(const char* symbols_name, const char* offsets_name, const char* count_name) {
    auto symbols = Array<uint32_t>(symbols_name, napi_uint32_array);
    auto offsets = Array<uint32_t>(offsets_name, napi_uint32_array);
    const size_t count = Count(count_name);
    if (failed_) return {nullptr, nullptr, 0};
    bool ok = offsets.ElementLength() >= count + 1;
    for (size_t i = 0; ok && i < count; ++i) ok = offsets[i] <= offsets[i + 1];
    if (ok) ok = offsets[count] <= symbols.ElementLength();
    if (!ok) {
      Fail(std::string("editops: batch job fields ") + offsets_name + " and " + count_name + " do not describe " + symbols_name);
      return {nullptr, nullptr, 0};
    }
    return {symbols.Data(), offsets.Data(), count};
  }

  void Fail(const std::string& message) {
    if (failed_) return;
    failed_ = true;
    Napi::TypeError::New(job_.Env(), message).ThrowAsJavaScriptException();
  }

 private:
  Napi::Object job_;
  bool failed_ = false;
};

// Plain data for the worker threads: no napi values are touched off the main thread.
struct Job {
  Kind kind;
  editops::Choices queries;
  editops::Choices choices;
  editops::Options options;
  size_t limit;
  int32_t* out_index;
  int32_t* out_distance;
};

// False (with a TypeError pending) when the job is not one the core can run safely.
bool Unwrap(const Napi::Object& job, Job* out) {
  Unwrapper in(job);
  const double kind = in.Number("kind");
  out->kind = static_cast<Kind>(static_cast<int32_t>(kind));
  out->queries = in.List("queries", "queryOffsets", "queryCount");
  out->choices = in.List("choices", "choiceOffsets", "choiceCount");
  out->options.metric = static_cast<editops::Metric>(static_cast<int32_t>(in.Number("metric")));
  out->options.max_distance = static_cast<int64_t>(in.Number("maxDistance"));
  out->options.weights = {static_cast<int64_t>(in.Number("insertWeight")), static_cast<int64_t>(in.Number("deleteWeight")),
                          static_cast<int64_t>(in.Number("replaceWeight"))};
  out->limit = in.Count("limit");
  auto out_index = in.Array<int32_t>("outIndex", napi_int32_array);
  auto out_distance = in.Array<int32_t>("outDistance", napi_int32_array);
  if (in.failed()) return false;
  const size_t queries = out->queries.count;
  const size_t choices = out->choices.count;
  bool ok = kind == 0 || kind == 1 || kind == 2;
  if (ok && out->kind != Kind::Matrix) ok = queries >= 1;
  if (ok && out->kind == Kind::Extract) ok = out_index.ElementLength() >= out->limit && out_distance.ElementLength() >= out->limit;
  if (ok && out->kind == Kind::DistanceMany) ok = out_distance.ElementLength() >= choices;
  if (ok && out->kind == Kind::Matrix) ok = out_distance.ElementLength() >= queries * choices;
  if (!ok) {
    in.Fail("editops: batch job kind, counts and outputs do not match");
    return false;
  }
  out->out_index = out_index.Data();
  out->out_distance = out_distance.Data();
  return true;
}

// Runs fn(part, begin, end) over `parts` contiguous ranges of [0, total), on this thread and the
// pool's (thread_pool.hpp).
template <typename Fn>
void Parallel(size_t total, size_t parts, Fn fn) {
  parts = std::max<size_t>(1, std::min(parts, total));
  editops_addon::RunParts(parts, [&](size_t part) { fn(part, total * part / parts, total * (part + 1) / parts); });
}

// Returns the number of results (extract) or of distances written.
size_t Run(const Job& job, size_t threads, editops::StopFlag stop) {
  switch (job.kind) {
    case Kind::DistanceMany:
      Parallel(job.choices.count, threads, [&](size_t, size_t begin, size_t end) {
        editops::distance_many(job.queries.at(0), job.choices, begin, end, job.options, job.out_distance, stop);
      });
      return job.choices.count;
    case Kind::Matrix:
      Parallel(job.queries.count, threads, [&](size_t, size_t begin, size_t end) {
        editops::distance_matrix(job.queries, job.choices, begin, end, job.options, job.out_distance, stop);
      });
      return job.queries.count * job.choices.count;
    case Kind::Extract: {
      const size_t chunks = (job.choices.count + editops::SharedExtract::kChunk - 1) / editops::SharedExtract::kChunk;
      const size_t parts = std::max<size_t>(1, std::min(threads, chunks));
      if (parts == 1) {
        return editops::extract(job.queries.at(0), job.choices, 0, job.choices.count, job.options, job.limit,
                                job.out_index, job.out_distance, stop);
      }
      // The threads work through the choices together (editops::SharedExtract).
      editops::SharedExtract shared(job.queries.at(0), job.choices, job.options, job.limit);
      editops_addon::RunParts(parts, [&](size_t) { shared.run(stop); });
      return shared.results(job.out_index, job.out_distance);
    }
  }
  return 0;
}

// What the runner thread and the JS thread share about one async call. The mutex orders the
// end of the work against the environment's teardown (see BatchCall::OnTeardown).
struct CallWork {
  Job job;
  size_t threads;
  uint8_t* stop;  // the JS Uint8Array that an abort sets; kept alive by BatchCall::stop_ref_
  napi_threadsafe_function done;
  std::mutex mutex;
  std::condition_variable finished_changed;
  bool started = false;
  bool finished = false;
  bool cancelled = false;  // the environment is going away: touch nothing of it
  size_t result = 0;

  // On a runner thread (thread_pool.hpp).
  void Run() {
    {
      std::lock_guard<std::mutex> lock(mutex);
      if (cancelled) return;
      started = true;
    }
    {
      const editops_addon::CoreReservation cores(threads);
      result = ::Run(job, cores.parts(), stop);
    }
    std::lock_guard<std::mutex> lock(mutex);
    finished = true;
    // Posted under the lock, so that teardown, once it holds the lock, knows the post is over.
    if (!cancelled) napi_call_threadsafe_function(done, nullptr, napi_tsfn_nonblocking);
    finished_changed.notify_all();
  }
};

// One async batch call, owned by the JS thread. It runs on RunCall's threads rather than as
// napi_async_work: an environment being torn down (worker.terminate(), process.exit() in a worker)
// waits for its libuv threadpool work to end before it runs any cleanup hook, so such work could
// not be told to stop, and its completion would then throw into a dead environment. Here the
// cleanup hook raises the stop flag and waits only the moment the core takes to notice it.
//
// Life: created by BatchAsync; the promise settles in Complete (JS thread, via the threadsafe
// function); the object is deleted by the threadsafe function's finalizer, which runs exactly once,
// after Complete or at teardown.
class BatchCall {
 public:
  static napi_value Start(napi_env env, napi_value job, size_t threads, napi_value stop) {
    auto work = std::make_shared<CallWork>();
    if (!Unwrap(Napi::Object(env, job), &work->job)) return nullptr;
    auto* call = new BatchCall();
    call->work_ = work;
    napi_value promise;
    napi_create_promise(env, &call->deferred_, &promise);
    napi_create_reference(env, job, 1, &call->job_ref_);
    napi_create_reference(env, stop, 1, &call->stop_ref_);
    work->threads = threads;
    work->stop = Napi::Uint8Array(env, stop).Data();
    napi_value name;
    napi_create_string_utf8(env, "editops:batch", NAPI_AUTO_LENGTH, &name);
    // Ref'd until Complete releases it: a call in flight keeps the event loop alive.
    napi_create_threadsafe_function(env, nullptr, nullptr, name, 0, 1, call, Finalize, call, Complete, &work->done);
    // Registered after the threadsafe function, so that it runs before the function's own
    // teardown hook (hooks run newest first) while the function can still be posted to.
    napi_add_env_cleanup_hook(env, OnTeardown, call);
    call->env_ = env;
    editops_addon::RunCall([work] { work->Run(); });
    return promise;
  }

 private:
  // JS thread: the work is over (posted by CallWork::Run).
  static void Complete(napi_env env, napi_value, void* context, void*) {
    auto* call = static_cast<BatchCall*>(context);
    // env is null when the function is torn down with the post still queued; nothing to settle.
    if (env == nullptr || call->torn_down_) return;
    napi_value count;
    napi_create_double(env, static_cast<double>(call->work_->result), &count);
    // Statuses ignored on purpose: failing to settle must not become an exception thrown into an
    // environment that may be stopping.
    napi_resolve_deferred(env, call->deferred_, count);
    napi_remove_env_cleanup_hook(env, OnTeardown, call);
    call->ReleaseReferences(env);
    napi_release_threadsafe_function(call->work_->done, napi_tsfn_release);
  }

  // JS thread, as the environment is torn down.
  static void OnTeardown(void* arg) {
    auto* call = static_cast<BatchCall*>(arg);
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

  static void Finalize(napi_env, void* data, void*) { delete static_cast<BatchCall*>(data); }

  void ReleaseReferences(napi_env env) {
    if (job_ref_ != nullptr) napi_delete_reference(env, job_ref_);
    if (stop_ref_ != nullptr) napi_delete_reference(env, stop_ref_);
    job_ref_ = stop_ref_ = nullptr;
  }

  napi_env env_ = nullptr;
  napi_deferred deferred_ = nullptr;
  // Keep the job's typed arrays (and the stop flag) alive while threads read them, even if the
  // JS side drops its references.
  napi_ref job_ref_ = nullptr;
  napi_ref stop_ref_ = nullptr;
  std::shared_ptr<CallWork> work_;
  bool torn_down_ = false;
};

}  // namespace

Napi::Value Batch(const Napi::CallbackInfo& info) {
  Job job;
  if (!info[0].IsObject() || !Unwrap(info[0].As<Napi::Object>(), &job)) {
    if (!info.Env().IsExceptionPending()) Napi::TypeError::New(info.Env(), "editops: a batch job must be an object").ThrowAsJavaScriptException();
    return info.Env().Undefined();
  }
  return Napi::Number::New(info.Env(), static_cast<double>(Run(job, 1, nullptr)));
}

Napi::Value BatchAsync(const Napi::CallbackInfo& info) {
  const size_t threads = static_cast<size_t>(info[1].As<Napi::Number>().Int64Value());
  if (!info[0].IsObject() || !info[2].IsTypedArray() || info[2].As<Napi::TypedArray>().TypedArrayType() != napi_uint8_array) {
    Napi::TypeError::New(info.Env(), "editops: batchAsync takes a job object and a Uint8Array stop flag").ThrowAsJavaScriptException();
    return info.Env().Undefined();
  }
  napi_value promise = BatchCall::Start(info.Env(), info[0], threads, info[2]);
  return promise == nullptr ? info.Env().Undefined() : Napi::Value(info.Env(), promise);
}
