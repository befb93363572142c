// Indel distance (insertions and deletions only: n + m - 2 * LCS) and its canonical edit script.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "edit_script.hpp"
#include "editops/editops.hpp"

namespace editops::detail {

// Distance between a and b. A negative max_distance means "no cutoff"; otherwise a distance above
// it is reported as max_distance + 1.
int64_t indel_distance(Sequence a, Sequence b, int64_t max_distance);

// The canonical edit script (the rule is in indel.cpp) as packed int32 triples [OpType, srcPos,
// destPos] in forward order, positions in the untrimmed inputs. `ops` is cleared first and stays
// empty unless Status::Ok is returned.
// `path` picks the algorithm (all give the same script; see band_editops.hpp).
Status indel_editops(Sequence a, Sequence b, int64_t max_distance, Path path, std::vector<int32_t>& ops,
                     const EditopsBudget& budget = EditopsBudget{});

// Upper bound on the bytes indel_editops needs for a trimmed core of n x m symbols with the given
// cutoff, including its output, whatever the path. Saturates at UINT64_MAX.
uint64_t indel_editops_bytes(uint64_t n, uint64_t m, int64_t max_distance = kNoMaxDistance);

}  // namespace editops::detail
