// Jaro and Jaro-Winkler similarity (Jaro 1989; Winkler 1990), as RapidFuzz 3.x defines them.
//
// With n = |P|, m = |T| and the match window bound = max(n, m) / 2 - 1, each P[i] in order takes
// the first T[j] not yet taken with T[j] == P[i] and |i - j| <= bound. With c such matches and t
// the number of matched pairs that differ when the matched symbols of both sides are read in
// order, sim = (c / n + c / m + (c - t / 2) / c) / 3.
//
// Matching is bit-parallel (as RapidFuzz does): PM[x] holds the positions of symbol x in T, so the
// free candidates of P[i] are PM[P[i]] & ~taken & window(i), and the first of them is their lowest
// set bit. One word per 64 positions of T; a window spans at most two words per 64 of its width.
#include <algorithm>
#include <vector>

#include "../pattern_match.hpp"
#include "editops/fuzzy.hpp"
#include "score_util.hpp"

namespace editops::fuzzy {
namespace {

using detail::lowest_bit;

double jaro_formula(size_t n, size_t m, size_t common, size_t transpositions) {
  // RapidFuzz's order of additions, so that results agree to the last bit.
  double sim = 0.0;
  sim += static_cast<double>(common) / static_cast<double>(n);
  sim += static_cast<double>(common) / static_cast<double>(m);
  sim += static_cast<double>(common - transpositions / 2) / static_cast<double>(common);
  return sim / 3.0;
}

uint64_t bits_from(size_t lo) { return ~uint64_t{0} << lo; }
uint64_t bits_to(size_t hi) { return hi == 63 ? ~uint64_t{0} : (uint64_t{1} << (hi + 1)) - 1; }

// Flags the matches; returns c. word(w, x) is word w of PM[x].
template <class Word>
size_t flag_matches(Sequence P, size_t m, size_t bound, Word&& word, uint64_t* p_flags, uint64_t* t_flags) {
  size_t common = 0;
  // Rows past m + bound have an empty window.
  const size_t rows = std::min(P.size, m + bound);
  for (size_t i = 0; i < rows; ++i) {
    const size_t lo = i > bound ? i - bound : 0;
    const size_t hi = std::min(i + bound, m - 1);
    for (size_t w = lo / 64; w <= hi / 64; ++w) {
      uint64_t free = word(w, P.data[i]) & ~t_flags[w];
      if (w == lo / 64) free &= bits_from(lo % 64);
      if (w == hi / 64) free &= bits_to(hi % 64);
      if (free != 0) {
        t_flags[w] |= free & (~free + 1);
        p_flags[i / 64] |= uint64_t{1} << (i % 64);
        ++common;
        break;
      }
    }
  }
  return common;
}

// Matched pairs that differ, reading both sides' flagged positions in order.
size_t count_transpositions(Sequence P, Sequence T, const uint64_t* p_flags, size_t p_words,
                            const uint64_t* t_flags) {
  size_t transpositions = 0;
  size_t tw = 0;
  uint64_t t_bits = t_flags[0];
  for (size_t pw = 0; pw < p_words; ++pw) {
    uint64_t p_bits = p_flags[pw];
    while (p_bits != 0) {
      const size_t i = pw * 64 + lowest_bit(p_bits);
      p_bits &= p_bits - 1;
      while (t_bits == 0) t_bits = t_flags[++tw];
      const size_t j = tw * 64 + lowest_bit(t_bits);
      t_bits &= t_bits - 1;
      if (P.data[i] != T.data[j]) ++transpositions;
    }
  }
  return transpositions;
}

}  // namespace

namespace detail {

// The Jaro similarity, or 0 once the length or match-count bounds show it is below prune_cutoff.
// No final cutoff test: the callers make it (Jaro-Winkler tests its own score).
double jaro_pruned(Sequence P, Sequence T, double prune_cutoff) {
  const size_t n = P.size;
  const size_t m = T.size;
  if (n == 0 || m == 0) return 0.0;
  if (jaro_formula(n, m, std::min(n, m), 0) < prune_cutoff) return 0.0;
  if (n == 1 && m == 1) return P.data[0] == T.data[0] ? 1.0 : 0.0;
  const size_t bound = std::max(n, m) / 2 - 1;

  size_t common = 0;
  size_t transpositions = 0;
  if (n <= 64 && m <= 64) {
    uint64_t p_flags = 0;
    uint64_t t_flags = 0;
    const editops::detail::PatternMatchVector PM(T, P);
    common = flag_matches(P, m, bound, [&](size_t, Symbol c) { return PM.get(c); }, &p_flags, &t_flags);
    if (common == 0 || jaro_formula(n, m, common, 0) < prune_cutoff) return 0.0;
    transpositions = count_transpositions(P, T, &p_flags, 1, &t_flags);
  } else {
    std::vector<uint64_t> p_flags((n + 63) / 64, 0);
    std::vector<uint64_t> t_flags((m + 63) / 64, 0);
    const editops::detail::BlockPatternMatchVector PM(T);
    common = flag_matches(P, m, bound, [&](size_t w, Symbol c) { return PM.get(w, c); }, p_flags.data(),
                          t_flags.data());
    if (common == 0 || jaro_formula(n, m, common, 0) < prune_cutoff) return 0.0;
    transpositions = count_transpositions(P, T, p_flags.data(), p_flags.size(), t_flags.data());
  }
  return jaro_formula(n, m, common, transpositions);
}

}  // namespace detail

double jaro_similarity(Sequence a, Sequence b, double score_cutoff) {
  const double sim = detail::jaro_pruned(a, b, score_cutoff);
  return sim >= score_cutoff ? sim : 0.0;
}

double jaro_winkler_similarity(Sequence a, Sequence b, double prefix_weight, double score_cutoff) {
  const size_t max_prefix = std::min<size_t>(std::min(a.size, b.size), 4);
  size_t prefix = 0;
  while (prefix < max_prefix && a.data[prefix] == b.data[prefix]) ++prefix;

  // The Jaro score that can still reach score_cutoff once the prefix bonus is added (RapidFuzz's
  // bound), lowered by a hair so that rounding never prunes a score that reaches it exactly; the
  // exact test is the one on the final score.
  double jaro_cutoff = score_cutoff;
  if (jaro_cutoff > 0.7) {
    const double prefix_sim = static_cast<double>(prefix) * prefix_weight;
    jaro_cutoff = prefix_sim >= 1.0 ? 0.7 : std::max(0.7, (prefix_sim - jaro_cutoff) / (prefix_sim - 1.0));
    jaro_cutoff -= 1e-12;
  }
  double sim = detail::jaro_pruned(a, b, jaro_cutoff);
  if (sim > 0.7) sim += static_cast<double>(prefix) * prefix_weight * (1.0 - sim);
  return sim >= score_cutoff ? sim : 0.0;
}

}  // namespace editops::fuzzy
