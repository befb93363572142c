// Naive oracles for the fuzzy metrics and scores (src/fuzzy), written straight from RapidFuzz's
// definitions with no shortcut: a full LCS matrix, the O(n*m) textbook Jaro, partial_ratio by
// brute force over every window, the token scores on real joined strings. Share no code with src/.
#pragma once

#include <cstdint>
#include <vector>

#include "editops/editops.hpp"

namespace editops::naive::fuzzy {

using Text = std::vector<Symbol>;

int64_t lcs_length(const Text& a, const Text& b);
double jaro(const Text& a, const Text& b, double score_cutoff = 0.0);
double jaro_winkler(const Text& a, const Text& b, double prefix_weight = 0.1, double score_cutoff = 0.0);
int64_t prefix_length(const Text& a, const Text& b);
int64_t postfix_length(const Text& a, const Text& b);

double ratio(const Text& a, const Text& b, double score_cutoff = 0.0);

struct Alignment {
  double score;
  size_t src_start, src_end, dest_start, dest_end;
  bool found;  // false: below score_cutoff
};
Alignment partial_ratio_alignment(const Text& a, const Text& b, double score_cutoff = 0.0);
double partial_ratio(const Text& a, const Text& b, double score_cutoff = 0.0);

// Python's str.split(): words separated by runs of whitespace (the same code points as
// str.isspace(), listed here again on purpose).
std::vector<Text> split_words(const Text& s);

double token_sort_ratio(const Text& a, const Text& b, double score_cutoff = 0.0);
double token_set_ratio(const Text& a, const Text& b, double score_cutoff = 0.0);
double token_ratio(const Text& a, const Text& b, double score_cutoff = 0.0);
double partial_token_sort_ratio(const Text& a, const Text& b, double score_cutoff = 0.0);
double partial_token_set_ratio(const Text& a, const Text& b, double score_cutoff = 0.0);
double partial_token_ratio(const Text& a, const Text& b, double score_cutoff = 0.0);
double wratio(const Text& a, const Text& b, double score_cutoff = 0.0);
double qratio(const Text& a, const Text& b, double score_cutoff = 0.0);

}  // namespace editops::naive::fuzzy
