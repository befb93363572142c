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

}  // namespace editops::naive
