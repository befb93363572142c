// Plumbing shared by the naive oracles (and only by them): a full DP matrix, the trimmed core, and
// a script collected backwards. Deliberately simple; nothing here is shared with src/.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "editops/editops.hpp"

namespace editops::naive {

// (rows) x (cols) int64 matrix, zero-filled.
class Matrix {
 public:
  Matrix(size_t rows, size_t cols) : cols_(cols), cells_(rows * cols, 0) {}
  int64_t& at(size_t i, size_t j) { return cells_[i * cols_ + j]; }
  int64_t at(size_t i, size_t j) const { return cells_[i * cols_ + j]; }

 private:
  size_t cols_;
  std::vector<int64_t> cells_;
};

// What is left of a and b after removing the common suffix, then the common prefix.
struct Core {
  std::vector<Symbol> a;
  std::vector<Symbol> b;
  size_t prefix;
};

inline Core trimmed_core(Sequence a, Sequence b) {
  std::vector<Symbol> x(a.data, a.data + a.size);
  std::vector<Symbol> y(b.data, b.data + b.size);
  while (!x.empty() && !y.empty() && x.back() == y.back()) {
    x.pop_back();
    y.pop_back();
  }
  size_t prefix = 0;
  while (prefix < x.size() && prefix < y.size() && x[prefix] == y[prefix]) ++prefix;
  x.erase(x.begin(), x.begin() + static_cast<std::ptrdiff_t>(prefix));
  y.erase(y.begin(), y.begin() + static_cast<std::ptrdiff_t>(prefix));
  return {x, y, prefix};
}

// Ops added last-first; forward() returns them first-first with `offset` added to positions.
class Reversed {
 public:
  explicit Reversed(size_t offset) : offset_(offset) {}
  void add(OpType type, size_t src, size_t dest) { ops_.push_back({type, src, dest}); }
  std::vector<int32_t> forward() const {
    std::vector<int32_t> out;
    for (auto it = ops_.rbegin(); it != ops_.rend(); ++it) {
      out.push_back(static_cast<int32_t>(it->type));
      out.push_back(static_cast<int32_t>(it->src + offset_));
      out.push_back(static_cast<int32_t>(it->dest + offset_));
    }
    return out;
  }

 private:
  struct Op {
    OpType type;
    size_t src;
    size_t dest;
  };
  size_t offset_;
  std::vector<Op> ops_;
};

}  // namespace editops::naive
