// The token scores (RapidFuzz 3.x), on words split and sorted once per sequence (Tokens):
//   token_sort_ratio          ratio of the sorted words, joined
//   token_set_ratio           on the distinct words: common words S and the differences A, B
//   token_ratio               max(token_set_ratio, token_sort_ratio)
//   partial_token_sort_ratio  partial_ratio of the sorted words, joined
//   partial_token_set_ratio   100 when a word is common, else partial_ratio of the differences
//   partial_token_ratio       max of the two partial ones, each computed once
// The exact rules (empty sides, the lengths token_set_ratio compares) are in docs/semantics.md.
#include <algorithm>
#include <cmath>

#include "../indel.hpp"
#include "editops/fuzzy.hpp"
#include "score_util.hpp"
#include "word_sets.hpp"

namespace editops::fuzzy {

using detail::join;
using detail::joined_length;
using detail::norm_distance_score;
using detail::split_sets;
using detail::view;

double token_sort_ratio(const Tokens& a, const Tokens& b, double score_cutoff) {
  return ratio(a.sorted_joined(), b.sorted_joined(), score_cutoff);
}

namespace {

bool same(Sequence x, Sequence y) { return x.size == y.size && std::equal(x.data, x.data + x.size, y.data); }

// Both sides are one distinct word each (the common case in a batch of single words).
bool one_word_each(const Tokens& a, const Tokens& b) {
  return a.unique_words().size() == 1 && b.unique_words().size() == 1;
}

// token_set_ratio once S (sect_len symbols joined), A and B (joined) are known.
double set_ratio(Sequence diff_ab, Sequence diff_ba, size_t sect_len, double score_cutoff) {
  const size_t sep = sect_len != 0 ? 1 : 0;
  // The lengths of "S A" and "S B" (S joined, a space, the difference joined).
  const size_t sect_ab_len = sect_len + sep + diff_ab.size;
  const size_t sect_ba_len = sect_len + sep + diff_ba.size;

  // ratio("S A", "S B") is the Indel distance of A and B over the two full lengths.
  double result = 0.0;
  const double cutoff_distance =
      std::ceil(static_cast<double>(sect_ab_len + sect_ba_len) * (1.0 - score_cutoff / 100.0));
  if (cutoff_distance >= 0.0) {
    const auto k = static_cast<int64_t>(cutoff_distance);
    const size_t gap = diff_ab.size > diff_ba.size ? diff_ab.size - diff_ba.size : diff_ba.size - diff_ab.size;
    const int64_t dist = static_cast<int64_t>(gap) > k ? k + 1 : editops::detail::indel_distance(diff_ab, diff_ba, k);
    if (dist <= k) result = norm_distance_score(dist, sect_ab_len + sect_ba_len, score_cutoff);
  }
  if (sect_len == 0) return result;

  // ratio("S", "S A") and ratio("S", "S B"): the distance is the extra part, its space included.
  const double sect_ab =
      norm_distance_score(static_cast<int64_t>(sep + diff_ab.size), sect_len + sect_ab_len, score_cutoff);
  const double sect_ba =
      norm_distance_score(static_cast<int64_t>(sep + diff_ba.size), sect_len + sect_ba_len, score_cutoff);
  return std::max({result, sect_ab, sect_ba});
}

}  // namespace

double token_set_ratio(const Tokens& a, const Tokens& b, double score_cutoff) {
  // The early answers of 100 below must respect the cutoff too.
  if (score_cutoff > 100.0) return 0.0;
  // No words on a side: 0, as FuzzyWuzzy does (RapidFuzz issue 110).
  if (a.unique_words().empty() || b.unique_words().empty()) return 0.0;
  if (one_word_each(a, b)) {
    const Sequence wa = a.unique_words()[0];
    const Sequence wb = b.unique_words()[0];
    return same(wa, wb) ? 100.0 : set_ratio(wa, wb, 0, score_cutoff);
  }
  const detail::WordSets sets = split_sets(a.unique_words(), b.unique_words());
  // One side's words are all common: one sentence is part of the other.
  if (!sets.common.empty() && (sets.only_a.empty() || sets.only_b.empty())) return 100.0;
  const std::vector<Symbol> diff_ab = join(sets.only_a);
  const std::vector<Symbol> diff_ba = join(sets.only_b);
  return set_ratio(view(diff_ab), view(diff_ba), joined_length(sets.common), score_cutoff);
}

double token_ratio(const Tokens& a, const Tokens& b, double score_cutoff) {
  return std::max(token_set_ratio(a, b, score_cutoff), token_sort_ratio(a, b, score_cutoff));
}

double partial_token_sort_ratio(const Tokens& a, const Tokens& b, double score_cutoff) {
  return partial_ratio(a.sorted_joined(), b.sorted_joined(), score_cutoff);
}

double partial_token_set_ratio(const Tokens& a, const Tokens& b, double score_cutoff) {
  if (score_cutoff > 100.0) return 0.0;
  if (a.unique_words().empty() || b.unique_words().empty()) return 0.0;
  if (one_word_each(a, b)) {
    const Sequence wa = a.unique_words()[0];
    const Sequence wb = b.unique_words()[0];
    return same(wa, wb) ? 100.0 : partial_ratio(wa, wb, score_cutoff);
  }
  const detail::WordSets sets = split_sets(a.unique_words(), b.unique_words());
  if (!sets.common.empty()) return 100.0;
  // No common word: the differences are the distinct words.
  return partial_ratio(view(join(sets.only_a)), view(join(sets.only_b)), score_cutoff);
}

double partial_token_ratio(const Tokens& a, const Tokens& b, double score_cutoff) {
  if (score_cutoff > 100.0) return 0.0;
  if (one_word_each(a, b) && a.sorted_words().size() == 1 && b.sorted_words().size() == 1) {
    // No repeated word: the differences joined are the sorted words joined, scored once.
    const Sequence wa = a.unique_words()[0];
    const Sequence wb = b.unique_words()[0];
    return same(wa, wb) ? 100.0 : partial_ratio(wa, wb, score_cutoff);
  }
  const detail::WordSets sets = split_sets(a.unique_words(), b.unique_words());
  if (!sets.common.empty()) return 100.0;
  const double result = partial_ratio(a.sorted_joined(), b.sorted_joined(), score_cutoff);
  // Without repeated words the differences joined are the sorted words joined: scored already.
  if (a.sorted_words().size() == sets.only_a.size() && b.sorted_words().size() == sets.only_b.size()) {
    return result;
  }
  const double second = partial_ratio(view(join(sets.only_a)), view(join(sets.only_b)), std::max(score_cutoff, result));
  return std::max(result, second);
}

}  // namespace editops::fuzzy
