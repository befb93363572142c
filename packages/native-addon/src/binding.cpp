// Node-API glue for the editops core: unwrap typed arrays, call the core, wrap the result.
// Arguments arrive already checked and encoded by @editops/core (packages/core/src/api.ts), so
// this file holds no checks and no algorithm.
#include <napi.h>

#include <algorithm>
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

// metric, maxDistance, insertWeight, deleteWeight, replaceWeight; then, when `with_path`, an
// optional path (tests force algorithm paths with it).
editops::Options OptionsArg(const Napi::CallbackInfo& info, size_t index, bool with_path = false) {
  editops::Options options;
  options.metric = static_cast<editops::Metric>(info[index].As<Napi::Number>().Int32Value());
  options.max_distance = info[index + 1].As<Napi::Number>().Int64Value();
  options.weights.insert = info[index + 2].As<Napi::Number>().Int64Value();
  options.weights.remove = info[index + 3].As<Napi::Number>().Int64Value();
  options.weights.replace = info[index + 4].As<Napi::Number>().Int64Value();
  if (with_path && info.Length() > index + 5 && info[index + 5].IsNumber()) {
    options.path = static_cast<editops::Path>(info[index + 5].As<Napi::Number>().Int32Value());
  }
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
  auto status = editops::editops(SequenceArg(info, 0), SequenceArg(info, 2), OptionsArg(info, 4, true), ops);
  if (status != editops::Status::Ok) return Napi::Number::New(info.Env(), static_cast<int32_t>(status));
  auto result = Napi::Int32Array::New(info.Env(), ops.size());
  if (!ops.empty()) std::memcpy(result.Data(), ops.data(), ops.size() * sizeof(int32_t));
  // Do not let one huge script pin its memory for the life of the process.
  if (ops.capacity() > (size_t{1} << 16)) std::vector<int32_t>().swap(ops);
  return result;
}

// Reads a JS string's UTF-16 units and converts units [prefix, length - suffix) to code points (a
// surrogate pair is one symbol, a lone surrogate its own: the encoding of @editops/core's
// ScratchSequence; the caller never puts a boundary inside a pair). The buffers are reused per
// thread, so short strings allocate nothing.
class CodePoints {
 public:
  editops::Sequence Read(napi_env env, napi_value value, size_t prefix, size_t suffix) {
    size_t units = 0;
    napi_get_value_string_utf16(env, value, nullptr, 0, &units);
    if (utf16_.size() < units + 1) utf16_.resize(units + 1);
    napi_get_value_string_utf16(env, value, utf16_.data(), units + 1, &units);
    // The caller passes an affix that fits; clamping keeps a wrong one from reading out of bounds.
    const size_t end = units - std::min(suffix, units);
    const size_t begin = std::min(prefix, end);
    if (symbols_.size() < end - begin) symbols_.resize(end - begin);
    size_t count = 0;
    for (size_t i = begin; i < end; ++i) {
      uint32_t unit = utf16_[i];
      if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < end) {
        const uint32_t low = utf16_[i + 1];
        if (low >= 0xDC00 && low <= 0xDFFF) {
          unit = ((unit - 0xD800) << 10) + (low - 0xDC00) + 0x10000;
          ++i;
        }
      }
      symbols_[count++] = unit;
    }
    return {symbols_.data(), count};
  }

  // Gives back buffers that one huge call grew.
  void Trim() {
    if (utf16_.capacity() > kRetainedUnits) std::vector<char16_t>().swap(utf16_);
    if (symbols_.capacity() > kRetainedUnits) std::vector<editops::Symbol>().swap(symbols_);
  }

 private:
  static constexpr size_t kRetainedUnits = size_t{1} << 16;
  std::vector<char16_t> utf16_;
  std::vector<editops::Symbol> symbols_;
};

thread_local CodePoints string_a;
thread_local CodePoints string_b;

// Reads the affix lengths (prefix, suffix) at info[2], info[3].
size_t AffixArg(const Napi::CallbackInfo& info, size_t index) {
  return static_cast<size_t>(info[index].As<Napi::Number>().Uint32Value());
}

// distanceStrings(a, b, prefix, suffix, metric, maxDistance, weights x3) -> number
Napi::Value DistanceStrings(const Napi::CallbackInfo& info) {
  const size_t prefix = AffixArg(info, 2);
  const size_t suffix = AffixArg(info, 3);
  const auto a = string_a.Read(info.Env(), info[0], prefix, suffix);
  const auto b = string_b.Read(info.Env(), info[1], prefix, suffix);
  const auto result = editops::distance(a, b, OptionsArg(info, 4));
  string_a.Trim();
  string_b.Trim();
  return Napi::Number::New(info.Env(), static_cast<double>(result));
}

// editopsStrings(a, b, prefix, suffix, metric, maxDistance, weights x3, io: Int32Array) -> number
// io[0], io[1] receive the code point lengths of the middles of a and b, and the packed script
// (positions relative to the middles) goes to io[2...], and the script's int32 count is returned.
// A script too long for io comes back instead as a new Int32Array laid out the same way (an
// earlier version asked the caller to call again with a larger io, which computed long scripts
// twice). A status comes back negated. Writing into a JS-owned reused array is much cheaper than
// creating a typed array from C++ on every call, which is why short scripts go there.
Napi::Value EditopsStrings(const Napi::CallbackInfo& info) {
  thread_local std::vector<int32_t> ops;
  const size_t prefix = AffixArg(info, 2);
  const size_t suffix = AffixArg(info, 3);
  const auto a = string_a.Read(info.Env(), info[0], prefix, suffix);
  const auto b = string_b.Read(info.Env(), info[1], prefix, suffix);
  auto io = info[9].As<Napi::Int32Array>();
  const auto status = editops::editops(a, b, OptionsArg(info, 4), ops);
  string_a.Trim();
  string_b.Trim();
  if (status != editops::Status::Ok) return Napi::Number::New(info.Env(), -static_cast<int32_t>(status));
  const size_t count = ops.size();
  Napi::Value result;
  if (count + 2 <= io.ElementLength()) {
    io[0] = static_cast<int32_t>(a.size);
    io[1] = static_cast<int32_t>(b.size);
    std::memcpy(io.Data() + 2, ops.data(), count * sizeof(int32_t));
    result = Napi::Number::New(info.Env(), static_cast<double>(count));
  } else {
    // Too long for io: a typed array of its own, the same layout (never computed twice).
    auto own = Napi::Int32Array::New(info.Env(), count + 2);
    own[0] = static_cast<int32_t>(a.size);
    own[1] = static_cast<int32_t>(b.size);
    std::memcpy(own.Data() + 2, ops.data(), count * sizeof(int32_t));
    result = own;
  }
  if (ops.capacity() > (size_t{1} << 16)) std::vector<int32_t>().swap(ops);
  return result;
}

}  // namespace

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("distance", Napi::Function::New(env, Distance, "distance"));
  exports.Set("editops", Napi::Function::New(env, Editops, "editops"));
  exports.Set("distanceStrings", Napi::Function::New(env, DistanceStrings, "distanceStrings"));
  exports.Set("editopsStrings", Napi::Function::New(env, EditopsStrings, "editopsStrings"));
  exports.Set("batch", Napi::Function::New(env, Batch, "batch"));
  exports.Set("batchAsync", Napi::Function::New(env, BatchAsync, "batchAsync"));
  return exports;
}

NODE_API_MODULE(editops, Init)
