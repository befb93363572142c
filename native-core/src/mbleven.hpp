// Distances under a small cutoff (k <= 3) by enumerating edit models, after mbleven (Fujimoto,
// "mbleven: fast computation of bounded Levenshtein distance", 2012; the 2018 table layout of
// rapidfuzz). O(models * (n + m)) time, no memory.
#pragma once

#include <cstdint>

#include "editops/editops.hpp"

namespace editops::detail {

// The Levenshtein distance of a and b when it is at most k (0 <= k <= 3), else k + 1.
int64_t mbleven_levenshtein(Sequence a, Sequence b, int64_t k);

// The same for the Indel distance (insertions and deletions only).
int64_t mbleven_indel(Sequence a, Sequence b, int64_t k);

}  // namespace editops::detail
