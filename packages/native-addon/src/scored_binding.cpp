// Node-API glue for the batch calls with a fuzzy scorer, off the JS thread. @editops/core cuts the
// call into tasks (fuzzy/scored-job.ts) and merges their outputs; this file checks that the tasks
// stay within the job's arrays, and runs them on the cores the call may use, each task one call
// of the C API's fuzzy section (eo_fuzzy_extract, eo_fuzzy_matrix), which checks the lists.
// Threads take the next task until none is left or the stop flag is raised, so an abort waits
// for one task at most.
#include "scored_binding.hpp"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <type_traits>

#include "async_call.hpp"
#include "editops/c_api.h"
#include "thread_pool.hpp"

namespace {

constexpr uint32_t kTaskInts = 6;  // TASK_INTS: queryBegin, queryEnd, choiceBegin, choiceEnd, at, capacity
constexpr uint32_t kExtract = 1;   // EO_BATCH_EXTRACT
constexpr uint32_t kMatrix = 2;    // EO_BATCH_MATRIX

template <typename T>
struct Array {
  T* data = nullptr;
  uint32_t size = 0;
};

// The job as plain data (no napi value is touched off the JS thread); the arrays stay alive
// through the references StartAsyncCall keeps to the job object.
struct ScoredWork {
  uint32_t kind = 0;
  int32_t scorer = 0;
  double score_cutoff = 0;
  Array<const uint32_t> queries, query_offsets, choices, choice_offsets, tasks;
  uint32_t query_count = 0, choice_count = 0, task_count = 0;
  Array<int32_t> out_index, out_count;
  Array<double> out_score;
  Array<float> out_matrix;
};

class Reader {
 public:
  explicit Reader(const Napi::Object& job) : job_(job) {}
  bool failed() const { return !message_.empty(); }
  const std::string& message() const { return message_; }

  template <typename T>
  Array<T> Typed(const char* name, napi_typedarray_type type) {
    Napi::Value value = job_.Get(name);
    if (!value.IsTypedArray() || value.As<Napi::TypedArray>().TypedArrayType() != type) {
      Fail(std::string("editops: scored job field ") + name + " must be a typed array of the right type");
      return {};
    }
    auto array = value.As<Napi::TypedArrayOf<std::remove_const_t<T>>>();
    return {array.Data(), static_cast<uint32_t>(std::min<size_t>(array.ElementLength(), UINT32_MAX))};
  }

  double Number(const char* name) {
    Napi::Value value = job_.Get(name);
    if (!value.IsNumber()) Fail(std::string("editops: scored job field ") + name + " must be a number");
    return value.IsNumber() ? value.As<Napi::Number>().DoubleValue() : 0;
  }

  uint32_t Count(const char* name) {
    const double count = Number(name);
    if (!(count >= 0 && count <= 4294967295.0 && count == static_cast<double>(static_cast<uint32_t>(count)))) {
      Fail(std::string("editops: scored job field ") + name + " must be a count");
      return 0;
    }
    return static_cast<uint32_t>(count);
  }

  void Fail(const std::string& message) {
    if (message_.empty()) message_ = message;
  }

 private:
  Napi::Object job_;
  std::string message_;
};

// Whether every task reads and writes within the job's arrays (the lists themselves are checked
// by the C API on each call).
bool TasksFit(const ScoredWork& w) {
  if (w.tasks.size / kTaskInts < w.task_count) return false;
  if (w.kind == kExtract && (w.query_count < 1 || w.out_count.size < w.task_count)) return false;
  for (uint32_t t = 0; t < w.task_count; ++t) {
    const uint32_t* task = w.tasks.data + t * kTaskInts;
    const uint64_t q0 = task[0], q1 = task[1], c0 = task[2], c1 = task[3], at = task[4], capacity = task[5];
    if (!(q0 < q1 && q1 <= w.query_count && c0 <= c1 && c1 <= w.choice_count)) return false;
    if (w.kind == kExtract) {
      if (q0 != 0 || q1 != 1 || at + capacity > w.out_index.size || at + capacity > w.out_score.size) return false;
    } else {
      const bool one_row = q1 - q0 == 1;
      const bool whole_rows = c0 == 0 && c1 == w.choice_count;
      if (!(one_row || whole_rows) || at != q0 * w.choice_count + c0 || at + (q1 - q0) * (c1 - c0) > w.out_matrix.size) return false;
    }
  }
  return true;
}

// Runs task t; false when the core refused its lists.
bool RunTask(const ScoredWork& w, uint32_t t) {
  const uint32_t* task = w.tasks.data + t * kTaskInts;
  const uint32_t q0 = task[0], q1 = task[1], c0 = task[2], c1 = task[3], at = task[4], capacity = task[5];
  const uint32_t* choice_offsets = w.choice_offsets.data + c0;
  const uint32_t choice_offset_count = w.choice_offsets.size - std::min(c0, w.choice_offsets.size);
  if (w.kind == kExtract) {
    const uint32_t begin = w.query_offsets.data[0], end = w.query_offsets.data[1];
    const int32_t found = eo_fuzzy_extract(w.scorer, w.queries.data + begin, end - begin, w.choices.data, w.choices.size, choice_offsets,
                                           choice_offset_count, c1 - c0, w.score_cutoff, capacity, w.out_index.data + at,
                                           w.out_score.data + at);
    w.out_count.data[t] = found;
    return found >= 0;
  }
  return eo_fuzzy_matrix(w.scorer, w.queries.data, w.queries.size, w.query_offsets.data + q0, w.query_offsets.size - std::min(q0, w.query_offsets.size), q1 - q0,
                         w.choices.data, w.choices.size, choice_offsets, choice_offset_count, c1 - c0, w.score_cutoff,
                         w.out_matrix.data + at) == EO_STATUS_OK;
}

double RunAll(const ScoredWork& w, size_t cores, const volatile uint8_t* stop) {
  std::atomic<uint32_t> next{0};
  std::atomic<bool> refused{false};
  const size_t parts = std::max<size_t>(1, std::min<size_t>(cores, w.task_count));
  editops_addon::RunParts(parts, [&](size_t) {
    for (;;) {
      if (*stop != 0) return;
      const uint32_t t = next.fetch_add(1, std::memory_order_relaxed);
      if (t >= w.task_count) return;
      if (!RunTask(w, t)) refused.store(true, std::memory_order_relaxed);
    }
  });
  return refused.load() ? -1 : 0;
}

}  // namespace

Napi::Value FuzzyRunAsync(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (!info[0].IsObject() || !info[1].IsNumber() || !info[2].IsTypedArray() ||
      info[2].As<Napi::TypedArray>().TypedArrayType() != napi_uint8_array || info[2].As<Napi::TypedArray>().ElementLength() < 1) {
    Napi::TypeError::New(env, "editops: fuzzyRunAsync takes a scored job, a thread count and a Uint8Array stop flag").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  Reader in(info[0].As<Napi::Object>());
  auto work = std::make_shared<ScoredWork>();
  ScoredWork& w = *work;
  w.kind = in.Count("kind");
  w.scorer = static_cast<int32_t>(std::min<uint32_t>(in.Count("scorer"), INT32_MAX));
  w.score_cutoff = in.Number("scoreCutoff");
  w.queries = in.Typed<const uint32_t>("queries", napi_uint32_array);
  w.query_offsets = in.Typed<const uint32_t>("queryOffsets", napi_uint32_array);
  w.query_count = in.Count("queryCount");
  w.choices = in.Typed<const uint32_t>("choices", napi_uint32_array);
  w.choice_offsets = in.Typed<const uint32_t>("choiceOffsets", napi_uint32_array);
  w.choice_count = in.Count("choiceCount");
  w.tasks = in.Typed<const uint32_t>("tasks", napi_uint32_array);
  w.task_count = in.Count("taskCount");
  w.out_index = in.Typed<int32_t>("outIndex", napi_int32_array);
  w.out_score = in.Typed<double>("outScore", napi_float64_array);
  w.out_count = in.Typed<int32_t>("outCount", napi_int32_array);
  w.out_matrix = in.Typed<float>("outMatrix", napi_float32_array);
  if (!in.failed() && !(w.kind == kExtract || w.kind == kMatrix)) in.Fail("editops: scored job field kind must be extract or matrix");
  if (!in.failed() && w.kind == kExtract &&
      !(w.query_offsets.size >= 2 && w.query_offsets.data[0] <= w.query_offsets.data[1] && w.query_offsets.data[1] <= w.queries.size)) {
    in.Fail("editops: scored job fields queryOffsets do not describe queries");
  }
  if (!in.failed() && !TasksFit(w)) in.Fail("editops: scored job tasks do not fit its lists and outputs");
  if (in.failed()) {
    Napi::TypeError::New(env, in.message()).ThrowAsJavaScriptException();
    return env.Undefined();
  }
  const size_t threads = static_cast<size_t>(std::max<int64_t>(1, info[1].As<Napi::Number>().Int64Value()));
  uint8_t* stop = info[2].As<Napi::Uint8Array>().Data();
  napi_value promise = editops_addon::StartAsyncCall(env, {info[0], info[2]}, threads, stop,
                                                     [work, stop](size_t cores) { return RunAll(*work, cores, stop); });
  return promise == nullptr ? env.Undefined() : Napi::Value(env, promise);
}
