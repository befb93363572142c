// editops fuzzy matching: the RapidFuzz 3.x family of metrics (Jaro, Jaro-Winkler, LCSseq, Prefix,
// Postfix) and of fuzzy scores (ratio, partial_ratio, the token ratios, WRatio, QRatio).
//
// The definitions, with their ties, empty-string rules and cutoffs, are in docs/semantics.md
// ("Fuzzy matching"). Scores are doubles in [0, 100]; the normalized metrics are in [0, 1]. Every
// `score_cutoff` means: a result below it is reported as 0. A cutoff above the maximum (100 for
// scores, 1 for normalized metrics) is allowed and makes every result 0, as in RapidFuzz.
//
// Sequences are symbols, as everywhere in the core. The token scores split on the symbols that
// Python's str.split() treats as whitespace (is_fuzzy_space) and join words with one space (0x20).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "editops/editops.hpp"

namespace editops::fuzzy {

// ---- Metrics -------------------------------------------------------------------------------

// Jaro similarity in [0, 1]; 0 when either side is empty. Symmetric.
double jaro_similarity(Sequence a, Sequence b, double score_cutoff = 0.0);

// Jaro-Winkler: the Jaro similarity, raised by prefix * prefix_weight * (1 - jaro) when it is above
// 0.7, with prefix the common prefix length capped at 4. prefix_weight is in [0, 0.25] (the
// TypeScript layer checks it).
double jaro_winkler_similarity(Sequence a, Sequence b, double prefix_weight = 0.1, double score_cutoff = 0.0);

// Length of a longest common subsequence; 0 when it is below score_cutoff. LCSseq distance is
// max(|a|, |b|) - similarity. Its edit script is the Indel one (editops() with Metric::Indel).
int64_t lcsseq_similarity(Sequence a, Sequence b, int64_t score_cutoff = 0);

// Length of the common prefix / suffix; 0 when it is below score_cutoff. Their distances are
// max(|a|, |b|) - similarity.
int64_t prefix_similarity(Sequence a, Sequence b, int64_t score_cutoff = 0);
int64_t postfix_similarity(Sequence a, Sequence b, int64_t score_cutoff = 0);

// ---- Scores (0..100) ------------------------------------------------------------------------

// Normalized Indel similarity * 100: (1 - indel / (|a| + |b|)) * 100; 100 for two empty sides.
double ratio(Sequence a, Sequence b, double score_cutoff = 0.0);

// Where partial_ratio found its best window: a[src_start, src_end) against b[dest_start, dest_end).
struct ScoreAlignment {
  double score = 0.0;
  size_t src_start = 0;
  size_t src_end = 0;
  size_t dest_start = 0;
  size_t dest_end = 0;
};

// The best ratio of the shorter side against every window of the longer one (the window rule is
// in docs/semantics.md). Returns false (and a score of 0) when the score is below score_cutoff.
bool partial_ratio_alignment(Sequence a, Sequence b, double score_cutoff, ScoreAlignment& out);
double partial_ratio(Sequence a, Sequence b, double score_cutoff = 0.0);

// Whether symbol c is whitespace for the token scores: the code points for which Python's
// str.isspace() is true (Unicode White_Space plus the information separators U+001C..U+001F,
// which Python also counts). Inline: the batch calls test every symbol of every choice.
inline bool is_fuzzy_space(Symbol c) {
  if (c < 0x80) return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20);
  if (c < 0x85) return false;
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

// A view of some words (a pointer and a count).
class Words {
 public:
  Words(const Sequence* data, size_t size) : data_(data), size_(size) {}
  const Sequence* begin() const { return data_; }
  const Sequence* end() const { return data_ + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Sequence& operator[](size_t i) const { return data_[i]; }

 private:
  const Sequence* data_;
  size_t size_;
};

// A sequence split into words once, for every token score: its words sorted (duplicates kept),
// the sorted words joined by single spaces, and the distinct words. The views point into the
// sequence given to the constructor, which must outlive this object. A sequence of one word (or of
// sorted, distinct words between single spaces) is its own sorted_joined(), and then nothing is
// allocated: the batch calls build one of these per choice.
class Tokens {
 public:
  explicit Tokens(Sequence s);
  Tokens(Tokens&&) noexcept = default;
  Tokens& operator=(Tokens&&) noexcept = default;
  Tokens(const Tokens&) = delete;
  Tokens& operator=(const Tokens&) = delete;
  // Splits s instead, reusing the memory of the words held (the batch calls keep one Tokens for
  // all their choices, so a choice of several words allocates only when it is the longest yet).
  void assign(Sequence s);

  Sequence source() const { return source_; }
  Words sorted_words() const { return count_ <= 1 ? Words(&first_, count_) : Words(sorted_.data(), count_); }
  Words unique_words() const { return duplicates_ ? Words(unique_.data(), unique_.size()) : sorted_words(); }
  Sequence sorted_joined() const { return joined_view_; }
  // sorted_joined() is the source itself and no word repeats (so it is also the distinct words
  // joined): the token scores of two such sequences without a common word are their plain scores.
  bool canonical() const { return canonical_; }

 private:
  Sequence source_;
  Sequence first_{nullptr, 0};     // the only word, when there is one
  size_t count_ = 0;
  std::vector<Sequence> sorted_;   // count_ > 1 only
  std::vector<Sequence> unique_;   // duplicates_ only
  std::vector<Symbol> joined_;     // when the source is not its own sorted_joined()
  Sequence joined_view_{nullptr, 0};
  bool duplicates_ = false;
  bool canonical_ = false;
};

double token_sort_ratio(const Tokens& a, const Tokens& b, double score_cutoff = 0.0);
double token_set_ratio(const Tokens& a, const Tokens& b, double score_cutoff = 0.0);
double token_ratio(const Tokens& a, const Tokens& b, double score_cutoff = 0.0);
double partial_token_sort_ratio(const Tokens& a, const Tokens& b, double score_cutoff = 0.0);
double partial_token_set_ratio(const Tokens& a, const Tokens& b, double score_cutoff = 0.0);
double partial_token_ratio(const Tokens& a, const Tokens& b, double score_cutoff = 0.0);
double wratio(const Tokens& a, const Tokens& b, double score_cutoff = 0.0);
// ratio, but 0 when either side is empty.
double qratio(Sequence a, Sequence b, double score_cutoff = 0.0);

// ---- One entry point per score, for the bridge and the batch calls ----------------------------

// Numbering shared with the TypeScript layer; changing it breaks the bridge.
enum class Scorer : int32_t {
  Ratio = 0,
  PartialRatio = 1,
  TokenSortRatio = 2,
  TokenSetRatio = 3,
  TokenRatio = 4,
  PartialTokenSortRatio = 5,
  PartialTokenSetRatio = 6,
  PartialTokenRatio = 7,
  WRatio = 8,
  QRatio = 9,
};
constexpr int32_t kScorerCount = 10;

// Whether the scorer reads words (it then needs Tokens; the others read only the sequence).
bool scorer_uses_tokens(Scorer scorer);

// score(scorer, a, b) on sequences that are already split; ta / tb may be null for scorers that
// do not use tokens.
double score(Scorer scorer, Sequence a, const Tokens* ta, Sequence b, const Tokens* tb, double score_cutoff);

// The same, splitting a and b when the scorer needs it.
double score(Scorer scorer, Sequence a, Sequence b, double score_cutoff = 0.0);

// Batch calls over Choices (editops.hpp). Each choice is split into words once per call, the query
// once. out[i] = score(query, choice i) for i in [begin, end).
void score_many(Scorer scorer, Sequence query, const Choices& choices, size_t begin, size_t end, double score_cutoff,
                double* out, StopFlag stop = nullptr);

// Rows [row_begin, row_end) of the queries x choices score matrix, row-major, as float32 (the
// type RapidFuzz's cdist uses for its fuzz scores).
void score_matrix(Scorer scorer, const Choices& queries, const Choices& choices, size_t row_begin, size_t row_end,
                  double score_cutoff, float* out, StopFlag stop = nullptr);

// The `limit` best choices in [begin, end) by score descending, ties to the lower index. A choice
// qualifies when its score is >= score_cutoff (with a cutoff of 0, every choice does). Once `limit`
// are held, a later choice must beat the worst of them, whose score then serves as the cutoff.
// Writes them sorted and returns how many were written.
size_t extract(Scorer scorer, Sequence query, const Choices& choices, size_t begin, size_t end, double score_cutoff,
               size_t limit, int32_t* out_index, double* out_score, StopFlag stop = nullptr);

}  // namespace editops::fuzzy
