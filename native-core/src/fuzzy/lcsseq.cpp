// LCSseq similarity: the length of a longest common subsequence, L = (|a| + |b| - indel) / 2,
// computed on the bit-parallel Indel core. A similarity cutoff c becomes the Indel cutoff
// |a| + |b| - 2c, so the core can stop as soon as the LCS cannot reach c.
#include "../indel.hpp"
#include "editops/fuzzy.hpp"

namespace editops::fuzzy {

int64_t lcsseq_similarity(Sequence a, Sequence b, int64_t score_cutoff) {
  const auto lensum = static_cast<int64_t>(a.size + b.size);
  const int64_t shorter = static_cast<int64_t>(a.size < b.size ? a.size : b.size);
  if (score_cutoff > shorter) return 0;
  const int64_t max_indel = score_cutoff > 0 ? lensum - 2 * score_cutoff : lensum;
  const int64_t indel = editops::detail::indel_distance(a, b, max_indel);
  if (indel > max_indel) return 0;
  const int64_t lcs = (lensum - indel) / 2;
  return lcs >= score_cutoff ? lcs : 0;
}

}  // namespace editops::fuzzy
