// See word_scorer.hpp. Each formula is the one of the pairwise function it replaces (ratio.cpp,
// token_ratios.cpp, wratio.cpp), with the same cutoffs; the batch tests compare the two paths.
#include "word_scorer.hpp"

#include <algorithm>
#include <cmath>

#include "score_util.hpp"

namespace editops::fuzzy::detail {

bool is_single_plain_word(Sequence s) {
  if (s.size == 0) return false;
  for (size_t i = 0; i < s.size; ++i) {
    if (is_fuzzy_space(s.data[i])) return false;
  }
  return true;
}

bool WordScorer::applies(Scorer scorer, const Tokens*, Sequence query) {
  switch (scorer) {
    case Scorer::Ratio:
    case Scorer::QRatio:
    case Scorer::TokenSortRatio:
    case Scorer::TokenSetRatio:
    case Scorer::TokenRatio:
    case Scorer::WRatio:
      return is_single_plain_word(query);
    default:
      return false;
  }
}

WordScorer::WordScorer(Sequence query)
    : query_(query), cached_(query, Options{Metric::Indel, kNoMaxDistance, Weights{}, Path::Auto}) {}

int64_t WordScorer::distance(Sequence choice, int64_t k) const {
  const auto lensum = static_cast<int64_t>(query_.size + choice.size);
  if (k < 0) return lensum + 1;
  const auto gap = static_cast<int64_t>(query_.size > choice.size ? query_.size - choice.size : choice.size - query_.size);
  if (gap > k) return k + 1;
  return cached_.distance(choice, k);
}

std::optional<double> WordScorer::score(Scorer scorer, Sequence choice, double score_cutoff) const {
  const size_t lensum = query_.size + choice.size;
  // ratio (ratio.cpp): (1 - d / L) * 100, tested against the cutoff after scaling.
  const auto ratio_score = [&](double cutoff) {
    const int64_t k = max_distance_for(lensum, cutoff / 100.0 - kCutoffSlack);
    const int64_t d = distance(choice, k);
    if (k < 0 || d > k) return 0.0;
    const double score = norm_similarity(d, lensum) * 100.0;
    return score >= cutoff ? score : 0.0;
  };
  // token_set_ratio of two different words (token_ratios.cpp, set_ratio with no common word).
  const auto set_score = [&](double cutoff) {
    if (cutoff > 100.0) return 0.0;
    if (choice.size == query_.size && std::equal(choice.data, choice.data + choice.size, query_.data)) return 100.0;
    const double cutoff_distance = std::ceil(static_cast<double>(lensum) * (1.0 - cutoff / 100.0));
    if (cutoff_distance < 0.0) return 0.0;
    const auto k = static_cast<int64_t>(cutoff_distance);
    const int64_t d = distance(choice, k);
    return d <= k ? norm_distance_score(d, lensum, cutoff) : 0.0;
  };
  switch (scorer) {
    case Scorer::Ratio:
    case Scorer::QRatio:  // both sides are non-empty words
    case Scorer::TokenSortRatio:
      return ratio_score(score_cutoff);
    case Scorer::TokenSetRatio:
      return set_score(score_cutoff);
    case Scorer::TokenRatio:
      return std::max(set_score(score_cutoff), ratio_score(score_cutoff));
    case Scorer::WRatio: {
      const double len1 = static_cast<double>(query_.size);
      const double len2 = static_cast<double>(choice.size);
      if ((len1 > len2 ? len1 / len2 : len2 / len1) >= 1.5) return std::nullopt;
      // Two plain words below a length ratio of 1.5: WRatio is ratio (wratio.cpp).
      const double r = ratio_score(score_cutoff);
      return r >= score_cutoff ? r : 0.0;
    }
    default:
      return std::nullopt;
  }
}

}  // namespace editops::fuzzy::detail
