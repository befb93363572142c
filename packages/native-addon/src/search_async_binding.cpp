// Node-API glue for searchAsync with threads: the parts of a split text (search-api.ts cuts them,
// each re-reading pattern length + k elements) run on the addon's runner threads (thread_pool.hpp),
// each in an eo_search session of its own, and the promise resolves with each part's packed
// matches, which search-api.ts joins. The text is copied off the JS heap first (a string's UTF-16
// units, or the symbols of a Uint32Array), since no JS value may be read off the JS thread.
//
// The lifecycle is the async batch call's (batch_binding.cpp, BatchCall): runner threads rather
// than napi_async_work, so that a worker's teardown can raise the stop flag and wait only for the
// part in progress; the core reads the stop flag between slices of a part.
#include "search_binding.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

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
  size_t threads = 1;
  uint8_t* stop = nullptr;  // the JS Uint8Array an abort sets; kept alive by SearchCall::stop_ref_
  napi_threadsafe_function done = nullptr;
  std::mutex mutex;
  std::condition_variable finished_changed;
  bool started = false;
  bool finished = false;
  bool cancelled = false;
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

  // On a runner thread: as many workers as cores allow take the parts in order.
  void Run() {
    {
      std::lock_guard<std::mutex> lock(mutex);
      if (cancelled) return;
      started = true;
    }
    {
      const size_t parts = bounds.size() / 3;
      results.assign(parts, {});
      const editops_addon::CoreReservation cores(std::min(threads, std::max<size_t>(parts, 1)));
      std::atomic<size_t> next{0};
      editops_addon::RunParts(cores.parts(), [&](size_t) {
        for (size_t part; (part = next.fetch_add(1)) < parts && !stopped();) RunPart(part);
      });
    }
    std::lock_guard<std::mutex> lock(mutex);
    finished = true;
    if (!cancelled) napi_call_threadsafe_function(done, nullptr, napi_tsfn_nonblocking);
    finished_changed.notify_all();
  }
};

class SearchCall {
 public:
  static napi_value Start(napi_env env, std::shared_ptr<SearchWork> work, napi_value stop) {
    auto* call = new SearchCall();
    call->work_ = work;
    napi_value promise;
    napi_create_promise(env, &call->deferred_, &promise);
    napi_create_reference(env, stop, 1, &call->stop_ref_);
    napi_value name;
    napi_create_string_utf8(env, "editops:searchAsync", NAPI_AUTO_LENGTH, &name);
    napi_create_threadsafe_function(env, nullptr, nullptr, name, 0, 1, call, Finalize, call, Complete, &work->done);
    napi_add_env_cleanup_hook(env, OnTeardown, call);
    call->env_ = env;
    editops_addon::RunCall([work] { work->Run(); });
    return promise;
  }

 private:
  // JS thread: resolves with an array of Float64Array (one per part), or null when a session could
  // not be opened (memory).
  static void Complete(napi_env env, napi_value, void* context, void*) {
    auto* call = static_cast<SearchCall*>(context);
    if (env == nullptr || call->torn_down_) return;
    SearchWork& work = *call->work_;
    napi_value result;
    if (work.failed) {
      napi_get_null(env, &result);
    } else {
      napi_create_array_with_length(env, work.results.size(), &result);
      for (size_t i = 0; i < work.results.size(); ++i) {
        const std::vector<double>& packed = work.results[i];
        void* data = nullptr;
        napi_value buffer;
        napi_value array;
        napi_create_arraybuffer(env, packed.size() * sizeof(double), &data, &buffer);
        if (!packed.empty()) std::copy(packed.begin(), packed.end(), static_cast<double*>(data));
        napi_create_typedarray(env, napi_float64_array, packed.size(), buffer, 0, &array);
        napi_set_element(env, result, static_cast<uint32_t>(i), array);
      }
    }
    napi_resolve_deferred(env, call->deferred_, result);
    napi_remove_env_cleanup_hook(env, OnTeardown, call);
    call->ReleaseReferences(env);
    napi_release_threadsafe_function(work.done, napi_tsfn_release);
  }

  static void OnTeardown(void* arg) {
    auto* call = static_cast<SearchCall*>(arg);
    call->torn_down_ = true;
    SearchWork& work = *call->work_;
    std::unique_lock<std::mutex> lock(work.mutex);
    work.cancelled = true;
    work.stop[0] = 1;
    work.finished_changed.wait(lock, [&] { return work.finished || !work.started; });
    lock.unlock();
    call->ReleaseReferences(call->env_);
  }

  static void Finalize(napi_env, void* data, void*) { delete static_cast<SearchCall*>(data); }

  void ReleaseReferences(napi_env env) {
    if (stop_ref_ != nullptr) napi_delete_reference(env, stop_ref_);
    stop_ref_ = nullptr;
  }

  napi_env env_ = nullptr;
  napi_deferred deferred_ = nullptr;
  napi_ref stop_ref_ = nullptr;
  std::shared_ptr<SearchWork> work_;
  bool torn_down_ = false;
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
  work->threads = std::max<size_t>(1, static_cast<size_t>(info[9].As<Napi::Number>().Int64Value()));
  work->stop = info[10].As<Napi::Uint8Array>().Data();
  return Napi::Value(info.Env(), SearchCall::Start(info.Env(), work, info[10]));
}

}  // namespace

void RegisterSearchAsync(Napi::Env env, Napi::Object exports) {
  exports.Set("searchAsync", Napi::Function::New(env, SearchAsync, "searchAsync"));
}
