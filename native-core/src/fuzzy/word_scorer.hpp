// The batch calls' shortcut for the commonest case: a query that is one word (no whitespace)
// against choices that are one word too. Then every Indel-based score of the pair is a function
// of one Indel distance (token_sort = ratio; token_set = 100 - 100 d / L, or 100 for equal words;
// WRatio = ratio below a length ratio of 1.5), and that distance comes from a scorer that keeps
// the query's match vectors (CachedScorer) instead of rebuilding them per choice.
#pragma once

#include <cstdint>

#include "editops/editops.hpp"
#include "editops/fuzzy.hpp"

namespace editops::fuzzy::detail {

// What the word path returns for a pair it does not score (the caller takes the general path).
// A plain double, not std::optional: a CPU profile of extract put a third of the word path's
// samples just after the optional's return, where its flag byte is stored, then read back as
// part of a wider load (a store-forwarding stall, as far as the profile tells).
constexpr double kGeneralPath = -1.0;

// The largest Indel distance at which a one-word choice can still reach a score cutoff, by the
// choice's length, for the scorers whose word form is one Indel distance d against a distance
// cutoff k (ratio, QRatio, token_sort, token_set, token_ratio: WordScorer::score). d is at least
// the length gap |n - m|, so a choice whose gap is over k scores 0 without its symbols being read,
// and one whose exact d is over k scores 0 without the score's arithmetic. k is worked out with
// the scorers' own formulas and doubles, once per length and cutoff (the cutoff extract passes
// changes only when its worst match held does), so the answers stay exact. WRatio has no such
// bound (partial_ratio of a short word inside a long one can be high).
class DistanceBound {
 public:
  // What max_distance() answers when it knows no bound.
  static constexpr int64_t kAny = INT64_MAX;

  DistanceBound(Scorer scorer, size_t query_size);

  // Makes max_distance() answer for this cutoff (nothing to do when it is the current one).
  void set_cutoff(double score_cutoff) {
    if (score_cutoff == cutoff_) return;
    cutoff_ = score_cutoff;
    // A cutoff of 0 or less: every distance qualifies (each scorer's k is then n + m).
    active_ = applies_ && score_cutoff > 0.0;
    ++version_;
  }

  // The largest distance of a one-word choice of `size` symbols that can score at or above the
  // cutoff (-1: none can), or kAny.
  int64_t max_distance(size_t size) {
    if (!active_ || size >= kLengths) return kAny;
    if (stamp_[size] != version_) {
      k_[size] = compute(size);
      stamp_[size] = version_;
    }
    return k_[size];
  }

 private:
  static constexpr size_t kLengths = 256;
  int32_t compute(size_t size) const;

  Scorer scorer_;
  size_t query_size_;
  bool applies_;
  bool active_ = false;
  double cutoff_ = -1.0;
  uint32_t version_ = 1;
  uint32_t stamp_[kLengths] = {};
  int32_t k_[kLengths] = {};
};

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
  // `bound` (may be null) must be set to score_cutoff: a word over its distance scores 0, and a
  // plain word whose length gap is over it is not read past the check that it is a plain word.
  double score_if_word(Scorer scorer, Sequence choice, double score_cutoff, DistanceBound* bound = nullptr) const;

  // Whether indel_distances4 can be used: an ASCII query of at most 64 symbols.
  bool interleaves() const { return ascii_; }

  // The exact Indel distances of four printable ASCII words (is_printable_ascii_word) against the
  // query, their LCS passes interleaved: each pass is a chain of dependent steps, so four of them
  // side by side run in about the time of one.
  void indel_distances4(const Sequence* words, int64_t* out) const;

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

// Whether every symbol is printable ASCII other than the space (0x21..0x7E), and there is one:
// then it is one plain word, and every symbol indexes a 128-entry table. No early exit, so the
// compiler can vectorize it: most words of a word list pass, and the test is cheaper than a
// per-symbol whitespace check.
inline bool is_printable_ascii_word(Sequence s) {
  uint32_t outside = 0;
  for (size_t i = 0; i < s.size; ++i) outside |= static_cast<uint32_t>(s.data[i] - 0x21u > 0x7Eu - 0x21u);
  return s.size != 0 && outside == 0;
}

}  // namespace editops::fuzzy::detail
