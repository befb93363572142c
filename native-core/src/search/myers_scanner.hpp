// The last row of the semi-global DP of a pattern against a text, one text symbol at a time:
// Myers 1999 bit-parallel columns, in blocks of 64 rows, with Ukkonen's cutoff on the blocks.
//
// Column j holds D[i][j] for the pattern's rows i = 0..m. Row 0 is 0 in every column when the
// match may start anywhere (Infix, edlib's HW) and j when it is anchored at the text's start
// (Prefix, edlib's SHW; also the backward scan that finds a match's start). A column is kept as
// vertical deltas (VP/VN bits per row) plus the value at each block's last row.
//
// Cutoff k: only the blocks that can hold a value <= k are computed (the "active" ones, a prefix
// of the blocks). A block whose last row is >= k + its height has every cell above k, and a block
// below the active ones is only brought in when its first row could reach k. Cells above k may
// come out too large, never too small; cells <= k are exact (Ukkonen 1985; edlib does the same).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "../myers_single.hpp"  // popcount64
#include "../pattern_match.hpp"
#include "editops/editops.hpp"

namespace editops::search_detail {

class MyersScanner {
 public:
  // pattern: 1 or more symbols. k >= 0 (a huge k computes every block).
  MyersScanner(Sequence pattern, int64_t k, bool anchored)
      : m_(pattern.size),
        words_((pattern.size + 63) / 64),
        k_(k),
        anchored_(anchored),
        pm_(pattern),
        vp_(words_),
        vn_(words_),
        last_(words_),
        scratch_(words_) {
    const size_t last_rows = m_ - 64 * (words_ - 1);
    last_bit_ = uint64_t{1} << (last_rows - 1);
    reset();
  }

  // Back to column 0: D[i][0] = i.
  void reset() {
    for (size_t w = 0; w < words_; ++w) {
      vp_[w] = ~uint64_t{0};
      vn_[w] = 0;
      last_[w] = static_cast<int64_t>(w + 1 == words_ ? m_ : 64 * (w + 1));
    }
    const int64_t needed = k_ / 64 + 1;  // rows 1..k can be <= k
    active_ = needed >= static_cast<int64_t>(words_) ? words_ : static_cast<size_t>(needed);
  }

  // D[m][j] of the current column when it is <= k; otherwise some value above k.
  int64_t score() const { return active_ == words_ ? last_[words_ - 1] : k_ + 1; }

  void step(Symbol c) {
    const size_t lookup_end = active_ < words_ ? active_ + 1 : words_;
    const uint64_t* eq = pm_.column(c, 0, lookup_end, scratch_.data());
    int carry = anchored_ ? 1 : 0;  // horizontal delta entering row 1 from row 0
    for (size_t w = 0; w < active_; ++w) {
      carry = advance(w, eq[w], carry);
      last_[w] += carry;
    }
    extend_and_shrink(eq, carry);
  }

  // Steps through data[0, n) while the scan is in its common state, only the first block active
  // (so score() is above k), keeping that block in registers. Returns the symbols consumed: all
  // of them, or up to and including one whose column brought in another block.
  template <class Unit>
  size_t skip(const Unit* data, size_t n) {
    if (active_ != 1 || words_ == 1) return 0;
    uint64_t vp = vp_[0];
    uint64_t vn = vn_[0];
    int64_t last = last_[0];
    const bool anchored = anchored_;
    size_t i = 0;
    while (i < n) {
      const uint64_t* eq = pm_.column(data[i++], 0, 2, scratch_.data());
      const uint64_t e = eq[0];
      const uint64_t xv = e | vn;
      const uint64_t xh = (((e & vp) + vp) ^ vp) | e;
      uint64_t hp = vn | ~(xh | vp);
      uint64_t hn = vp & xh;
      const int carry = static_cast<int>(hp >> 63) - static_cast<int>(hn >> 63);
      hp = (hp << 1) | static_cast<uint64_t>(anchored);
      hn <<= 1;
      vp = hn | ~(xv | hp);
      vn = hp & xv;
      last += carry;
      if (last - carry + ((eq[1] & 1) != 0 ? 0 : 1) <= k_ || last + 1 <= k_) {
        vp_[0] = vp;
        vn_[0] = vn;
        last_[0] = last;
        extend_and_shrink(eq, carry);
        return i;
      }
    }
    vp_[0] = vp;
    vn_[0] = vn;
    last_[0] = last;
    return i;
  }

 private:
  // The cutoff's part of a column step, after the active blocks: brings in the next block when
  // its first row could come within k, then drops trailing blocks that are all above k. `carry`
  // is the horizontal delta that left the last active block.
  void extend_and_shrink(const uint64_t* eq, int carry) {
    if (active_ < words_) {
      // Could the first row of the next block come within k? Its value is
      // min(previous column's last row above it + mismatch, this column's last row above + 1, ...)
      // where the dots are cells of the inactive block, known to be above k.
      const size_t w = active_;
      const int64_t above_before = last_[w - 1] - carry;
      const int64_t above_now = last_[w - 1];
      const int64_t mismatch = (eq[w] & 1) != 0 ? 0 : 1;
      if (above_before + mismatch <= k_ || above_now + 1 <= k_) {
        // The block's previous column, unknown but above k, is taken as above_before + 1, + 2, ...
        // (an upper bound: cells above k may come out too large, never too small).
        vp_[w] = ~uint64_t{0};
        vn_[w] = 0;
        last_[w] = above_before + height(w);
        carry = advance(w, eq[w], carry);
        last_[w] += carry;
        ++active_;
      }
    }
    // Every cell of a block is at least its last row minus the rows where the value rises going
    // down (VP bits): when that is above k, the whole block is.
    while (active_ > 1 && last_[active_ - 1] - static_cast<int64_t>(detail::popcount64(vp_[active_ - 1])) > k_) {
      --active_;
    }
  }

  int64_t height(size_t w) const { return static_cast<int64_t>(w + 1 == words_ ? m_ - 64 * w : 64); }

  // One block of one column (Myers 1999, with Hyyrö's formulation of the carries): new vertical
  // deltas from the old ones, the match mask and the horizontal delta entering the block's first
  // row; returns the horizontal delta leaving its last row.
  int advance(size_t w, uint64_t eq, int carry_in) {
    const uint64_t high = w + 1 == words_ ? last_bit_ : uint64_t{1} << 63;
    uint64_t vp = vp_[w];
    const uint64_t vn = vn_[w];
    const uint64_t xv = eq | vn;
    if (carry_in < 0) eq |= 1;
    const uint64_t xh = (((eq & vp) + vp) ^ vp) | eq;
    uint64_t hp = vn | ~(xh | vp);
    uint64_t hn = vp & xh;
    const int carry_out = (hp & high) != 0 ? 1 : ((hn & high) != 0 ? -1 : 0);
    hp <<= 1;
    hn <<= 1;
    if (carry_in < 0) {
      hn |= 1;
    } else if (carry_in > 0) {
      hp |= 1;
    }
    vp = hn | ~(xv | hp);
    vn_[w] = hp & xv;
    vp_[w] = vp;
    return carry_out;
  }

  size_t m_;
  size_t words_;
  int64_t k_;
  bool anchored_;
  uint64_t last_bit_;
  size_t active_ = 1;
  detail::BlockPatternMatchVector pm_;
  std::vector<uint64_t> vp_;
  std::vector<uint64_t> vn_;
  std::vector<int64_t> last_;  // D at each block's last row
  std::vector<uint64_t> scratch_;
};

// MyersScanner for a pattern of 1..64 symbols: one word, no blocks, no cutoff to keep (a single
// block is always computed), and the match vectors in a table on the stack.
class MyersWordScanner {
 public:
  MyersWordScanner(Sequence pattern, int64_t k, bool anchored)
      : m_(static_cast<int64_t>(pattern.size)),
        k_(k),
        carry_(anchored ? 1 : 0),
        high_(uint64_t{1} << (pattern.size - 1)),
        pm_(pattern) {
    reset();
  }

  void reset() {
    vp_ = ~uint64_t{0};
    vn_ = 0;
    score_ = m_;
  }

  int64_t score() const { return score_ <= k_ ? score_ : k_ + 1; }

  void step(Symbol c) {
    uint64_t eq = pm_.get(c);
    const uint64_t xv = eq | vn_;
    // Anchored: row 0 rises by 1 per column, a horizontal delta of +1 into row 1 (only ever
    // positive, so eq needs no adjustment).
    const uint64_t xh = (((eq & vp_) + vp_) ^ vp_) | eq;
    uint64_t hp = vn_ | ~(xh | vp_);
    uint64_t hn = vp_ & xh;
    score_ += static_cast<int64_t>((hp & high_) != 0) - static_cast<int64_t>((hn & high_) != 0);
    hp = (hp << 1) | carry_;
    hn <<= 1;
    vp_ = hn | ~(xv | hp);
    vn_ = hp & xv;
  }

  // Steps through data[0, n) until a column's score is within k (that symbol included) or the
  // data ends; returns the symbols consumed. The loop keeps the word in registers.
  template <class Unit>
  size_t skip(const Unit* data, size_t n) {
    uint64_t vp = vp_;
    uint64_t vn = vn_;
    int64_t score = score_;
    size_t i = 0;
    while (i < n) {
      const uint64_t eq = pm_.get(data[i++]);
      const uint64_t xv = eq | vn;
      const uint64_t xh = (((eq & vp) + vp) ^ vp) | eq;
      uint64_t hp = vn | ~(xh | vp);
      uint64_t hn = vp & xh;
      score += static_cast<int64_t>((hp & high_) != 0) - static_cast<int64_t>((hn & high_) != 0);
      hp = (hp << 1) | carry_;
      hn <<= 1;
      vp = hn | ~(xv | hp);
      vn = hp & xv;
      if (score <= k_) break;
    }
    vp_ = vp;
    vn_ = vn;
    score_ = score;
    return i;
  }

 private:
  int64_t m_;
  int64_t k_;
  uint64_t carry_;
  uint64_t high_;
  uint64_t vp_ = ~uint64_t{0};
  uint64_t vn_ = 0;
  int64_t score_ = 0;
  detail::PatternMatchVector pm_;
};

}  // namespace editops::search_detail
