// LCSseq, Prefix and Postfix distances over their similarities (fuzzy/lcsseq.cpp,
// fuzzy/affix_metrics.cpp). A distance cutoff k becomes the similarity cutoff max(n, m) - k: a
// similarity below it is what "distance over k" means.
#include "similarity_metrics.hpp"

#include <algorithm>

#include "edit_script.hpp"
#include "editops/fuzzy.hpp"
#include "indel.hpp"

namespace editops::detail {

namespace {

// fn(a, b, similarity_cutoff) is a similarity that is 0 below its cutoff.
template <class Similarity>
int64_t distance_over(Sequence a, Sequence b, int64_t max_distance, Similarity fn) {
  const auto longer = static_cast<int64_t>(std::max(a.size, b.size));
  if (max_distance < 0) return longer - fn(a, b, 0);
  if (max_distance >= longer) return longer - fn(a, b, 0);
  const int64_t least = longer - max_distance;  // >= 1
  const int64_t sim = fn(a, b, least);
  return sim >= least ? longer - sim : max_distance + 1;
}

}  // namespace

int64_t lcsseq_distance(Sequence a, Sequence b, int64_t max_distance) {
  return distance_over(a, b, max_distance, fuzzy::lcsseq_similarity);
}

int64_t prefix_distance(Sequence a, Sequence b, int64_t max_distance) {
  return distance_over(a, b, max_distance, fuzzy::prefix_similarity);
}

int64_t postfix_distance(Sequence a, Sequence b, int64_t max_distance) {
  return distance_over(a, b, max_distance, fuzzy::postfix_similarity);
}

Status lcsseq_editops(Sequence a, Sequence b, int64_t max_distance, Path path, std::vector<int32_t>& ops) {
  if (max_distance < 0) return indel_editops(a, b, kNoMaxDistance, path, ops);
  // LCSseq = max(n, m) - L and Indel = n + m - 2L, so LCSseq <= k exactly when
  // Indel <= 2k - |n - m|.
  const int64_t indel_cutoff = 2 * max_distance - length_difference(a.size, b.size);
  if (indel_cutoff < 0) {
    ops.clear();
    return Status::OverMaxDistance;
  }
  return indel_editops(a, b, indel_cutoff, path, ops);
}

}  // namespace editops::detail
