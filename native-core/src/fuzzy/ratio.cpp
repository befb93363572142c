// ratio and QRatio: the normalized Indel similarity as a score, on the bit-parallel Indel core. The
// score cutoff becomes a distance cutoff (score_util.hpp), so the core stops early; the exact test
// against the cutoff is then made on the distance it found.
#include "../indel.hpp"
#include "editops/fuzzy.hpp"
#include "score_util.hpp"

namespace editops::fuzzy {

double ratio(Sequence a, Sequence b, double score_cutoff) {
  const size_t lensum = a.size + b.size;
  const int64_t k = detail::max_distance_for(lensum, score_cutoff / 100.0 - detail::kCutoffSlack);
  if (k == detail::kUnreachable) return 0.0;
  // indel >= |n - m|: most pairs of a batch stop here, before any symbol is read.
  if (static_cast<int64_t>(a.size > b.size ? a.size - b.size : b.size - a.size) > k) return 0.0;
  const int64_t dist = editops::detail::indel_distance(a, b, k);
  if (dist > k) return 0.0;
  const double score = detail::norm_similarity(dist, lensum) * 100.0;
  return score >= score_cutoff ? score : 0.0;
}

double qratio(Sequence a, Sequence b, double score_cutoff) {
  if (a.size == 0 || b.size == 0) return 0.0;
  return ratio(a, b, score_cutoff);
}

}  // namespace editops::fuzzy
