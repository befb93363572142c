// Node-API glue for eo_search_*: a session is a JS External that frees its eo_search when it is
// finished or collected, whichever comes first. No checks beyond what the napi calls need: the
// arguments come checked and encoded from @editops/core (search/search-api.ts).
#include "search_binding.hpp"

#include <cstring>

#include "editops/c_api.h"
#include "string_units.hpp"

namespace {

struct Session {
  eo_search* search = nullptr;
  ~Session() { eo_search_free(search); }
};

const eo_options* Options(const Napi::Value& value) {
  return reinterpret_cast<const eo_options*>(value.As<Napi::Int32Array>().Data());
}

Napi::Float64Array Output(Napi::Env env, const eo_search* search, uint32_t size) {
  auto out = Napi::Float64Array::New(env, size);
  if (size != 0) std::memcpy(out.Data(), eo_search_output(search), size * sizeof(double));
  return out;
}

Session* SessionOf(const Napi::CallbackInfo& info) { return info[0].As<Napi::External<Session>>().Data(); }

// searchOpen(pattern, length, options, mode, limit, firstEnd, withWindows) -> External | null
Napi::Value SearchOpen(const Napi::CallbackInfo& info) {
  auto pattern = info[0].As<Napi::Uint32Array>();
  eo_search* search = eo_search_new(pattern.Data(), info[1].As<Napi::Number>().Uint32Value(), Options(info[2]),
                                    info[3].As<Napi::Number>().Int32Value(), info[4].As<Napi::Number>().Uint32Value(),
                                    info[5].As<Napi::Number>().Uint32Value(), info[6].As<Napi::Boolean>().Value() ? 1 : 0);
  if (search == nullptr) return info.Env().Null();
  auto* session = new Session{search};
  return Napi::External<Session>::New(info.Env(), session, [](Napi::Env, Session* s) { delete s; });
}

// searchFeed(session, chunk, length) -> Float64Array
Napi::Value SearchFeed(const Napi::CallbackInfo& info) {
  Session* session = SessionOf(info);
  auto chunk = info[1].As<Napi::Uint32Array>();
  const uint32_t size = eo_search_feed(session->search, chunk.Data(), info[2].As<Napi::Number>().Uint32Value());
  return Output(info.Env(), session->search, size);
}

// searchFinish(session) -> Float64Array; frees the core's searcher.
Napi::Value SearchFinish(const Napi::CallbackInfo& info) {
  Session* session = SessionOf(info);
  if (session->search == nullptr) return Napi::Float64Array::New(info.Env(), 0);
  const uint32_t size = eo_search_finish(session->search);
  auto out = Output(info.Env(), session->search, size);
  eo_search_free(session->search);
  session->search = nullptr;
  return out;
}

// The text of a string call, per thread. A search text is long and read in place by the core:
// its buffer is kept up to kRetainedText units (8 MiB) between calls, since allocating and first
// touching it again cost about as much as the copy out of V8.
thread_local Utf16 search_text;
constexpr size_t kRetainedText = size_t{1} << 22;

// searchFeedString(session, text, byUnit) -> Float64Array: the text's UTF-16 units, decoded in C.
Napi::Value SearchFeedString(const Napi::CallbackInfo& info) {
  Session* session = SessionOf(info);
  search_text.Read(info.Env(), info[1], 0, 0);
  const uint32_t size = eo_search_feed_utf16(session->search, search_text.data(), search_text.size(),
                                             info[2].As<Napi::Boolean>().Value() ? 1 : 0);
  search_text.Trim(kRetainedText);
  return Output(info.Env(), session->search, size);
}

Napi::Value SearchDone(const Napi::CallbackInfo& info) {
  Session* session = SessionOf(info);
  return Napi::Boolean::New(info.Env(), session->search == nullptr || eo_search_done(session->search) != 0);
}

// searchBest(pattern, length, text, length, options, mode) -> Float64Array | status number | null
Napi::Value SearchBest(const Napi::CallbackInfo& info) {
  auto pattern = info[0].As<Napi::Uint32Array>();
  auto text = info[2].As<Napi::Uint32Array>();
  Session session;
  session.search = eo_search_new(pattern.Data(), info[1].As<Napi::Number>().Uint32Value(), Options(info[4]),
                                 info[5].As<Napi::Number>().Int32Value(), 0, 0, 0);
  if (session.search == nullptr) return info.Env().Null();
  const uint32_t size = eo_search_best(session.search, text.Data(), info[3].As<Napi::Number>().Uint32Value());
  const int32_t status = eo_search_status(session.search);
  if (status != EO_STATUS_OK) return Napi::Number::New(info.Env(), status);
  return Output(info.Env(), session.search, size);
}

// searchBestString(pattern, length, text: string, options, mode, byUnit) -> Float64Array | status | null
Napi::Value SearchBestString(const Napi::CallbackInfo& info) {
  auto pattern = info[0].As<Napi::Uint32Array>();
  Session session;
  session.search = eo_search_new(pattern.Data(), info[1].As<Napi::Number>().Uint32Value(), Options(info[3]),
                                 info[4].As<Napi::Number>().Int32Value(), 0, 0, 0);
  if (session.search == nullptr) return info.Env().Null();
  search_text.Read(info.Env(), info[2], 0, 0);
  const uint32_t size = eo_search_best_utf16(session.search, search_text.data(), search_text.size(),
                                             info[5].As<Napi::Boolean>().Value() ? 1 : 0);
  search_text.Trim(kRetainedText);
  const int32_t status = eo_search_status(session.search);
  if (status != EO_STATUS_OK) return Napi::Number::New(info.Env(), status);
  return Output(info.Env(), session.search, size);
}

}  // namespace

void RegisterSearch(Napi::Env env, Napi::Object exports) {
  exports.Set("searchOpen", Napi::Function::New(env, SearchOpen, "searchOpen"));
  exports.Set("searchFeed", Napi::Function::New(env, SearchFeed, "searchFeed"));
  exports.Set("searchFinish", Napi::Function::New(env, SearchFinish, "searchFinish"));
  exports.Set("searchDone", Napi::Function::New(env, SearchDone, "searchDone"));
  exports.Set("searchBest", Napi::Function::New(env, SearchBest, "searchBest"));
  exports.Set("searchFeedString", Napi::Function::New(env, SearchFeedString, "searchFeedString"));
  exports.Set("searchBestString", Napi::Function::New(env, SearchBestString, "searchBestString"));
}
