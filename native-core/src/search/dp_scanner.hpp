// The same scanner as MyersScanner (see there: last row of the semi-global DP, row 0 free or
// anchored, cutoff k) for the metrics search does not run bit-parallel: Indel (a replacement
// costs 2, a delete plus an insert) and OSA (plus the adjacent transposition), and for the empty
// pattern. One int64 cell per row and two columns back (OSA's transposition reads j - 2).
//
// Cells are kept as min(value, k + 1), which the recurrence preserves exactly (every term is a
// cell plus a non-negative cost), and only rows up to one below the last row within k are
// computed (Ukkonen's cutoff): the rows below are above k, stored as k + 1.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "editops/editops.hpp"

namespace editops::search_detail {

class DpScanner {
 public:
  DpScanner(Sequence pattern, Metric metric, int64_t k, bool anchored)
      : pattern_(pattern.data, pattern.data + pattern.size),
        replace_cost_(metric == Metric::Indel ? 2 : 1),
        osa_(metric == Metric::Osa),
        cap_(k + 1),
        anchored_(anchored) {
    for (auto& buffer : buffers_) buffer.assign(pattern.size + 1, cap_);
    reset();
  }

  void reset() {
    const size_t m = pattern_.size();
    for (int b = 0; b < 3; ++b) {
      std::fill(buffers_[b].begin(), buffers_[b].end(), cap_);
      filled_[b] = 0;
    }
    current_ = 0;
    for (size_t i = 0; i <= m; ++i) col()[i] = std::min<int64_t>(static_cast<int64_t>(i), cap_);
    filled_[current_] = m;
    last_within_ = std::min<size_t>(m, static_cast<size_t>(std::max<int64_t>(cap_ - 1, 0)));
    column_ = 0;
    previous_symbol_ = 0;
  }

  int64_t score() const { return buffers_[current_][pattern_.size()]; }

  // No fast path: the caller steps one symbol at a time.
  template <class Unit>
  size_t skip(const Unit*, size_t) { return 0; }

  void step(Symbol c) {
    const size_t m = pattern_.size();
    const std::vector<int64_t>& prev = buffers_[current_];
    const std::vector<int64_t>& prev2 = buffers_[(current_ + 2) % 3];
    const size_t next = (current_ + 1) % 3;
    std::vector<int64_t>& cur = buffers_[next];
    ++column_;
    cur[0] = anchored_ ? std::min<int64_t>(static_cast<int64_t>(column_), cap_) : 0;
    size_t within = cur[0] < cap_ ? 0 : SIZE_MAX;
    size_t i = 1;
    // Below row last_within_ + 1 of the previous column, a cell can only come within k from the
    // cell above it (the transposition reads two columns back, but only from cells that put the
    // previous column's row i - 1 within k as well).
    for (; i <= m && (i <= last_within_ + 1 || cur[i - 1] < cap_); ++i) {
      int64_t best = std::min({prev[i - 1] + (pattern_[i - 1] == c ? 0 : replace_cost_), prev[i] + 1, cur[i - 1] + 1});
      if (osa_ && i >= 2 && column_ >= 2 && pattern_[i - 1] == previous_symbol_ && pattern_[i - 2] == c) {
        best = std::min(best, prev2[i - 2] + 1);
      }
      cur[i] = std::min(best, cap_);
      if (cur[i] < cap_) within = i;
    }
    // The rows left out are above k; clear what this buffer held there from older columns.
    for (size_t r = i; r <= filled_[next]; ++r) cur[r] = cap_;
    filled_[next] = i - 1;
    current_ = next;
    last_within_ = within == SIZE_MAX ? 0 : within;
    previous_symbol_ = c;
  }

 private:
  std::vector<int64_t>& col() { return buffers_[current_]; }

  std::vector<Symbol> pattern_;
  int64_t replace_cost_;
  bool osa_;
  int64_t cap_;
  bool anchored_;
  std::vector<int64_t> buffers_[3];  // three columns, used in turn
  size_t filled_[3] = {0, 0, 0};     // rows beyond filled_[b] of buffer b hold the cap
  size_t current_ = 0;
  size_t last_within_ = 0;  // last row within k of the current column
  size_t column_ = 0;
  Symbol previous_symbol_ = 0;
};

}  // namespace editops::search_detail
