// See word_scorer.hpp. Each formula is the one of the pairwise function it replaces (ratio.cpp,
// token_ratios.cpp, wratio.cpp), with the same cutoffs; the batch tests compare the two paths.
#include "word_scorer.hpp"

#include <algorithm>
#include <cmath>

#include "../myers_single.hpp"
#include "score_util.hpp"

namespace editops::fuzzy::detail {

bool is_single_plain_word(Sequence s) {
  if (s.size == 0) return false;
  for (size_t i = 0; i < s.size; ++i) {
    if (is_fuzzy_space(s.data[i])) return false;
  }
  return true;
}

namespace {

// The scorers WordScorer::score has a formula for (its switch below): one list, for both checks.
bool has_word_formula(Scorer scorer) {
  switch (scorer) {
    case Scorer::Ratio:
    case Scorer::QRatio:
    case Scorer::TokenSortRatio:
    case Scorer::TokenSetRatio:
    case Scorer::TokenRatio:
    case Scorer::WRatio:
      return true;
    default:
      return false;
  }
}

}  // namespace

bool WordScorer::applies(Scorer scorer, const Tokens*, Sequence query) {
  return has_word_formula(scorer) && is_single_plain_word(query);
}

// WRatio has no single distance bound: past a length ratio of 1.5 it scores windows (long_wratio).
DistanceBound::DistanceBound(Scorer scorer, size_t query_size)
    : scorer_(scorer), query_size_(query_size), applies_(has_word_formula(scorer) && scorer != Scorer::WRatio) {}

// The distance cutoffs WordScorer::score computes (ratio_score, set_score), on the same doubles;
// token_ratio, the larger of its two scores, is 0 only when both are.
int32_t DistanceBound::compute(size_t size) const {
  const size_t lensum = query_size_ + size;
  // ratio_score: 0 when k < 0 or d > k.
  const int64_t ratio_k = max_distance_for(lensum, cutoff_ / 100.0 - kCutoffSlack);
  // set_score: 0 above a cutoff of 100, else 100 for equal words (d = 0 <= k) or 0 when d > k.
  const int64_t set_k = cutoff_ > 100.0 ? -1 : static_cast<int64_t>(std::ceil(static_cast<double>(lensum) * (1.0 - cutoff_ / 100.0)));
  int64_t k = ratio_k;
  if (scorer_ == Scorer::TokenSetRatio) k = set_k;
  if (scorer_ == Scorer::TokenRatio) k = std::max(ratio_k, set_k);
  return static_cast<int32_t>(std::max<int64_t>(k, -1));
}

WordScorer::WordScorer(Sequence query)
    : query_(query), cached_(query, Options{Metric::Indel, kNoMaxDistance, Weights{}, Path::Auto}) {
  ascii_ = query.size > 0 && query.size <= 64;
  for (size_t i = 0; i < query.size && ascii_; ++i) ascii_ = query.data[i] < 128;
  if (!ascii_) return;
  for (size_t i = 0; i < query.size; ++i) ascii_matches_[query.data[i]] |= uint64_t{1} << i;
}

double WordScorer::score_if_word(Scorer scorer, Sequence choice, double score_cutoff, DistanceBound* bound) const {
  const int64_t k = bound != nullptr ? bound->max_distance(choice.size) : DistanceBound::kAny;
  const auto gap = static_cast<int64_t>(query_.size > choice.size ? query_.size - choice.size : choice.size - query_.size);
  if (!ascii_) {
    if (!is_single_plain_word(choice)) return kGeneralPath;
    return gap > k ? 0.0 : score(scorer, choice, score_cutoff);
  }
  if (choice.size == 0) return kGeneralPath;
  // Hyyro's bit-parallel LCS (as in the core's Indel pass): S starts all ones, and per symbol
  // U = S & PM[c], S = (S + U) | (S - U); the LCS is the number of the query's bits S cleared.
  uint64_t S = ~uint64_t{0};
  if (is_printable_ascii_word(choice)) {
    // The commonest choice of a word list: one word, every symbol in the table, no branch per
    // symbol; and most are rejected by their length before that.
    if (gap > k) return 0.0;
    for (size_t j = 0; j < choice.size; ++j) {
      const uint64_t U = S & ascii_matches_[choice.data[j]];
      S = (S + U) | (S - U);
    }
  } else {
    // One pass that both looks for whitespace and runs the LCS.
    bool space = false;
    for (size_t j = 0; j < choice.size; ++j) {
      const Symbol c = choice.data[j];
      uint64_t matches = 0;
      if (c < 128) {
        matches = ascii_matches_[c];
        if (c <= 0x20) space = space || is_fuzzy_space(c);
      } else {
        space = space || is_fuzzy_space(c);
      }
      const uint64_t U = S & matches;
      S = (S + U) | (S - U);
    }
    if (space) return kGeneralPath;
  }
  const auto lcs = static_cast<int64_t>(editops::detail::popcount64(~S & editops::detail::low_bits(query_.size)));
  const int64_t d = static_cast<int64_t>(query_.size + choice.size) - 2 * lcs;
  return d > k ? 0.0 : score(scorer, choice, score_cutoff, d);
}

namespace {

// One step of Hyyro's LCS pass (see score_if_word) for symbol j of w, or no change past its end
// (U = 0 leaves S as it is), without a branch: w.data[0] is read instead of a symbol past the end.
inline void lcs_step(uint64_t& S, Sequence w, size_t j, const uint64_t* matches) {
  const bool live = j < w.size;
  const uint64_t U = S & matches[w.data[live ? j : 0]] & (uint64_t{0} - static_cast<uint64_t>(live));
  S = (S + U) | (S - U);
}

}  // namespace

void WordScorer::indel_distances4(const Sequence* words, int64_t* out) const {
  uint64_t S0 = ~uint64_t{0}, S1 = S0, S2 = S0, S3 = S0;
  const size_t longest = std::max(std::max(words[0].size, words[1].size), std::max(words[2].size, words[3].size));
  for (size_t j = 0; j < longest; ++j) {
    lcs_step(S0, words[0], j, ascii_matches_);
    lcs_step(S1, words[1], j, ascii_matches_);
    lcs_step(S2, words[2], j, ascii_matches_);
    lcs_step(S3, words[3], j, ascii_matches_);
  }
  const uint64_t rows = editops::detail::low_bits(query_.size);
  const uint64_t S[4] = {S0, S1, S2, S3};
  for (size_t k = 0; k < 4; ++k) {
    const auto lcs = static_cast<int64_t>(editops::detail::popcount64(~S[k] & rows));
    out[k] = static_cast<int64_t>(query_.size + words[k].size) - 2 * lcs;
  }
}

int64_t WordScorer::distance(Sequence choice, int64_t k, int64_t exact) const {
  const auto lensum = static_cast<int64_t>(query_.size + choice.size);
  if (k < 0) return lensum + 1;
  if (exact >= 0) return exact <= k ? exact : k + 1;
  const auto gap = static_cast<int64_t>(query_.size > choice.size ? query_.size - choice.size : choice.size - query_.size);
  if (gap > k) return k + 1;
  return cached_.distance(choice, k);
}

// WRatio of two plain words at a length ratio of 1.5 or more: wratio.cpp's
// max(ratio, partial_ratio * scale) (the token scores add nothing for single words), in its
// order, with its cutoffs. One exact Indel distance d gives ratio and, through the LCS
// L = (n + m - d) / 2, a bound on partial_ratio: a window of w <= s symbols (s the shorter side)
// scores 200 LCS_w / (s + w) with LCS_w <= min(w, L), at most 200 L / (s + L). When that bound
// is below the cutoff partial_ratio would be scored against, partial_ratio is 0 there and is not
// computed: once extract's top scores are high, that skips the window search for most long words.
double WordScorer::long_wratio(Sequence choice, double len_ratio, double score_cutoff, int64_t exact) const {
  const size_t lensum = query_.size + choice.size;
  const int64_t d = exact >= 0 ? exact : cached_.distance(choice, static_cast<int64_t>(lensum));
  const int64_t k = max_distance_for(lensum, score_cutoff / 100.0 - kCutoffSlack);
  double end_ratio = 0.0;
  if (k >= 0 && d <= k) {
    const double r = norm_similarity(d, lensum) * 100.0;
    end_ratio = r >= score_cutoff ? r : 0.0;
  }
  const double partial_scale = len_ratio < 8.0 ? 0.9 : 0.6;
  const double cutoff = unscaled_cutoff(std::max(score_cutoff, end_ratio), partial_scale);
  const auto shorter = static_cast<double>(std::min(query_.size, choice.size));
  const double lcs = static_cast<double>(static_cast<int64_t>(lensum) - d) / 2.0;
  const double bound = lcs == 0.0 ? 0.0 : 200.0 * lcs / (shorter + lcs);
  // The slack covers the rounding of the window scores, which the bound computes differently.
  if (bound + 1e-6 >= cutoff) end_ratio = std::max(end_ratio, partial_ratio(query_, choice, cutoff) * partial_scale);
  return end_ratio >= score_cutoff ? end_ratio : 0.0;
}

double WordScorer::score(Scorer scorer, Sequence choice, double score_cutoff, int64_t exact) const {
  const size_t lensum = query_.size + choice.size;
  // ratio (ratio.cpp): (1 - d / L) * 100, tested against the cutoff after scaling.
  const auto ratio_score = [&](double cutoff) {
    const int64_t k = max_distance_for(lensum, cutoff / 100.0 - kCutoffSlack);
    const int64_t d = distance(choice, k, exact);
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
    const int64_t d = distance(choice, k, exact);
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
      const double len_ratio = len1 > len2 ? len1 / len2 : len2 / len1;
      // Two plain words below a length ratio of 1.5: WRatio is ratio (wratio.cpp).
      if (len_ratio < 1.5) {
        const double r = ratio_score(score_cutoff);
        return r >= score_cutoff ? r : 0.0;
      }
      return long_wratio(choice, len_ratio, score_cutoff, exact);
    }
    default:
      return kGeneralPath;
  }
}

}  // namespace editops::fuzzy::detail
