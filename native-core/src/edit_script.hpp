// Small pieces that every metric's distance and editops share: the cutoff test, saturating byte
// counts for the memory budget, and a writer for scripts that are found backwards (every
// backtrace walks from (n, m) to (0, 0)) but returned in forward order.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "editops/editops.hpp"

namespace editops::detail {

// Above every distance the core can compute (inputs have fewer than 2^61 symbols), and far from
// overflowing when a distance is added to it: the threshold of a band that is the whole matrix
// (myers_band.hpp), the value of a cell outside a band (damerau.cpp), "no bound known yet".
constexpr int64_t kUnbounded = INT64_MAX / 4;

// True when a cutoff is set (max_distance >= 0) and value is above it.
inline bool over(int64_t value, int64_t max_distance) {
  return max_distance >= 0 && value > max_distance;
}

// |n - m|: the inserts or deletes every script needs, a lower bound on every metric's distance.
inline int64_t length_difference(size_t n, size_t m) { return static_cast<int64_t>(n > m ? n - m : m - n); }

// The distance as distance() reports it: max_distance + 1 when over the cutoff.
inline int64_t clamp_to_cutoff(int64_t value, int64_t max_distance) {
  return over(value, max_distance) ? max_distance + 1 : value;
}

inline uint64_t add_sat(uint64_t x, uint64_t y) { return x > UINT64_MAX - y ? UINT64_MAX : x + y; }
inline uint64_t mul_sat(uint64_t x, uint64_t y) {
  return y != 0 && x > UINT64_MAX / y ? UINT64_MAX : x * y;
}

// Memory budgets of editops. Every call uses the defaults; tests pass smaller ones to reach the
// fallbacks (store overflow -> split, Full over budget -> split, TooLarge) with small inputs.
struct EditopsBudget {
  uint64_t total = kEditopsMemoryBudget;         // beyond this: Status::TooLarge
  uint64_t banded_store = uint64_t{256} << 20;  // stored band vectors beyond this: the split
};

// Bytes of a packed script of `count` ops.
inline uint64_t script_bytes(uint64_t count) { return mul_sat(3 * sizeof(int32_t), count); }

// Positions travel as int32, so longer inputs cannot have a script.
inline bool positions_fit(Sequence a, Sequence b) {
  return a.size <= static_cast<size_t>(INT32_MAX) && b.size <= static_cast<size_t>(INT32_MAX);
}

// Collects ops last-first into `ops`, adding `offset` (the trimmed common prefix) to both
// positions; finish() turns the triples into forward order.
class BackwardScript {
 public:
  BackwardScript(std::vector<int32_t>& ops, size_t offset) : ops_(ops), offset_(offset) {}

  void push(OpType type, size_t src, size_t dest) {
    ops_.push_back(static_cast<int32_t>(type));
    ops_.push_back(static_cast<int32_t>(src + offset_));
    ops_.push_back(static_cast<int32_t>(dest + offset_));
  }

  // The walk back's last stretch, from (i, j) on row 0 or column 0 of the matrix: the deletes down
  // column 0 (a[0..i) at position 0 of b), then the inserts along row 0 (b[0..j)).
  void push_edge(size_t i, size_t j) {
    for (; i > 0; --i) push(OpType::Delete, i - 1, 0);
    for (; j > 0; --j) push(OpType::Insert, 0, j - 1);
  }

  // Reverses the order of the triples (not of the ints inside them).
  void finish() {
    const size_t count = ops_.size() / 3;
    for (size_t k = 0; k < count / 2; ++k) {
      const auto front = ops_.begin() + static_cast<std::ptrdiff_t>(3 * k);
      const auto back = ops_.begin() + static_cast<std::ptrdiff_t>(3 * (count - 1 - k));
      std::swap_ranges(front, front + 3, back);
    }
  }

 private:
  std::vector<int32_t>& ops_;
  size_t offset_;
};

}  // namespace editops::detail
