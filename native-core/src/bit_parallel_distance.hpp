// The pairwise distance driver of the bit-parallel metrics (traits in bit_parallel_metrics.hpp):
//
//   trim the common suffix and prefix; make the shorter sequence the pattern (all three metrics
//   are symmetric, and fewer rows mean fewer words); one side empty: the other's length; |n - m|
//   over the cutoff: over; a cutoff of at most 3: mbleven's edit models (mbleven.cpp) where the
//   metric has them; a pattern that fits one word: the one-word pass with a match table set up in
//   O(n + m); else the banded blocked pass with band doubling (band_distance.hpp), which costs
//   O(d * m / 64) instead of O(n * m / 64).
//
// CachedScorer (cached_scorer.cpp) runs the same steps with the query's match vectors built once.
#pragma once

#include <cstdint>
#include <utility>

#include "band_distance.hpp"
#include "bit_parallel_metrics.hpp"
#include "common_affix.hpp"
#include "edit_script.hpp"
#include "pattern_match.hpp"

namespace editops::detail {

// A cutoff this small goes to the metric's small_cutoff (mbleven), when it has one.
constexpr int64_t kSmallCutoff = 3;

// Distance between a and b. A negative max_distance means "no cutoff"; otherwise a distance above
// it is reported as max_distance + 1.
template <class Traits>
int64_t bit_parallel_distance(Sequence a, Sequence b, int64_t max_distance) {
  trim_common_affix(a, b);
  if (a.size > b.size) std::swap(a, b);
  // An empty side costs one insert (or delete) per symbol of the other, in all three metrics.
  if (a.size == 0) return clamp_to_cutoff(static_cast<int64_t>(b.size), max_distance);
  // |n - m| is a lower bound on the distance.
  if (over(static_cast<int64_t>(b.size - a.size), max_distance)) return max_distance + 1;
  if constexpr (Traits::kSmallCutoffModels) {
    if (max_distance >= 0 && max_distance <= kSmallCutoff) return Traits::small_cutoff(a, b, max_distance);
  }
  int64_t d = 0;
  if (fits_one_word(a.size)) {
    const PatternMatchVector PM(a, b);
    d = with_lookup(PM, [&](auto get) { return Traits::one_word(a.size, b, max_distance, get); });
  } else {
    const BlockPatternMatchVector PM(a);
    d = band_distance<Traits>(PM, a.size, b, max_distance);
  }
  return clamp_to_cutoff(d, max_distance);
}

}  // namespace editops::detail
