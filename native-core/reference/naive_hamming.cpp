// Oracle: padded Hamming distance, index by index, no trimming.
#include <algorithm>

#include "naive.hpp"

namespace editops::naive {

int64_t hamming_distance(Sequence a, Sequence b) {
  int64_t d = 0;
  for (size_t i = 0; i < std::max(a.size, b.size); ++i) {
    d += i >= a.size || i >= b.size || a.data[i] != b.data[i];
  }
  return d;
}

// [Replace, i, i] per mismatch below min(n, m); then the longer tail as deletes or inserts.
std::vector<int32_t> hamming_editops(Sequence a, Sequence b) {
  std::vector<int32_t> ops;
  const auto add = [&ops](OpType type, size_t src, size_t dest) {
    ops.insert(ops.end(), {static_cast<int32_t>(type), static_cast<int32_t>(src),
                           static_cast<int32_t>(dest)});
  };
  for (size_t i = 0; i < std::max(a.size, b.size); ++i) {
    if (i >= b.size) {
      add(OpType::Delete, i, b.size);
    } else if (i >= a.size) {
      add(OpType::Insert, a.size, i);
    } else if (a.data[i] != b.data[i]) {
      add(OpType::Replace, i, i);
    }
  }
  return ops;
}

}  // namespace editops::naive
