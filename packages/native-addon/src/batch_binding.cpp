// Node-API glue for the batch calls. A job object (packages/core/src/kernel.ts, BatchJob) names
// typed arrays already encoded by @editops/core; this file hands them to the C API's batch job
// (native-core/include/editops/c_api.h), which checks, splits and runs it, and runs the parts on
// threads.
//
// An async call keeps a reference to the job object, and so to every typed array in it, until
// it completes: the JS side may drop its own references (or be garbage-collected) meanwhile.
#include "batch_binding.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <memory>
#include <utility>
#include <vector>

#include "async_call.hpp"
#include "editops/c_api.h"
#include "thread_pool.hpp"

namespace {

// Reads the job's typed arrays into an eo_batch, which checks what the core would otherwise trust:
// a job that is not the typed arrays and counts @editops/core builds (a bug, or a caller driving
// the kernel directly) becomes a TypeError instead of reads out of bounds.
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

  uint32_t Count(const char* name) {
    Napi::Value value = job_.Get(name);
    const double count = value.IsNumber() ? value.As<Napi::Number>().DoubleValue() : -1;
    if (!failed_ && !(count >= 0 && count <= 4294967295.0 && count == static_cast<double>(static_cast<uint32_t>(count)))) {
      Fail(std::string("editops: batch job field ") + name + " must be a count");
    }
    return failed_ ? 0 : static_cast<uint32_t>(count);
  }

  // A packed list handed to `set` (eo_batch_set_queries or eo_batch_set_choices), which checks it.
  template <typename Set>
  void List(eo_batch* batch, Set set, const char* symbols_name, const char* offsets_name, const char* count_name) {
    auto symbols = Array<uint32_t>(symbols_name, napi_uint32_array);
    auto offsets = Array<uint32_t>(offsets_name, napi_uint32_array);
    const uint32_t count = Count(count_name);
    if (failed_) return;
    if (set(batch, symbols.Data(), Length(symbols), offsets.Data(), Length(offsets), count) != EO_STATUS_OK) {
      Fail(std::string("editops: batch job fields ") + offsets_name + " and " + count_name + " do not describe " + symbols_name);
    }
  }

  template <typename T>
  static uint32_t Length(const Napi::TypedArrayOf<T>& array) {
    return static_cast<uint32_t>(std::min<size_t>(array.ElementLength(), UINT32_MAX));
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

// Frees a job that never ran (eo_batch_finish frees one that did).
struct BatchDeleter {
  void operator()(eo_batch* batch) const { eo_batch_finish(batch); }
};
using BatchPtr = std::unique_ptr<eo_batch, BatchDeleter>;

// The job as the core takes it, or null with a TypeError pending. Plain data from here on: no napi
// value is touched off the main thread.
BatchPtr Unwrap(const Napi::Object& job) {
  Unwrapper in(job);
  auto options = in.Array<int32_t>("options", napi_int32_array);
  const uint32_t kind = in.Count("kind");
  const uint32_t limit = in.Count("limit");
  if (in.failed()) return nullptr;
  if (options.ElementLength() < EO_OPTIONS_INT32S) {
    in.Fail("editops: batch job field options must be an Int32Array of eo_options");
    return nullptr;
  }
  BatchPtr batch(eo_batch_new(static_cast<int32_t>(std::min<uint32_t>(kind, INT32_MAX)),
                              reinterpret_cast<const eo_options*>(options.Data()), limit));
  if (!batch) {
    in.Fail("editops: batch job field kind must be an eo_batch_kind");
    return nullptr;
  }
  in.List(batch.get(), eo_batch_set_queries, "queries", "queryOffsets", "queryCount");
  in.List(batch.get(), eo_batch_set_choices, "choices", "choiceOffsets", "choiceCount");
  // The choices' index (optional): both arrays or neither.
  const bool indexed = !job.Get("choiceOrder").IsUndefined();
  if (job.Env().IsExceptionPending()) return nullptr;  // its getter threw
  if (indexed) {
    auto order = in.Array<uint32_t>("choiceOrder", napi_uint32_array);
    auto signatures = in.Array<uint32_t>("choiceSignatures", napi_uint32_array);
    if (in.failed()) return nullptr;
    const uint32_t count = Unwrapper::Length(order);
    if (signatures.ElementLength() / EO_CHOICE_SIGNATURE_WORDS < count ||
        eo_batch_set_choice_index(batch.get(), order.Data(), signatures.Data(), count) != EO_STATUS_OK) {
      in.Fail("editops: batch job fields choiceOrder and choiceSignatures are not an index of the choices");
      return nullptr;
    }
  }
  auto out_index = in.Array<int32_t>("outIndex", napi_int32_array);
  auto out_distance = in.Array<int32_t>("outDistance", napi_int32_array);
  if (in.failed()) return nullptr;
  eo_batch_set_outputs(batch.get(), out_index.Data(), Unwrapper::Length(out_index), out_distance.Data(),
                       Unwrapper::Length(out_distance));
  if (eo_batch_check(batch.get()) != EO_STATUS_OK) {
    in.Fail("editops: batch job kind, counts and outputs do not match");
    return nullptr;
  }
  return batch;
}

// Runs the job in up to `threads` parts, on this thread and the pool's (thread_pool.hpp); returns
// the number of results written. The job is freed.
size_t Run(BatchPtr batch, size_t threads, const volatile uint8_t* stop) {
  const uint32_t parts = eo_batch_split(batch.get(), static_cast<uint32_t>(std::min<size_t>(threads, UINT32_MAX)));
  if (parts == 1) {
    eo_batch_run(batch.get(), 0, stop);
  } else {
    editops_addon::RunParts(parts, [&](size_t part) { eo_batch_run(batch.get(), static_cast<uint32_t>(part), stop); });
  }
  return eo_batch_finish(batch.release());
}

}  // namespace

Napi::Value Batch(const Napi::CallbackInfo& info) {
  BatchPtr job = info[0].IsObject() ? Unwrap(info[0].As<Napi::Object>()) : nullptr;
  if (!job) {
    if (!info.Env().IsExceptionPending()) Napi::TypeError::New(info.Env(), "editops: a batch job must be an object").ThrowAsJavaScriptException();
    return info.Env().Undefined();
  }
  return Napi::Number::New(info.Env(), static_cast<double>(Run(std::move(job), 1, nullptr)));
}

Napi::Value BatchAsync(const Napi::CallbackInfo& info) {
  const size_t threads = static_cast<size_t>(info[1].As<Napi::Number>().Int64Value());
  if (!info[0].IsObject() || !info[2].IsTypedArray() || info[2].As<Napi::TypedArray>().TypedArrayType() != napi_uint8_array) {
    Napi::TypeError::New(info.Env(), "editops: batchAsync takes a job object and a Uint8Array stop flag").ThrowAsJavaScriptException();
    return info.Env().Undefined();
  }
  auto job = std::make_shared<BatchPtr>(Unwrap(info[0].As<Napi::Object>()));
  if (!*job) return info.Env().Undefined();
  uint8_t* stop = info[2].As<Napi::Uint8Array>().Data();
  // A job that never runs (teardown came first) is freed with the last copy of `job`.
  napi_value promise = editops_addon::StartAsyncCall(info.Env(), {info[0], info[2]}, threads, stop, [job, stop](size_t cores) {
    return static_cast<double>(Run(std::move(*job), cores, stop));
  });
  return promise == nullptr ? info.Env().Undefined() : Napi::Value(info.Env(), promise);
}

Napi::Value ChoiceIndex(const Napi::CallbackInfo& info) {
  const Napi::Env env = info.Env();
  const auto is_u32 = [&info](size_t k) {
    return info[k].IsTypedArray() && info[k].As<Napi::TypedArray>().TypedArrayType() == napi_uint32_array;
  };
  if (!is_u32(0) || !is_u32(1) || !info[2].IsNumber() || !is_u32(3) || !is_u32(4)) {
    Napi::TypeError::New(env, "editops: choiceIndex takes (symbols, offsets, count, order, signatures) Uint32Arrays and a count")
        .ThrowAsJavaScriptException();
    return env.Undefined();
  }
  const auto symbols = info[0].As<Napi::Uint32Array>();
  const auto offsets = info[1].As<Napi::Uint32Array>();
  auto order = info[3].As<Napi::Uint32Array>();
  auto signatures = info[4].As<Napi::Uint32Array>();
  const double count = info[2].As<Napi::Number>().DoubleValue();
  const bool fits = count >= 0 && count <= order.ElementLength() && count == static_cast<double>(static_cast<uint32_t>(count)) &&
                    signatures.ElementLength() / EO_CHOICE_SIGNATURE_WORDS >= count;
  if (!fits || eo_choice_index(symbols.Data(), Unwrapper::Length(symbols), offsets.Data(), Unwrapper::Length(offsets),
                               static_cast<uint32_t>(count), order.Data(), signatures.Data()) != EO_STATUS_OK) {
    Napi::TypeError::New(env, "editops: choiceIndex: the list and the index arrays do not fit together").ThrowAsJavaScriptException();
  }
  return env.Undefined();
}
