// Node-API glue for the fuzzy scores: unwrap the typed arrays @editops/core passes (already
// checked and encoded), call the C API, return its number. No checks, no algorithm.
#include "fuzzy_binding.hpp"

#include "editops/c_api.h"

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
  exports.Set("fuzzyScore", Napi::Function::New(env, Score, "fuzzyScore"));
  exports.Set("fuzzyAlignment", Napi::Function::New(env, Alignment, "fuzzyAlignment"));
  exports.Set("fuzzySimilarity", Napi::Function::New(env, Similarity, "fuzzySimilarity"));
  exports.Set("fuzzyExtract", Napi::Function::New(env, Extract, "fuzzyExtract"));
  exports.Set("fuzzyMatrix", Napi::Function::New(env, Matrix, "fuzzyMatrix"));
}
