// The set of symbols of one sequence, for partial_ratio's window filter: a bitmap for Latin-1 and
// a sorted array for the rest.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "editops/editops.hpp"

namespace editops::fuzzy::detail {

class SymbolSet {
 public:
  explicit SymbolSet(Sequence s) {
    for (size_t i = 0; i < s.size; ++i) {
      const Symbol c = s.data[i];
      if (c < 256) {
        latin1_[c / 64] |= uint64_t{1} << (c % 64);
      } else {
        wide_.push_back(c);
      }
    }
    std::sort(wide_.begin(), wide_.end());
    wide_.erase(std::unique(wide_.begin(), wide_.end()), wide_.end());
  }

  bool contains(Symbol c) const {
    if (c < 256) return (latin1_[c / 64] >> (c % 64)) & 1;
    return std::binary_search(wide_.begin(), wide_.end(), c);
  }

 private:
  uint64_t latin1_[4] = {0, 0, 0, 0};
  std::vector<Symbol> wide_;
};

}  // namespace editops::fuzzy::detail
