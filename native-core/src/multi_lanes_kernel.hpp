// The multi-pattern lanes kernel: up to L short patterns, one per lane of W bits, against one
// streamed text, all lanes in one pass over the text (the layout of RapidFuzz's
// MultiLevenshtein, written here from the papers). Lane l holds pattern l's column state, so the
// match vector of a text symbol is one row of the group's table holding every lane's mask side
// by side: a column is one load, no lookups per lane.
//
//   Levenshtein: Hyyrö 2003 (Myers' bit-vector algorithm, rows = pattern), one score per lane,
//                read at the lane's own last row, bit m_l - 1 (the `last` vector). Bits above it
//                compute garbage, but adds and shifts only carry upwards, so they never reach
//                the rows below.
//   OSA:         the same with Hyyrö's transposition term.
//   Indel:       Hyyrö's bit-parallel LCS (V = (V + U) | (V - U)); the LCS length is the zero
//                bits of V among the lane's low m_l bits, counted once at the end.
//
// The score counter of a lane is W bits wide and wraps modulo 2^W (narrow lanes would overflow on
// a long text). The caller recovers the distance from the known range it lies in: see
// multi_lanes.cpp (recover_distance).
//
// V is a GCC/Clang vector of W-bit unsigned lanes, or SwarLanes<W>. Everything is forced inline
// so that it compiles for the target of the function it ends up in (the AVX2 build, see
// multi_lanes_dispatch.cpp); vectors pass by reference only, never by value across a call (that would be an
// ABI change between AVX2 and baseline code, which GCC rightly warns about).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "always_inline.hpp"
#include "multi_lanes_swar.hpp"

namespace editops::detail {

enum class LaneMetric { Levenshtein, Osa, Indel };

template <class V>
EDITOPS_ALWAYS_INLINE void load_lanes(V& v, const void* from) {
  std::memcpy(&v, from, sizeof(V));
}
template <class V>
EDITOPS_ALWAYS_INLINE void store_lanes(void* to, const V& v) {
  std::memcpy(to, &v, sizeof(V));
}

// The vector-extension builds of the two per-lane helpers of multi_lanes_swar.hpp. x + x is the
// per-lane shift: SSE2 and AVX2 have no 8-bit shift, but they add every width.
template <class V>
EDITOPS_ALWAYS_INLINE void shift_up(V& x) {
  x += x;
}
template <class V>
EDITOPS_ALWAYS_INLINE void count_hits(V& score, const V& plus, const V& minus) {
  const V zero = {};
  // A comparison gives -1 (all ones) in the lanes where it holds.
  score -= (V)(plus != zero);
  score += (V)(minus != zero);
}

// Runs the kernel over text ids[0..n) (rows of `table`, kBytes = sizeof(V) each). lengths[l] is
// pattern l's length (0 for an unused lane). out[l] receives, as a W-bit lane word: for
// Levenshtein and OSA the score modulo 2^W, for Indel the LCS length.
template <LaneMetric kMetric, class V, class T>
EDITOPS_ALWAYS_INLINE void multi_lanes_kernel(const unsigned char* table, const uint32_t* ids, size_t n,
                                              const T* lengths, T* out) {
  constexpr size_t kLanes = sizeof(V) / sizeof(T);
  T words[kLanes];
  if constexpr (kMetric == LaneMetric::Indel) {
    V S;
    std::memset(&S, 0xFF, sizeof S);
    for (size_t j = 0; j < n; ++j) {
      V X;
      load_lanes(X, table + static_cast<size_t>(ids[j]) * sizeof(V));
      const V U = S & X;
      S = (S + U) | (S - U);
    }
    store_lanes(words, S);
    for (size_t l = 0; l < kLanes; ++l) {
      const uint64_t mask = lengths[l] >= 64 ? ~uint64_t{0} : (uint64_t{1} << lengths[l]) - 1;
      out[l] = static_cast<T>(__builtin_popcountll(~static_cast<uint64_t>(words[l]) & mask));
    }
  } else {
    for (size_t l = 0; l < kLanes; ++l) words[l] = lengths[l] == 0 ? T{0} : static_cast<T>(T{1} << (lengths[l] - 1));
    V last;
    load_lanes(last, words);
    for (size_t l = 0; l < kLanes; ++l) words[l] = 1;
    V one;
    load_lanes(one, words);
    V score;
    load_lanes(score, lengths);
    V VP;
    std::memset(&VP, 0xFF, sizeof VP);
    V VN;
    std::memset(&VN, 0, sizeof VN);
    V D0 = VP;
    V PM_prev = VN;
    for (size_t j = 0; j < n; ++j) {
      V X;
      load_lanes(X, table + static_cast<size_t>(ids[j]) * sizeof(V));
      if constexpr (kMetric == LaneMetric::Osa) {
        V TR = (~D0) & X;
        shift_up(TR);
        TR = TR & PM_prev;
        D0 = (((X & VP) + VP) ^ VP) | X | VN | TR;
        PM_prev = X;
      } else {
        D0 = (((X & VP) + VP) ^ VP) | X | VN;
      }
      V HP = VN | ~(D0 | VP);
      V HN = VP & D0;
      count_hits(score, HP & last, HN & last);
      shift_up(HP);
      HP = HP | one;
      shift_up(HN);
      VP = HN | ~(D0 | HP);
      VN = HP & D0;
    }
    store_lanes(out, score);
  }
}

}  // namespace editops::detail
