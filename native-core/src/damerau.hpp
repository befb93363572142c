// Unrestricted Damerau-Levenshtein distance (insert, delete, replace and transposition of adjacent
// symbols, where a substring may be edited more than once) and its canonical edit script.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "editops/editops.hpp"

namespace editops::detail {

// Distance between a and b in O(n * m) time and O(min(n, m)) memory. A negative max_distance means
// "no cutoff"; otherwise a distance above it is reported as max_distance + 1.
int64_t damerau_distance(Sequence a, Sequence b, int64_t max_distance);

// The canonical edit script (the rule, and how a transposition block is spelled, are in
// damerau.cpp and editops.hpp) as packed int32 triples [OpType, srcPos, destPos] in forward order,
// positions in the untrimmed inputs. `ops` is cleared first and stays empty unless Status::Ok.
Status damerau_editops(Sequence a, Sequence b, int64_t max_distance, std::vector<int32_t>& ops);

// Upper bound on the bytes damerau_editops needs for a trimmed core of n x m symbols, including
// its output. Saturates at UINT64_MAX.
uint64_t damerau_editops_bytes(uint64_t n, uint64_t m);

}  // namespace editops::detail
