// WRatio (RapidFuzz 3.x): a weighted best of the other scores, chosen by the length ratio
// r = max(|a|, |b|) / min(|a|, |b|):
//   r < 1.5:  max(ratio, token_ratio * 0.95)
//   else:     with scale = 0.9 (r < 8) or 0.6 (r >= 8),
//             max(ratio, partial_ratio * scale, partial_token_ratio * 0.95 * scale)
// 0 when either side is empty. Each later score only has to beat the best so far, so its cutoff
// is raised to that best divided by its scale.
//
// Two sides that are one word each (no whitespace) skip the token scores: their words are the
// sequences themselves, so tokenRatio is ratio (token_set's other normalization of the same
// distance differs by rounding only) and partialTokenRatio is partialRatio, and a score times
// 0.95 never beats the same score unscaled.
#include <algorithm>

#include "editops/fuzzy.hpp"
#include "score_util.hpp"

namespace editops::fuzzy {
namespace {

using detail::unscaled_cutoff;

// The sequence is one word and nothing else.
bool is_plain_word(const Tokens& t) { return t.canonical() && t.sorted_words().size() == 1; }

}  // namespace

double wratio(const Tokens& ta, const Tokens& tb, double score_cutoff) {
  constexpr double kUnbaseScale = 0.95;
  const Sequence a = ta.source();
  const Sequence b = tb.source();
  if (a.size == 0 || b.size == 0) return 0.0;
  const double len1 = static_cast<double>(a.size);
  const double len2 = static_cast<double>(b.size);
  const double len_ratio = len1 > len2 ? len1 / len2 : len2 / len1;

  const bool plain_words = is_plain_word(ta) && is_plain_word(tb);
  double end_ratio = ratio(a, b, score_cutoff);
  double result = 0.0;
  if (len_ratio < 1.5) {
    const double cutoff = unscaled_cutoff(std::max(score_cutoff, end_ratio), kUnbaseScale);
    result = plain_words ? end_ratio : std::max(end_ratio, token_ratio(ta, tb, cutoff) * kUnbaseScale);
  } else {
    const double partial_scale = len_ratio < 8.0 ? 0.9 : 0.6;
    double cutoff = unscaled_cutoff(std::max(score_cutoff, end_ratio), partial_scale);
    end_ratio = std::max(end_ratio, partial_ratio(a, b, cutoff) * partial_scale);
    cutoff = unscaled_cutoff(std::max(cutoff, end_ratio), kUnbaseScale);
    result = plain_words ? end_ratio
                         : std::max(end_ratio, partial_token_ratio(ta, tb, cutoff) * kUnbaseScale * partial_scale);
  }
  // A scaled score can round to just below the cutoff it was scored against (x / 0.95 * 0.95).
  return result >= score_cutoff ? result : 0.0;
}

}  // namespace editops::fuzzy
