// Naive O(n * m) semi-global DP oracle for search.hpp: the full matrix for D(j), then the
// selection rule of docs/semantics.md ("Search") applied literally, over every window of every
// run. Slow on purpose and shares no code with src/search.
#pragma once

#include <cstdint>
#include <vector>

#include "editops/search.hpp"

namespace editops::naive {

// distance(pattern, text[s, j)) for one window, by the full DP (Levenshtein, Indel or OSA).
int64_t window_distance(Sequence pattern, Sequence window, Metric metric);

// D(j) for j = 0..n: the least window distance over windows ending at j (any start in Infix,
// start 0 in Prefix), from one full semi-global matrix.
std::vector<int64_t> end_distances(Sequence pattern, Sequence text, Metric metric, SearchMode mode);

// The matches of the rule, each with naive::editops of the pattern against its window.
std::vector<SearchMatch> search(Sequence pattern, Sequence text, const SearchOptions& options, size_t limit);

// search_best's answer, or Status::OverMaxDistance.
Status search_best(Sequence pattern, Sequence text, const SearchOptions& options, BestMatch& out);

}  // namespace editops::naive
