// Levenshtein (unit-cost insert, delete, replace) distance and canonical edit script.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "edit_script.hpp"
#include "editops/editops.hpp"

namespace editops::detail {

// Distance between a and b. A negative max_distance means "no cutoff"; otherwise a distance above
// it is reported as max_distance + 1.
int64_t levenshtein_distance(Sequence a, Sequence b, int64_t max_distance);

// One plain blocked bit-parallel pass over the whole untrimmed matrix (no trimming, band or
// cutoff): the yardstick the benchmarks compare the fast paths with.
int64_t levenshtein_distance_full(Sequence a, Sequence b);

// The canonical edit script (see levenshtein_editops.cpp for the rule), as packed int32 triples
// [OpType, srcPos, destPos] in forward order, positions in the untrimmed inputs. `ops` is cleared
// first and stays empty unless Status::Ok is returned. `path` picks the algorithm (all give the
// same script; see band_editops.hpp).
Status levenshtein_editops(Sequence a, Sequence b, int64_t max_distance, Path path,
                          std::vector<int32_t>& ops, const EditopsBudget& budget = EditopsBudget{});

// Upper bound on the bytes levenshtein_editops needs for a trimmed core of n x m symbols with the
// given cutoff, including its output, whatever the path (the linear-memory split bounds them all;
// the other paths only run within the budget). Saturates at UINT64_MAX instead of overflowing.
uint64_t levenshtein_editops_bytes(uint64_t n, uint64_t m, int64_t max_distance = kNoMaxDistance);

}  // namespace editops::detail
