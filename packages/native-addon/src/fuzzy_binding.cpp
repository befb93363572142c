// Node-API glue for the fuzzy scores: unwrap the typed arrays @editops/core passes (already
// checked and encoded), call the C API, return its number. No checks, no algorithm.
#include "fuzzy_binding.hpp"

#include "editops/c_api.h"
#include "string_units.hpp"

namespace {

struct Symbols {
  const uint32_t* data;
  uint32_t size;
};

// A Uint32Array argument with its used length at the next index.
Symbols SymbolsAt(const Napi::CallbackInfo& info, size_t index) {
  return {info[index].As<Napi::Uint32Array>().Data(), info[index + 1].As<Napi::Number>().Uint32Value()};
}

// A whole Uint32Array: its data and element count.
Symbols ArrayAt(const Napi::CallbackInfo& info, size_t index) {
  auto array = info[index].As<Napi::Uint32Array>();
  return {array.Data(), static_cast<uint32_t>(array.ElementLength())};
}

int32_t Int(const Napi::CallbackInfo& info, size_t index) { return info[index].As<Napi::Number>().Int32Value(); }
uint32_t Uint(const Napi::CallbackInfo& info, size_t index) { return info[index].As<Napi::Number>().Uint32Value(); }
double Double(const Napi::CallbackInfo& info, size_t index) { return info[index].As<Napi::Number>().DoubleValue(); }

// fuzzyScore(scorer, a, aLength, b, bLength, scoreCutoff) -> number
Napi::Value Score(const Napi::CallbackInfo& info) {
  const auto a = SymbolsAt(info, 1);
  const auto b = SymbolsAt(info, 3);
  return Napi::Number::New(info.Env(), eo_fuzzy_score(Int(info, 0), a.data, a.size, b.data, b.size, Double(info, 5)));
}

// The scorer and score cutoff of the string call in progress, [scorer, scoreCutoff]: a Float64Array
// owned by the addon, one per environment (so per thread), exported as `fuzzyOptions`. The kernel
// writes it before each call and the call reads it in place: as for the options block of the
// pair calls (binding.cpp), reading arguments costs napi calls that a short pair notices.
thread_local const double* fuzzy_options = nullptr;

thread_local Utf16 fuzzy_a;
thread_local Utf16 fuzzy_b;

// fuzzyScoreStrings(a, b) -> number: the two strings' UTF-16 units go to eo_fuzzy_score_utf16.
Napi::Value ScoreStrings(const Napi::CallbackInfo& info) {
  const double* options = fuzzy_options;
  fuzzy_a.Read(info.Env(), info[0], 0, 0);
  fuzzy_b.Read(info.Env(), info[1], 0, 0);
  const double score = eo_fuzzy_score_utf16(static_cast<int32_t>(options[0]), fuzzy_a.data(), fuzzy_a.size(),
                                            fuzzy_b.data(), fuzzy_b.size(), options[1]);
  fuzzy_a.Trim();
  fuzzy_b.Trim();
  return Napi::Number::New(info.Env(), score);
}

// fuzzyAlignment(a, aLength, b, bLength, scoreCutoff, out: Uint32Array(4)) -> number
Napi::Value Alignment(const Napi::CallbackInfo& info) {
  const auto a = SymbolsAt(info, 0);
  const auto b = SymbolsAt(info, 2);
  uint32_t* out = info[5].As<Napi::Uint32Array>().Data();
  return Napi::Number::New(info.Env(), eo_fuzzy_alignment(a.data, a.size, b.data, b.size, Double(info, 4), out));
}

// fuzzySimilarity(metric, a, aLength, b, bLength, prefixWeight, scoreCutoff) -> number
Napi::Value Similarity(const Napi::CallbackInfo& info) {
  const auto a = SymbolsAt(info, 1);
  const auto b = SymbolsAt(info, 3);
  return Napi::Number::New(
      info.Env(), eo_fuzzy_similarity(Int(info, 0), a.data, a.size, b.data, b.size, Double(info, 5), Double(info, 6)));
}

// fuzzyExtract(scorer, query, queryLength, symbols, offsets, count, scoreCutoff, limit, outIndex, outScore) -> number
Napi::Value Extract(const Napi::CallbackInfo& info) {
  const auto query = SymbolsAt(info, 1);
  const auto symbols = ArrayAt(info, 3);
  const auto offsets = ArrayAt(info, 4);
  int32_t* out_index = info[8].As<Napi::Int32Array>().Data();
  double* out_score = info[9].As<Napi::Float64Array>().Data();
  return Napi::Number::New(info.Env(), eo_fuzzy_extract(Int(info, 0), query.data, query.size, symbols.data, symbols.size,
                                                        offsets.data, offsets.size, Uint(info, 5), Double(info, 6),
                                                        Uint(info, 7), out_index, out_score));
}

// fuzzyMatrix(scorer, querySymbols, queryOffsets, queryCount, symbols, offsets, count, scoreCutoff, out) -> status
Napi::Value Matrix(const Napi::CallbackInfo& info) {
  const auto query_symbols = ArrayAt(info, 1);
  const auto query_offsets = ArrayAt(info, 2);
  const auto symbols = ArrayAt(info, 4);
  const auto offsets = ArrayAt(info, 5);
  float* out = info[8].As<Napi::Float32Array>().Data();
  return Napi::Number::New(info.Env(), eo_fuzzy_matrix(Int(info, 0), query_symbols.data, query_symbols.size,
                                                       query_offsets.data, query_offsets.size, Uint(info, 3),
                                                       symbols.data, symbols.size, offsets.data, offsets.size,
                                                       Uint(info, 6), Double(info, 7), out));
}

}  // namespace

void InitFuzzy(Napi::Env env, Napi::Object exports) {
  // Its ArrayBuffer's memory is off the V8 heap, so the pointer stays valid; `exports` keeps it alive.
  auto options = Napi::Float64Array::New(env, 2);
  fuzzy_options = options.Data();
  exports.Set("fuzzyOptions", options);
  exports.Set("fuzzyScoreStrings", Napi::Function::New(env, ScoreStrings, "fuzzyScoreStrings"));
  exports.Set("fuzzyScore", Napi::Function::New(env, Score, "fuzzyScore"));
  exports.Set("fuzzyAlignment", Napi::Function::New(env, Alignment, "fuzzyAlignment"));
  exports.Set("fuzzySimilarity", Napi::Function::New(env, Similarity, "fuzzySimilarity"));
  exports.Set("fuzzyExtract", Napi::Function::New(env, Extract, "fuzzyExtract"));
  exports.Set("fuzzyMatrix", Napi::Function::New(env, Matrix, "fuzzyMatrix"));
}
