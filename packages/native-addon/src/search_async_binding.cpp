// Node-API glue for searchAsync with threads: the parts of a split text (search-api.ts cuts them,
// each re-reading pattern length + k elements) run on the addon's runner threads, each in an
// eo_search session of its own, and the promise resolves with each part's packed matches, which
// search-api.ts joins. The text is copied off the JS heap first (a string's UTF-16 units, or the
// symbols of a Uint32Array), since no JS value may be read off the JS thread. The call's lifecycle
// (teardown-safe, the stop flag raised by an abort or a worker's end) is async_call.hpp's, shared
// with the batch calls; the core reads the stop flag between slices of a part.
#include "search_binding.hpp"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

#include "async_call.hpp"
#include "editops/c_api.h"
#include "thread_pool.hpp"

namespace {

// Symbols (or UTF-16 units) fed per call to the core: the stop flag is read between slices.
constexpr size_t kSlice = size_t{1} << 16;

struct SearchWork {
  std::vector<uint32_t> pattern;
  eo_options options{};
  int32_t mode = 0;
  uint32_t limit = 0;
  bool strings = false;  // units_ holds the text; else symbols_
  bool by_unit = false;
  std::vector<uint16_t> units;
  std::vector<uint32_t> symbols;
  std::vector<double> bounds;  // [begin, end, first_end] per part, in units or symbols
  std::vector<std::vector<double>> results;
  uint8_t* stop = nullptr;  // the JS Uint8Array an abort sets; kept alive by the async call
  std::atomic<bool> failed{false};

  bool stopped() const { return *static_cast<volatile uint8_t*>(stop) != 0; }

  static void Append(std::vector<double>& out, const eo_search* s, uint32_t size) {
    const double* at = eo_search_output(s);
    out.insert(out.end(), at, at + size);
  }

  // One part: text[begin, end) fed in slices that never cut a surrogate pair.
  void RunPart(size_t part) {
    const auto begin = static_cast<size_t>(bounds[3 * part]);
    const auto end = static_cast<size_t>(bounds[3 * part + 1]);
    const auto first_end = static_cast<uint32_t>(bounds[3 * part + 2]);
    eo_search* s = eo_search_new(pattern.data(), static_cast<uint32_t>(pattern.size()), &options, mode, limit, first_end, 0);
    if (s == nullptr) {
      failed = true;
      return;
    }
    std::vector<double>& out = results[part];
    for (size_t at = begin; at < end && !stopped() && eo_search_done(s) == 0;) {
      size_t next = std::min(end, at + kSlice);
      if (strings) {
        const uint16_t last = units[next - 1];
        if (!by_unit && next < end && last >= 0xD800 && last <= 0xDBFF && units[next] >= 0xDC00 && units[next] <= 0xDFFF) ++next;
        Append(out, s, eo_search_feed_utf16(s, units.data() + at, static_cast<uint32_t>(next - at), by_unit ? 1 : 0));
      } else {
        Append(out, s, eo_search_feed(s, symbols.data() + at, static_cast<uint32_t>(next - at)));
      }
      at = next;
    }
    Append(out, s, eo_search_finish(s));
    eo_search_free(s);
  }

  // On a runner thread: `cores` workers take the parts in order. Returns 1, or 0 when a session
  // could not be opened (memory).
  double Run(size_t cores) {
    const size_t parts = bounds.size() / 3;
    results.assign(parts, {});
    std::atomic<size_t> next{0};
    editops_addon::RunParts(cores, [&](size_t) {
      for (size_t part; (part = next.fetch_add(1)) < parts && !stopped();) RunPart(part);
    });
    return failed ? 0 : 1;
  }

  // JS thread: an array of Float64Array (one per part), or null when a session failed.
  napi_value Settle(napi_env env, double ok) const {
    napi_value result;
    if (ok == 0) {
      napi_get_null(env, &result);
      return result;
    }
    napi_create_array_with_length(env, results.size(), &result);
    for (size_t i = 0; i < results.size(); ++i) {
      const std::vector<double>& packed = results[i];
      void* data = nullptr;
      napi_value buffer;
      napi_value array;
      napi_create_arraybuffer(env, packed.size() * sizeof(double), &data, &buffer);
      if (!packed.empty()) std::copy(packed.begin(), packed.end(), static_cast<double*>(data));
      napi_create_typedarray(env, napi_float64_array, packed.size(), buffer, 0, &array);
      napi_set_element(env, result, static_cast<uint32_t>(i), array);
    }
    return result;
  }
};

// searchAsync(pattern, patternLength, options, mode, limit, text: string | Uint32Array, textLength,
//             bounds: Float64Array, byUnit, threads, stop: Uint8Array) -> Promise<Float64Array[] | null>
Napi::Value SearchAsync(const Napi::CallbackInfo& info) {
  auto work = std::make_shared<SearchWork>();
  auto pattern = info[0].As<Napi::Uint32Array>();
  const uint32_t pattern_length = info[1].As<Napi::Number>().Uint32Value();
  work->pattern.assign(pattern.Data(), pattern.Data() + pattern_length);
  work->options = *reinterpret_cast<const eo_options*>(info[2].As<Napi::Int32Array>().Data());
  work->mode = info[3].As<Napi::Number>().Int32Value();
  work->limit = info[4].As<Napi::Number>().Uint32Value();
  if (info[5].IsString()) {
    work->strings = true;
    size_t units = 0;
    napi_get_value_string_utf16(info.Env(), info[5], nullptr, 0, &units);
    std::vector<char16_t> read(units + 1);
    napi_get_value_string_utf16(info.Env(), info[5], read.data(), units + 1, &units);
    work->units.assign(read.begin(), read.begin() + static_cast<std::ptrdiff_t>(units));
  } else {
    auto text = info[5].As<Napi::Uint32Array>();
    work->symbols.assign(text.Data(), text.Data() + info[6].As<Napi::Number>().Uint32Value());
  }
  auto bounds = info[7].As<Napi::Float64Array>();
  work->bounds.assign(bounds.Data(), bounds.Data() + bounds.ElementLength());
  work->by_unit = info[8].As<Napi::Boolean>().Value();
  const size_t threads = std::max<size_t>(1, static_cast<size_t>(info[9].As<Napi::Number>().Int64Value()));
  const size_t parts = std::max<size_t>(work->bounds.size() / 3, 1);
  work->stop = info[10].As<Napi::Uint8Array>().Data();
  return Napi::Value(info.Env(), editops_addon::StartAsyncCall(
                                     info.Env(), {info[10]}, std::min(threads, parts), work->stop,
                                     [work](size_t cores) { return work->Run(cores); },
                                     [work](napi_env env, double ok) { return work->Settle(env, ok); }));
}

}  // namespace

void RegisterSearchAsync(Napi::Env env, Napi::Object exports) {
  exports.Set("searchAsync", Napi::Function::New(env, SearchAsync, "searchAsync"));
}
