// Node-API glue for the batch calls. A job object (packages/core/src/kernel.ts, BatchJob) names
// typed arrays already encoded and checked by @editops/core; this file unwraps them, splits the
// work into ranges for threads, and calls the core (native-core/src/batch.cpp).
//
// The async worker keeps a reference to the job object, and so to every typed array in it, until
// it completes: the JS side may drop its own references (or be garbage-collected) meanwhile.
#include "batch_binding.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "editops/editops.hpp"
#include "thread_pool.hpp"

namespace {

enum class Kind : int32_t { DistanceMany = 0, Extract = 1, Matrix = 2 };

template <typename T>
T* Data(const Napi::Object& job, const char* name) {
  return job.Get(name).As<Napi::TypedArrayOf<T>>().Data();
}

double NumberOf(const Napi::Object& job, const char* name) { return job.Get(name).As<Napi::Number>().DoubleValue(); }

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

Job Unwrap(const Napi::Object& job) {
  Job out;
  out.kind = static_cast<Kind>(static_cast<int32_t>(NumberOf(job, "kind")));
  out.queries = {Data<uint32_t>(job, "queries"), Data<uint32_t>(job, "queryOffsets"), static_cast<size_t>(NumberOf(job, "queryCount"))};
  out.choices = {Data<uint32_t>(job, "choices"), Data<uint32_t>(job, "choiceOffsets"), static_cast<size_t>(NumberOf(job, "choiceCount"))};
  out.options.metric = static_cast<editops::Metric>(static_cast<int32_t>(NumberOf(job, "metric")));
  out.options.max_distance = static_cast<int64_t>(NumberOf(job, "maxDistance"));
  out.options.weights = {static_cast<int64_t>(NumberOf(job, "insertWeight")), static_cast<int64_t>(NumberOf(job, "deleteWeight")),
                         static_cast<int64_t>(NumberOf(job, "replaceWeight"))};
  out.limit = static_cast<size_t>(NumberOf(job, "limit"));
  out.out_index = Data<int32_t>(job, "outIndex");
  out.out_distance = Data<int32_t>(job, "outDistance");
  return out;
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

class BatchWorker : public Napi::AsyncWorker {
 public:
  BatchWorker(Napi::Env env, Napi::Object job, size_t threads, Napi::Uint8Array stop)
      : Napi::AsyncWorker(env, "editops:batch"),
        deferred_(Napi::Promise::Deferred::New(env)),
        job_ref_(Napi::Persistent(job)),
        stop_ref_(Napi::Persistent(stop)),
        job_(Unwrap(job)),
        threads_(threads),
        stop_(stop.Data()) {}

  Napi::Promise Promise() const { return deferred_.Promise(); }

 protected:
  void Execute() override {
    const editops_addon::CoreReservation cores(threads_);
    result_ = Run(job_, cores.parts(), stop_);
  }
  void OnOK() override { deferred_.Resolve(Napi::Number::New(Env(), static_cast<double>(result_))); }
  void OnError(const Napi::Error& error) override { deferred_.Reject(error.Value()); }

 private:
  Napi::Promise::Deferred deferred_;
  Napi::ObjectReference job_ref_;
  Napi::Reference<Napi::Uint8Array> stop_ref_;
  Job job_;
  size_t threads_;
  editops::StopFlag stop_;
  size_t result_ = 0;
};

}  // namespace

Napi::Value Batch(const Napi::CallbackInfo& info) {
  const Job job = Unwrap(info[0].As<Napi::Object>());
  return Napi::Number::New(info.Env(), static_cast<double>(Run(job, 1, nullptr)));
}

Napi::Value BatchAsync(const Napi::CallbackInfo& info) {
  const size_t threads = static_cast<size_t>(info[1].As<Napi::Number>().Int64Value());
  auto* worker = new BatchWorker(info.Env(), info[0].As<Napi::Object>(), threads, info[2].As<Napi::Uint8Array>());
  Napi::Promise promise = worker->Promise();
  worker->Queue();  // the worker deletes itself after OnOK / OnError
  return promise;
}
