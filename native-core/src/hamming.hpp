// Padded Hamming distance and its edit script. No trimming: positions are compared index by index.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "editops/editops.hpp"

namespace editops::detail {

// Mismatches over the common length plus |n - m|. A negative max_distance means "no cutoff";
// otherwise a distance above it is reported as max_distance + 1.
int64_t hamming_distance(Sequence a, Sequence b, int64_t max_distance);

// [Replace, i, i] for each mismatch i < min(n, m), in order; then [Delete, i, m] for i = m..n-1 or
// [Insert, n, j] for j = n..m-1. `ops` is cleared first and stays empty unless Status::Ok.
Status hamming_editops(Sequence a, Sequence b, int64_t max_distance, std::vector<int32_t>& ops);

}  // namespace editops::detail
