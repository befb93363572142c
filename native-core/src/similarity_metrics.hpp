// The distances of RapidFuzz's LCSseq, Prefix and Postfix metrics: max(n, m) - similarity, where
// the similarity is a longest common subsequence, the common prefix or the common suffix
// (include/editops/fuzzy.hpp computes the similarities). LCSseq's edit script is the Indel one.
#pragma once

#include <cstdint>
#include <vector>

#include "editops/editops.hpp"

namespace editops::detail {

// Each: a negative max_distance means "no cutoff"; otherwise a distance above it is reported as
// max_distance + 1.
int64_t lcsseq_distance(Sequence a, Sequence b, int64_t max_distance);
int64_t prefix_distance(Sequence a, Sequence b, int64_t max_distance);
int64_t postfix_distance(Sequence a, Sequence b, int64_t max_distance);

// The canonical Indel script (an LCS alignment: inserts and deletes, no replaces) when the LCSseq
// distance is within max_distance, else Status::OverMaxDistance.
Status lcsseq_editops(Sequence a, Sequence b, int64_t max_distance, Path path, std::vector<int32_t>& ops);

}  // namespace editops::detail
