// Hamming distance (Hamming 1950), padded: the tail of the longer sequence counts as deletions or
// insertions, so every pair has a distance. Unequal lengths are the TypeScript layer's business
// (it rejects them unless the caller asks for padding). O(min(n, m)) time, no memory.
#include "hamming.hpp"

#include <algorithm>

#include "edit_script.hpp"

namespace editops::detail {
namespace {

// Mismatches in [0, min(n, m)) plus |n - m|, stopping once over the cutoff (the count only grows).
int64_t count(Sequence a, Sequence b, int64_t max_distance) {
  const size_t common = std::min(a.size, b.size);
  auto d = static_cast<int64_t>(std::max(a.size, b.size) - common);
  for (size_t i = 0; i < common && !over(d, max_distance); ++i) d += a.data[i] != b.data[i];
  return d;
}

}  // namespace

int64_t hamming_distance(Sequence a, Sequence b, int64_t max_distance) {
  return clamp_to_cutoff(count(a, b, max_distance), max_distance);
}

Status hamming_editops(Sequence a, Sequence b, int64_t max_distance, std::vector<int32_t>& ops) {
  ops.clear();
  if (!positions_fit(a, b)) return Status::TooLarge;
  const int64_t d = count(a, b, max_distance);
  if (over(d, max_distance)) return Status::OverMaxDistance;
  if (script_bytes(static_cast<uint64_t>(d)) > kEditopsMemoryBudget) return Status::TooLarge;

  ops.reserve(3 * static_cast<size_t>(d));
  const auto push = [&ops](OpType type, size_t src, size_t dest) {
    ops.push_back(static_cast<int32_t>(type));
    ops.push_back(static_cast<int32_t>(src));
    ops.push_back(static_cast<int32_t>(dest));
  };
  const size_t common = std::min(a.size, b.size);
  for (size_t i = 0; i < common; ++i) {
    if (a.data[i] != b.data[i]) push(OpType::Replace, i, i);
  }
  for (size_t i = common; i < a.size; ++i) push(OpType::Delete, i, b.size);
  for (size_t j = common; j < b.size; ++j) push(OpType::Insert, a.size, j);
  return Status::Ok;
}

}  // namespace editops::detail
