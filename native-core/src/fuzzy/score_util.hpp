// Small helpers shared by the fuzzy scores: turning a score cutoff into a distance cutoff for the
// Indel core, and RapidFuzz's two ways of normalizing a distance.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>

#include "editops/editops.hpp"

namespace editops::fuzzy::detail {

// "No distance can reach the cutoff": the caller skips the computation. (The core reads a negative
// max_distance as "no cutoff", so this value must never reach it.)
constexpr int64_t kUnreachable = -1;

// Scores are compared with their cutoff on the 0..100 scale, after the scaling, so that a score
// equal to the cutoff always passes. Internal tests on fractions (cutoff / 100) are loosened by
// this much, so that the rounding of the division never prunes a score that reaches the cutoff.
constexpr double kCutoffSlack = 1e-9;

// The largest Indel distance out of lensum symbols whose normalized similarity 1 - d / lensum can
// still be >= norm_cutoff, rounded up so that no qualifying distance is cut off; the exact test is
// made afterwards on the distance found. kUnreachable when even d = 0 cannot qualify.
inline int64_t max_distance_for(size_t lensum, double norm_cutoff) {
  if (norm_cutoff <= 0.0) return static_cast<int64_t>(lensum);
  if (norm_cutoff > 1.0) return kUnreachable;
  const double bound = std::ceil(static_cast<double>(lensum) * (1.0 - norm_cutoff));
  const auto k = static_cast<int64_t>(bound);
  return k > static_cast<int64_t>(lensum) ? static_cast<int64_t>(lensum) : k;
}

// ratio's normalization (Indel normalized similarity, as a fraction): 1 - d / lensum, 1 when
// lensum is 0.
inline double norm_similarity(int64_t dist, size_t lensum) {
  return lensum == 0 ? 1.0 : 1.0 - static_cast<double>(dist) / static_cast<double>(lensum);
}

// token_set_ratio's normalization, in RapidFuzz's order of operations: 100 - 100 * d / lensum,
// then the cutoff.
inline double norm_distance_score(int64_t dist, size_t lensum, double score_cutoff) {
  const double score =
      lensum == 0 ? 100.0 : 100.0 - 100.0 * static_cast<double>(dist) / static_cast<double>(lensum);
  return score >= score_cutoff ? score : 0.0;
}

// WRatio's cutoff for a score it scales: best / scale, lowered by a few ulps. x / 0.95 can round
// above the unscaled score that gives back exactly x, and an inner score below its cutoff is 0,
// which lost WRatio(a, b, { scoreCutoff: WRatio(a, b) }). Lowering only prunes less; the final
// comparison with score_cutoff stays exact.
inline double unscaled_cutoff(double best, double scale) {
  return best / scale * (1.0 - 8 * std::numeric_limits<double>::epsilon());
}

// Index of the lowest set bit of x != 0 (no builtins, as in the rest of the core).
inline unsigned lowest_bit(uint64_t x) {
  uint64_t below = (x & (~x + 1)) - 1;
  below -= (below >> 1) & 0x5555555555555555u;
  below = (below & 0x3333333333333333u) + ((below >> 2) & 0x3333333333333333u);
  below = (below + (below >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
  return static_cast<unsigned>((below * 0x0101010101010101u) >> 56);
}

}  // namespace editops::fuzzy::detail
