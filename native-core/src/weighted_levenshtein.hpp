// Levenshtein distance and canonical edit script with per-operation integer weights.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "editops/editops.hpp"

namespace editops::detail {

// Weighted distance between a and b: the cheapest script, counting `insert` per insertion,
// `remove` per deletion and `replace` per replacement. Over a cutoff (max_distance >= 0) returns
// max_distance + 1. Returns -1 for a negative weight and kDistanceTooLarge when the costs could
// overflow int64.
int64_t weighted_levenshtein_distance(Sequence a, Sequence b, const Weights& w,
                                      int64_t max_distance);

// The canonical weighted script (the rule is in weighted_levenshtein.cpp) as packed int32 triples
// [OpType, srcPos, destPos] in forward order, positions in the untrimmed inputs. `ops` is cleared
// first and stays empty unless Status::Ok is returned.
Status weighted_levenshtein_editops(Sequence a, Sequence b, const Weights& w, int64_t max_distance,
                                    std::vector<int32_t>& ops);

// Upper bound on the bytes weighted_levenshtein_editops needs for a trimmed core of n x m symbols
// (non-uniform weights), including its output. Saturates at UINT64_MAX.
uint64_t weighted_levenshtein_editops_bytes(uint64_t n, uint64_t m);

}  // namespace editops::detail
