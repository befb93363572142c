// Node-API glue for the editops core: unwrap typed arrays, call the core, wrap the result.
// Arguments arrive already checked and encoded by @editops/core (packages/core/src/api.ts), so
// this file holds no checks and no algorithm.
#include <napi.h>

#include <cstring>
#include <vector>

#include "batch_binding.hpp"
#include "editops/editops.hpp"

namespace {

editops::Sequence SequenceArg(const Napi::CallbackInfo& info, size_t index) {
  auto symbols = info[index].As<Napi::Uint32Array>();
  auto length = static_cast<size_t>(info[index + 1].As<Napi::Number>().Int64Value());
  return {symbols.Data(), length};
}

// metric, maxDistance, insertWeight, deleteWeight, replaceWeight[, path]
editops::Options OptionsArg(const Napi::CallbackInfo& info, size_t index) {
  editops::Options options;
  options.metric = static_cast<editops::Metric>(info[index].As<Napi::Number>().Int32Value());
  options.max_distance = info[index + 1].As<Napi::Number>().Int64Value();
  options.weights.insert = info[index + 2].As<Napi::Number>().Int64Value();
  options.weights.remove = info[index + 3].As<Napi::Number>().Int64Value();
  options.weights.replace = info[index + 4].As<Napi::Number>().Int64Value();
  if (info.Length() > index + 5) options.path = static_cast<editops::Path>(info[index + 5].As<Napi::Number>().Int32Value());
  return options;
}

// distance(a, aLength, b, bLength, metric, maxDistance, weights x3) -> number (-2: too large)
Napi::Value Distance(const Napi::CallbackInfo& info) {
  auto result = editops::distance(SequenceArg(info, 0), SequenceArg(info, 2), OptionsArg(info, 4));
  return Napi::Number::New(info.Env(), static_cast<double>(result));
}

// editops(a, aLength, b, bLength, metric, maxDistance, weights x3) -> Int32Array | status number
Napi::Value Editops(const Napi::CallbackInfo& info) {
  // Reused across calls so that short inputs do not allocate in the core; the copy into a fresh
  // JS-owned Int32Array below means nothing on the JS side points into this buffer.
  thread_local std::vector<int32_t> ops;
  auto status = editops::editops(SequenceArg(info, 0), SequenceArg(info, 2), OptionsArg(info, 4), ops);
  if (status != editops::Status::Ok) return Napi::Number::New(info.Env(), static_cast<int32_t>(status));
  auto result = Napi::Int32Array::New(info.Env(), ops.size());
  if (!ops.empty()) std::memcpy(result.Data(), ops.data(), ops.size() * sizeof(int32_t));
  // Do not let one huge script pin its memory for the life of the process.
  if (ops.capacity() > (size_t{1} << 16)) std::vector<int32_t>().swap(ops);
  return result;
}

}  // namespace

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("distance", Napi::Function::New(env, Distance, "distance"));
  exports.Set("editops", Napi::Function::New(env, Editops, "editops"));
  exports.Set("batch", Napi::Function::New(env, Batch, "batch"));
  exports.Set("batchAsync", Napi::Function::New(env, BatchAsync, "batchAsync"));
  return exports;
}

NODE_API_MODULE(editops, Init)
