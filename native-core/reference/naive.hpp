// Naive O(n*m) reference implementations with a full int matrix. Slow and memory-hungry on
// purpose: they are the oracle for tests and fuzzers and share no code with src/.
#pragma once

#include <cstdint>
#include <vector>

#include "editops/editops.hpp"

namespace editops::naive {

// Wagner-Fischer DP over the whole, untrimmed inputs.
int64_t levenshtein_distance(Sequence a, Sequence b);

// The canonical script, read off the full matrix D of the core left after trimming the common
// suffix and then the common prefix: at (i, j), match if a[i-1] == b[j-1]; else replace if
// D[i-1][j-1] == D[i][j] - 1; else delete if D[i-1][j] == D[i][j] - 1; else insert. Packed
// [OpType, srcPos, destPos] triples in forward order, positions in the untrimmed inputs.
std::vector<int32_t> levenshtein_editops(Sequence a, Sequence b);

// The same for the other metrics (naive_<metric>.cpp). Distances are computed on the untrimmed
// inputs, scripts on the core left after trimming (except Hamming, which never trims), with the
// backtrace rules written next to each oracle.
int64_t weighted_levenshtein_distance(Sequence a, Sequence b, const Weights& w);
std::vector<int32_t> weighted_levenshtein_editops(Sequence a, Sequence b, const Weights& w);
int64_t osa_distance(Sequence a, Sequence b);
std::vector<int32_t> osa_editops(Sequence a, Sequence b);
int64_t damerau_distance(Sequence a, Sequence b);
std::vector<int32_t> damerau_editops(Sequence a, Sequence b);
int64_t indel_distance(Sequence a, Sequence b);
std::vector<int32_t> indel_editops(Sequence a, Sequence b);
int64_t hamming_distance(Sequence a, Sequence b);
std::vector<int32_t> hamming_editops(Sequence a, Sequence b);

// Dispatch on options.metric (and weights, for Levenshtein); options.max_distance is ignored.
int64_t distance(Sequence a, Sequence b, const Options& options);
std::vector<int32_t> editops(Sequence a, Sequence b, const Options& options);

}  // namespace editops::naive
