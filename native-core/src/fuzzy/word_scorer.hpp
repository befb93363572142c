// The batch calls' shortcut for the commonest case: a query that is one word (no whitespace)
// against choices that are one word too. Then every Indel-based score of the pair is a function
// of one Indel distance (token_sort = ratio; token_set = 100 - 100 d / L, or 100 for equal words;
// WRatio = ratio below a length ratio of 1.5), and that distance comes from a scorer that keeps
// the query's match vectors (CachedScorer) instead of rebuilding them per choice.
#pragma once


#include "editops/editops.hpp"
#include "editops/fuzzy.hpp"

namespace editops::fuzzy::detail {

// What the word path returns for a pair it does not score (the caller takes the general path).
// A plain double, not std::optional: a CPU profile of extract put a third of the word path's
// samples just after the optional's return, where its flag byte is stored, then read back as
// part of a wider load (a store-forwarding stall, as far as the profile tells).
constexpr double kGeneralPath = -1.0;

class WordScorer {
 public:
  // Usable when the scorer has a one-distance form and the query is one plain word.
  static bool applies(Scorer scorer, const Tokens* query_tokens, Sequence query);

  explicit WordScorer(Sequence query);

  // The score of the one-word choice, or kGeneralPath when this pair needs the general path.
  // `exact`: the Indel distance when the caller knows it (else -1: computed here, with a cutoff).
  double score(Scorer scorer, Sequence choice, double score_cutoff, int64_t exact = -1) const;

  // The score of the choice when it is one plain word, else kGeneralPath. With an ASCII query of
  // at most 64 symbols, one pass over the choice both looks for
  // whitespace and runs the bit-parallel LCS (the batch's commonest case: word lists).
  double score_if_word(Scorer scorer, Sequence choice, double score_cutoff) const;

 private:
  // The Indel distance, or > k when it is over k (k < 0: none can qualify, returns 1 + lensum).
  int64_t distance(Sequence choice, int64_t k, int64_t exact) const;
  // WRatio of a one-word choice at a length ratio of 1.5 or more.
  double long_wratio(Sequence choice, double len_ratio, double score_cutoff, int64_t exact) const;

  Sequence query_;
  CachedScorer cached_;
  // The query's match vectors by ASCII symbol, when the query is ASCII and fits one word.
  bool ascii_ = false;
  uint64_t ascii_matches_[128] = {};
};

// Whether the sequence is one word and nothing else (no whitespace at all, not empty).
bool is_single_plain_word(Sequence s);

}  // namespace editops::fuzzy::detail
