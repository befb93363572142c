// Node-API glue for the editops core: unwrap typed arrays, call the core, wrap the result.
// Arguments arrive already checked and encoded by @editops/core (packages/core/src/api.ts), so
// this file holds no checks and no algorithm.
#include <napi.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "batch_binding.hpp"
#include "fuzzy_binding.hpp"
#include "scored_binding.hpp"
#include "search_binding.hpp"
#include "string_units.hpp"
#include "editops/c_api.h"

namespace {

// The symbols of a Uint32Array argument and the length at the next index.
struct SymbolsArg {
  const uint32_t* data;
  uint32_t size;
};

SymbolsArg SequenceArg(const Napi::CallbackInfo& info, size_t index) {
  auto symbols = info[index].As<Napi::Uint32Array>();
  return {symbols.Data(), info[index + 1].As<Napi::Number>().Uint32Value()};
}

// The options of the call in progress: an Int32Array laid out as eo_options (kernel-options.ts),
// owned by the addon, one per environment (so per thread), exported as `options`. The kernel
// (native-kernel.ts) writes it right before each call, and the calls read it in place. Reading a
// typed array argument instead cost several napi_get_typedarray_info calls per call, which
// doubled the bridge cost of a short pair.
thread_local const eo_options* call_options = nullptr;

// One script buffer per JS thread, reused so that short inputs do not allocate in the core. The
// results are copied into JS-owned arrays, so nothing on the JS side points into it.
struct OpsBuffer {
  eo_ops* ops = eo_ops_new();
  ~OpsBuffer() { eo_ops_free(ops); }
};
thread_local OpsBuffer ops_buffer;

// A copy of the script in a new Int32Array, laid out after `header` leading int32s.
Napi::Int32Array ScriptArray(Napi::Env env, size_t header) {
  const size_t size = eo_ops_size(ops_buffer.ops);
  auto result = Napi::Int32Array::New(env, header + size);
  if (size != 0) std::memcpy(result.Data() + header, eo_ops_data(ops_buffer.ops), size * sizeof(int32_t));
  return result;
}

// distance(a, aLength, b, bLength) -> number (-2: too large)
Napi::Value Distance(const Napi::CallbackInfo& info) {
  const eo_options* options = call_options;
  const auto a = SequenceArg(info, 0);
  const auto b = SequenceArg(info, 2);
  return Napi::Number::New(info.Env(), eo_distance(a.data, a.size, b.data, b.size, options));
}

// editops(a, aLength, b, bLength) -> Int32Array | status number
Napi::Value Editops(const Napi::CallbackInfo& info) {
  const eo_options* options = call_options;
  const auto a = SequenceArg(info, 0);
  const auto b = SequenceArg(info, 2);
  const int32_t status = eo_editops(a.data, a.size, b.data, b.size, options, ops_buffer.ops);
  Napi::Value result = status == EO_STATUS_OK ? Napi::Value(ScriptArray(info.Env(), 0)) : Napi::Number::New(info.Env(), status);
  eo_ops_clear(ops_buffer.ops);
  return result;
}

thread_local Utf16 string_a;
thread_local Utf16 string_b;

// Reads the strings and affix lengths at info[0..3].
void ReadStrings(const Napi::CallbackInfo& info) {
  const size_t prefix = info[2].As<Napi::Number>().Uint32Value();
  const size_t suffix = info[3].As<Napi::Number>().Uint32Value();
  string_a.Read(info.Env(), info[0], prefix, suffix);
  string_b.Read(info.Env(), info[1], prefix, suffix);
}

void TrimStrings() {
  string_a.Trim();
  string_b.Trim();
}

// distanceStrings(a, b, prefix, suffix) -> number
Napi::Value DistanceStrings(const Napi::CallbackInfo& info) {
  const eo_options* options = call_options;
  ReadStrings(info);
  const double result = eo_distance_utf16(string_a.data(), string_a.size(), string_b.data(), string_b.size(), options);
  TrimStrings();
  return Napi::Number::New(info.Env(), result);
}

// editopsStrings(a, b, prefix, suffix, io: Int32Array) -> number | Int32Array
// io[0], io[1] receive the code point lengths of the middles of a and b, the packed script
// (positions relative to the middles) goes to io[2...], and the script's int32 count is returned.
// A script too long for io comes back instead as a new Int32Array laid out the same way (never
// computed twice). A status comes back negated. Writing into a JS-owned reused array is much
// cheaper than creating a typed array from C++ on every call, which is why short scripts go there.
Napi::Value EditopsStrings(const Napi::CallbackInfo& info) {
  const eo_options* options = call_options;
  ReadStrings(info);
  auto io = info[4].As<Napi::Int32Array>();
  uint32_t lengths[2];
  const int32_t status = eo_editops_utf16(string_a.data(), string_a.size(), string_b.data(), string_b.size(), options,
                                          ops_buffer.ops, lengths);
  TrimStrings();
  if (status != EO_STATUS_OK) return Napi::Number::New(info.Env(), -status);
  const size_t count = eo_ops_size(ops_buffer.ops);
  Napi::Value result;
  int32_t* out;
  if (count + 2 <= io.ElementLength()) {
    out = io.Data();
    std::memcpy(out + 2, eo_ops_data(ops_buffer.ops), count * sizeof(int32_t));
    result = Napi::Number::New(info.Env(), static_cast<double>(count));
  } else {
    auto own = ScriptArray(info.Env(), 2);
    out = own.Data();
    result = own;
  }
  out[0] = static_cast<int32_t>(lengths[0]);
  out[1] = static_cast<int32_t>(lengths[1]);
  eo_ops_clear(ops_buffer.ops);
  return result;
}

}  // namespace

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  // Its ArrayBuffer's memory is off the V8 heap, so the pointer stays valid; `exports` keeps it alive.
  auto options = Napi::Int32Array::New(env, EO_OPTIONS_INT32S);
  call_options = reinterpret_cast<const eo_options*>(options.Data());
  exports.Set("options", options);
  exports.Set("distance", Napi::Function::New(env, Distance, "distance"));
  exports.Set("editops", Napi::Function::New(env, Editops, "editops"));
  exports.Set("distanceStrings", Napi::Function::New(env, DistanceStrings, "distanceStrings"));
  exports.Set("editopsStrings", Napi::Function::New(env, EditopsStrings, "editopsStrings"));
  exports.Set("batch", Napi::Function::New(env, Batch, "batch"));
  exports.Set("batchAsync", Napi::Function::New(env, BatchAsync, "batchAsync"));
  exports.Set("choiceIndex", Napi::Function::New(env, ChoiceIndex, "choiceIndex"));
  exports.Set("fuzzyRunAsync", Napi::Function::New(env, FuzzyRunAsync, "fuzzyRunAsync"));
  exports.Set("abiVersion", Napi::Number::New(env, eo_abi_version()));
  exports.Set("simdPath", Napi::Function::New(
                              env, [](const Napi::CallbackInfo& info) { return Napi::Number::New(info.Env(), eo_simd_path()); },
                              "simdPath"));
  InitFuzzy(env, exports);
  RegisterSearch(env, exports);
  RegisterSearchAsync(env, exports);
  return exports;
}

NODE_API_MODULE(editops, Init)
