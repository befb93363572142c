// SignatureBound: a lower bound on a distance from the two sides' SymbolSignatures (editops.hpp),
// for extract's index walk, which rejects most choices with it before reading their symbols.
//
// An occurrence of a symbol on one side beyond the other side's count of it costs an edit: an
// insert or a replace for the choice's excess, a delete or a replace for the query's. A replace
// covers one of each, so Levenshtein and OSA cost at least the larger excess (a transposition
// moves symbols and creates none), and Indel, which has no replace, their sum. Symbols that share
// a bucket only hide excess, and so does the counts' saturation at 15, so the excess counted over
// buckets stays below the true one. Only the unit-cost metrics with a cached pass have the bound.
#pragma once

#include <algorithm>
#include <cstdint>
#if defined(__SSE2__)
#include <emmintrin.h>
#elif defined(__wasm_simd128__)
#include <wasm_simd128.h>
#elif defined(__ARM_NEON)
#include <arm_neon.h>
#endif

#include "editops/editops.hpp"
#include "metric_table.hpp"

namespace editops::detail {

class SignatureBound {
 public:
  SignatureBound(Sequence query, const Options& options)
      : SignatureBound(symbol_signature(query), cached_kind(algorithm_of(options))) {}
  SignatureBound(const SymbolSignature& query, CachedKind kind) : query_(query), kind_(kind) { split_query(); }

  bool applies() const { return kind_ != CachedKind::None; }

  int64_t operator()(const SymbolSignature& choice) const {
    int64_t choice_excess;
    int64_t query_excess;
#if defined(__SSE2__) || defined(__wasm_simd128__) || defined(__ARM_NEON)
    vector_excesses(choice, choice_excess, query_excess);
#else
    portable_excesses(query_, choice, choice_excess, query_excess);
#endif
    return kind_ == CachedKind::Indel ? choice_excess + query_excess : std::max(choice_excess, query_excess);
  }

  // The excesses in plain 64-bit words: the sum over the 32 buckets of max(choice - query, 0),
  // and of max(query - choice, 0). The path of the builds without vectors (the scalar wasm
  // module); public for the tests, which compare it with the vector path this build runs.
  static void portable_excesses(const SymbolSignature& query, const SymbolSignature& choice, int64_t& choice_excess,
                                int64_t& query_excess) {
    choice_excess = excess_of_counts(choice.counts[0], query.counts[0]) + excess_of_counts(choice.counts[1], query.counts[1]);
    query_excess = excess_of_counts(query.counts[0], choice.counts[0]) + excess_of_counts(query.counts[1], choice.counts[1]);
  }

 private:
  static constexpr uint64_t kBytes = 0x0101010101010101ull;
  static constexpr uint64_t kHigh = 0x8080808080808080ull;
  static constexpr uint64_t kNibbles = 0x0F0F0F0F0F0F0F0Full;

  // The sum over bytes (each < 16) of max(a - b, 0): a - b + 128 per byte never borrows, and its
  // high bit says whether a >= b. The sum is below 256 (8 x 15), so one multiply adds it up.
  static uint64_t excess_of_bytes(uint64_t a, uint64_t b) {
    const uint64_t t = (a | kHigh) - b;
    const uint64_t keep = ((t & kHigh) >> 7) * 0xFF;
    return ((t & ~kHigh & keep) * kBytes) >> 56;
  }
  // The sum over the 16 nibbles of max(x - y, 0).
  static int64_t excess_of_counts(uint64_t x, uint64_t y) {
    return static_cast<int64_t>(excess_of_bytes(x & kNibbles, y & kNibbles) +
                                excess_of_bytes((x >> 4) & kNibbles, (y >> 4) & kNibbles));
  }

  // The vector paths: the 32 nibbles as 32 bytes in two vectors, a saturating subtract, and a
  // sum of bytes; about three times faster than the portable words, and most of an indexed
  // extract's time is this bound. x86-64 always has SSE2 and arm64 NEON; wasm has simd128 in
  // its second module.
#if defined(__SSE2__)
  using Vector = __m128i;
  static Vector load(const uint64_t* counts) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(counts)); }
  static Vector low_nibbles(Vector v) { return _mm_and_si128(v, _mm_set1_epi8(0x0F)); }
  static Vector high_nibbles(Vector v) { return _mm_and_si128(_mm_srli_epi16(v, 4), _mm_set1_epi8(0x0F)); }
  // The sum of max(a - b, 0) + max(c - d, 0) over the bytes.
  static int64_t excess(Vector a, Vector b, Vector c, Vector d) {
    const __m128i zero = _mm_setzero_si128();
    const __m128i sums = _mm_add_epi64(_mm_sad_epu8(_mm_subs_epu8(a, b), zero), _mm_sad_epu8(_mm_subs_epu8(c, d), zero));
    return _mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4);
  }
#elif defined(__wasm_simd128__)
  using Vector = v128_t;
  static Vector load(const uint64_t* counts) { return wasm_v128_load(counts); }
  static Vector low_nibbles(Vector v) { return wasm_v128_and(v, wasm_u8x16_splat(0x0F)); }
  static Vector high_nibbles(Vector v) { return wasm_u8x16_shr(v, 4); }
  static int64_t excess(Vector a, Vector b, Vector c, Vector d) {
    // Bytes of at most 30, added pairwise up to four 32-bit lanes.
    const v128_t bytes = wasm_i8x16_add(wasm_u8x16_sub_sat(a, b), wasm_u8x16_sub_sat(c, d));
    const v128_t lanes = wasm_u32x4_extadd_pairwise_u16x8(wasm_u16x8_extadd_pairwise_u8x16(bytes));
    return static_cast<int64_t>(wasm_u32x4_extract_lane(lanes, 0)) + wasm_u32x4_extract_lane(lanes, 1) +
           wasm_u32x4_extract_lane(lanes, 2) + wasm_u32x4_extract_lane(lanes, 3);
  }
#elif defined(__ARM_NEON)
  using Vector = uint8x16_t;
  static Vector load(const uint64_t* counts) { return vld1q_u8(reinterpret_cast<const uint8_t*>(counts)); }
  static Vector low_nibbles(Vector v) { return vandq_u8(v, vdupq_n_u8(0x0F)); }
  static Vector high_nibbles(Vector v) { return vshrq_n_u8(v, 4); }
  static int64_t excess(Vector a, Vector b, Vector c, Vector d) {
    // Bytes of at most 30; their sum, widened, at most 480.
    return vaddlvq_u8(vaddq_u8(vqsubq_u8(a, b), vqsubq_u8(c, d)));
  }
#endif
#if defined(__SSE2__) || defined(__wasm_simd128__) || defined(__ARM_NEON)
  void vector_excesses(const SymbolSignature& choice, int64_t& choice_excess, int64_t& query_excess) const {
    const Vector c = load(choice.counts);
    const Vector c_low = low_nibbles(c);
    const Vector c_high = high_nibbles(c);
    choice_excess = excess(c_low, query_low_, c_high, query_high_);
    query_excess = excess(query_low_, c_low, query_high_, c_high);
  }
  void split_query() {
    const Vector q = load(query_.counts);
    query_low_ = low_nibbles(q);
    query_high_ = high_nibbles(q);
  }
  Vector query_low_;
  Vector query_high_;
#else
  void split_query() {}
#endif

  SymbolSignature query_;
  CachedKind kind_;
};

}  // namespace editops::detail
