// Single-word bit-parallel kernels: the pattern (1..64 rows) fits one machine word, so a column is
// a handful of word operations and nothing is allocated. The match vectors come from a callable
// PM(c) -> uint64_t, so that callers can pass a plain PatternMatchVector or a cached one that is
// shifted and masked to a trimmed part of the pattern (CachedScorer).
//
//   levenshtein: Myers 1999 in the formulation of Hyyrö 2003 (see levenshtein_distance.cpp)
//   osa:         Hyyrö 2003, Myers' step plus the transposition term TR (see osa.cpp)
//   lcs:         Allison & Dix 1986 / Hyyrö 2004 (see indel.cpp)
#pragma once

#include <cstddef>
#include <cstdint>

#include "editops/editops.hpp"

namespace editops::detail {

// A word with its low `count` (1..64) bits set: the rows of a pattern of that many symbols.
inline uint64_t low_bits(size_t count) { return count == 64 ? ~uint64_t{0} : (uint64_t{1} << count) - 1; }

// Population count without C++20 <bit> or compiler builtins.
inline unsigned popcount64(uint64_t x) {
  x -= (x >> 1) & 0x5555555555555555u;
  x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
  return static_cast<unsigned>((x * 0x0101010101010101u) >> 56);
}

// D[n][m] for a pattern of n (1..64) rows against b, or max_distance + 1 once D[n][j] - (m - j)
// (a lower bound on D[n][m]) is above a cutoff (max_distance >= 0). With kStore, writes VP_j and
// D0_j of column j (1-based) to store[2 * (j - 1)] and store[2 * (j - 1) + 1].
template <bool kOsa, bool kStore = false, class GetPM>
int64_t myers_single_word(size_t n, Sequence b, int64_t max_distance, GetPM&& PM, uint64_t* store = nullptr) {
  const uint64_t last = uint64_t{1} << (n - 1);
  uint64_t VP = ~uint64_t{0};  // column 0 is D[i][0] = i: every vertical delta is +1
  uint64_t VN = 0;
  uint64_t D0 = ~uint64_t{0};
  uint64_t PM_prev = 0;  // OSA: PM'_j; 0 before column 1, so no transposition there
  auto score = static_cast<int64_t>(n);
  const auto m = static_cast<int64_t>(b.size);
  for (size_t j = 0; j < b.size; ++j) {
    const uint64_t X = PM(b.data[j]);
    if constexpr (kOsa) {
      const uint64_t TR = (((~D0) & X) << 1) & PM_prev;
      D0 = (((X & VP) + VP) ^ VP) | X | VN | TR;
      PM_prev = X;
    } else {
      D0 = (((X & VP) + VP) ^ VP) | X | VN;
    }
    uint64_t HP = VN | ~(D0 | VP);
    uint64_t HN = VP & D0;
    score += static_cast<int64_t>((HP & last) != 0) - static_cast<int64_t>((HN & last) != 0);
    HP = (HP << 1) | 1;
    HN <<= 1;
    VP = HN | ~(D0 | HP);
    VN = HP & D0;
    if constexpr (kStore) {
      store[2 * j] = VP;
      store[2 * j + 1] = D0;
    }
    if (max_distance >= 0 && score - (m - static_cast<int64_t>(j) - 1) > max_distance) {
      return max_distance + 1;
    }
  }
  return score;
}

// LCS length of a pattern of n (1..64) rows and b (Hyyrö 2004: V = ~0; U = V & PM; V' = (V + U) |
// (V - U); L = zero bits of V among the n rows), or -1 once even a full rest of matches could not
// bring n + m - 2 L within a cutoff (max_distance >= 0), checked every 64 columns. With kStore,
// writes V_j of column j (1-based) to store[2 * (j - 1)].
template <bool kStore = false, class GetPM>
int64_t lcs_single_word(size_t n, Sequence b, int64_t max_distance, GetPM&& PM, uint64_t* store = nullptr) {
  const uint64_t rows = low_bits(n);
  uint64_t V = ~uint64_t{0};
  for (size_t j = 0; j < b.size; ++j) {
    const uint64_t U = V & PM(b.data[j]);
    V = (V + U) | (V - U);
    if constexpr (kStore) store[2 * j] = V;
    if (max_distance >= 0 && (j + 1) % 64 == 0) {
      const auto lcs = static_cast<int64_t>(popcount64(~V & rows));
      const int64_t best = std::min(static_cast<int64_t>(n), lcs + static_cast<int64_t>(b.size - j - 1));
      if (static_cast<int64_t>(n + b.size) - 2 * best > max_distance) return -1;
    }
  }
  return popcount64(~V & rows);
}

}  // namespace editops::detail
