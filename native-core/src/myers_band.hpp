// The banded, blocked bit-parallel column pass shared by Levenshtein, OSA and Indel (distance,
// banded editops and the checkpointed split): Myers 1999 ("A fast bit-vector algorithm for approximate
// string matching based on dynamic programming", J. ACM 46) with the transposition term of Hyyrö
// 2003 ("A bit-vector algorithm for computing Levenshtein and Damerau edit distances", Nordic J.
// Computing 10) for OSA, restricted to a band of 64-row blocks in the manner of Ukkonen 1985
// ("Algorithms for approximate string matching", Inf. Control 64) as edlib does it (Šošić & Šikić
// 2017, "Edlib: a C/C++ library for fast, exact sequence alignment using edit distance",
// Bioinformatics 33). Variable names are Hyyrö's (PM, VP, VN, HP, HN, D0); levenshtein_distance.cpp
// and osa.cpp explain the column step itself.
//
// Rows i = 1..n are the pattern a, columns j = 1..m the text b; block w holds rows s+1..e with
// s = 64w, e = min(64w + 64, n). With a threshold k the pass computes, for each column j, only the
// blocks first()..last(), and a value D'[i][j] for each of their cells. The band obeys:
//
//   1. D' >= D everywhere. Cells outside the band are treated as overestimates with the same
//      unit deltas: the row above the first block grows by +1 per column (HP carry 1), and a block
//      that joins the band at the bottom starts from a previous column that grows by +1 per row
//      below the last computed cell (VP = all ones, D0 = all ones so that no OSA transposition uses
//      it). Any such boundary keeps every delta in {-1, 0, +1}, so the bit-vector step computes the
//      exact DP of the region, and the DP is monotone in its boundary values.
//   2. Every cell on an optimal path from (0, 0) to (n, m) stays in the band when d = D[n][m] <= k,
//      so that D' = D on all of them (induction along the path: its predecessor is in the band and
//      exact). A cell (i, j) of such a path has D[i][j] + |(n - i) - (m - j)| <= d <= k, which
//      gives the static Ukkonen band rows j + min(0, n - m) - h .. j + max(0, n - m) + h,
//      h = (k - |n - m|) / 2, and the band never leaves it. Within it, a block is dropped only when
//      a lower bound of D'[i][j] + |i - t| over its rows (t = j + n - m) is above k; path cells are
//      exact there, so they are never dropped. Below the last block, a path cell of column j is
//      reached by a vertical run through the last block's bottom row e in column j, or diagonally
//      from (e, j - 1); so the next block joins whenever one of those two cells could lie on a path
//      (D' + |e - t| <= k), and then again while the new bottom cell could. Row 0 (exact: D[0][j]
//      = j) can carry the path too, so block 0 stays while j + |t| <= k.
//   3. The pass is deterministic in its state (first(), last() and the block vectors), so a pass
//      restarted from a saved checkpoint recomputes exactly the same vectors (the split in
//      band_editops.hpp).
//
// So with d <= k, D'[n][m] = d; and every backtrace that only steps along optimal paths and asks
// "is this neighbour one less?" gets the same answer from D' as from D (a neighbour that is one
// less lies on an optimal path, so it is exact; one that is not stays not, as D' >= D). For OSA the
// backtrace also reads D0 at (i-1, j-1) before a transposition; when the transposition is optimal
// that cell is exact too (D[i-1][j-1] = D[i-2][j-2] + 1 via the diagonal) and in the band.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "bit_parallel_metrics.hpp"
#include "edit_script.hpp"
#include "editops/editops.hpp"

namespace editops::detail {

// The band of one metric's recurrence (Traits: bit_parallel_metrics.hpp). Recurrence::Indel is
// the distance D = i + j - 2 L, through the LCS lengths L of Allison & Dix 1986 / Hyyrö 2004 (see
// indel.cpp): per block one vector V (kept in VP; bit i-1 clear iff L[i][j] = L[i-1][j] + 1) and
// an addition whose carry out of a row is the horizontal increment of L there. D then moves by -1
// or +1 per row and per column, so the band's bounds and boundaries (the row above grows by +1 in
// D: carry 0; a new block starts from V all ones: D +1 per row) read exactly as for the unit-cost
// deltas of the other two.
template <class Traits, class PM>
class MyersBand {
  static constexpr bool kOsa = Traits::kRecurrence == Recurrence::Osa;
  static constexpr bool kLcs = Traits::kRecurrence == Recurrence::Indel;
  static constexpr size_t kStateWords = Traits::kStateWords;
  static_assert(kStateWords == (kOsa ? 5 : 4), "save() writes VP, VN, D0 and the score, and PM' for OSA");

 public:
  MyersBand(const PM& pm, size_t n, Sequence b)
      : pm_(pm),
        n_(n),
        words_((n + 63) / 64),
        b_(b),
        delta_(static_cast<int64_t>(n) - static_cast<int64_t>(b.size)),
        last_bit_(static_cast<unsigned>((n - 1) % 64)),
        VP_(words_),
        VN_(words_),
        D0_(words_),
        PMp_(kOsa ? words_ : 0),
        score_(words_),
        scratch_(words_) {}

  size_t words() const { return words_; }
  size_t column() const { return j_; }
  size_t first() const { return first_; }
  size_t last() const { return last_; }
  int64_t threshold() const { return k_; }
  const uint64_t* VP() const { return VP_.data(); }
  const uint64_t* D0() const { return D0_.data(); }

  // D'[n][j] when the band reaches row n, else kUnbounded.
  int64_t bottom_score() const { return last_ + 1 == words_ ? score_[last_] : kUnbounded; }

  // Column 0 with threshold k. False when no path can cost <= k (|n - m| > k).
  bool start(int64_t k) {
    k_ = std::min(k, kUnbounded);
    j_ = 0;
    if (abs64(delta_) > k_) return false;
    half_ = (k_ - abs64(delta_)) / 2;
    first_ = 0;
    last_ = static_cast<size_t>(std::max<int64_t>(block_of_row(hi(0)), 0));
    for (size_t w = 0; w <= last_; ++w) {
      VP_[w] = ~uint64_t{0};
      VN_[w] = 0;
      D0_[w] = ~uint64_t{0};
      if (kOsa) PMp_[w] = 0;
      score_[w] = static_cast<int64_t>(bottom(w));  // D[i][0] = i
    }
    return true;
  }

  // Computes column j + 1. False when the band died: then D[n][m] > k.
  bool advance() {
    ++j_;
    const Symbol c = b_.data[j_ - 1];
    const uint64_t* PM_j = pm_.column(c, first_, last_ + 1, scratch_.data());
    uint64_t hp = kLcs ? 0 : 1;  // the row above the band grows by +1 per column
    uint64_t hn = 0;
    uint64_t tr = 0;
    int64_t prev_bottom = score_[last_];  // D'[e][j-1] for the last block's bottom row e
    step_range(first_, last_, PM_j, hp, hn, tr);

    const int64_t t = static_cast<int64_t>(j_) + delta_;
    const int64_t limit = block_of_row(hi(j_));
    bool grow = static_cast<int64_t>(last_) < limit &&
                (prev_bottom + abs64(static_cast<int64_t>(bottom(last_)) - (t - 1)) <= k_ ||
                 score_[last_] + abs64(static_cast<int64_t>(bottom(last_)) - t) <= k_);
    while (grow) {
      grow_block(c, prev_bottom, hp, hn, tr);
      grow = static_cast<int64_t>(last_) < limit &&
             score_[last_] + abs64(static_cast<int64_t>(bottom(last_)) - t) <= k_;
    }

    // Drop blocks that cannot hold a path cell, and those outside the static band. Row 0 is exact
    // (D[0][j] = j) and may itself carry the path (inserts first); while it can, block 0 stays.
    const int64_t lowest = block_of_row(lo(j_));
    const bool row0 = first_ == 0 && static_cast<int64_t>(j_) + abs64(t) <= k_;
    while (last_ > first_ && lower_bound(last_, t) > k_) --last_;
    while (first_ < last_ && !(first_ == 0 && row0) &&
           (static_cast<int64_t>(first_) < lowest || bound_from_below(first_, t) > k_)) {
      ++first_;
    }
    return row0 || (static_cast<int64_t>(first_) >= lowest && lower_bound(first_, t) <= k_);
  }

  // A pilot pass: a band of `width` blocks that follows the smallest bottom values instead of
  // Ukkonen's rule, moving down one block when the smallest is in one of its two lowest blocks (or
  // when it must, to reach row n by column m). Its D'[n][m] is the cost of a real alignment (D' >=
  // D), so it bounds the distance from above, and when the optimal path stays inside it, it is the
  // distance. Costs about `width` blocks per column. Returns kUnbounded if it did not reach row n.
  int64_t pilot(size_t width) {
    start(kUnbounded);
    last_ = std::min(width, words_) - 1;
    for (size_t j = 1; j <= b_.size; ++j) {
      ++j_;
      const Symbol c = b_.data[j_ - 1];
      const uint64_t* PM_j = pm_.column(c, first_, last_ + 1, scratch_.data());
      uint64_t hp = kLcs ? 0 : 1;
      uint64_t hn = 0;
      uint64_t tr = 0;
      int64_t prev_bottom = score_[last_];
      size_t best = first_;
      step_range(first_, last_, PM_j, hp, hn, tr);
      for (size_t w = first_; w <= last_; ++w) {
        if (score_[w] < score_[best]) best = w;
      }
      const bool must = words_ - 1 - last_ >= b_.size - j_;
      if (last_ + 1 < words_ && (must || best + 1 >= last_)) grow_block(c, prev_bottom, hp, hn, tr);
      while (last_ - first_ + 1 > width) ++first_;
    }
    return bottom_score();
  }

  // Checkpoints: the state after column(), in state_words() words.
  size_t state_words() const { return (last_ - first_ + 1) * kStateWords; }
  void save(uint64_t* out) const {
    for (size_t w = first_; w <= last_; ++w, out += kStateWords) {
      out[0] = VP_[w];
      out[1] = VN_[w];
      out[2] = D0_[w];
      out[3] = static_cast<uint64_t>(score_[w]);
      if (kOsa) out[4] = PMp_[w];
    }
  }
  void restore(size_t j, size_t first, size_t last, const uint64_t* in) {
    j_ = j;
    first_ = first;
    last_ = last;
    for (size_t w = first_; w <= last_; ++w, in += kStateWords) {
      VP_[w] = in[0];
      VN_[w] = in[1];
      D0_[w] = in[2];
      score_[w] = static_cast<int64_t>(in[3]);
      if (kOsa) PMp_[w] = in[4];
    }
  }

 private:
  static int64_t abs64(int64_t x) { return x < 0 ? -x : x; }

  size_t bottom(size_t w) const { return std::min(64 * w + 64, n_); }

  // Static band rows of column j (may lie outside 1..n).
  int64_t lo(size_t j) const { return static_cast<int64_t>(j) + std::min<int64_t>(0, delta_) - half_; }
  int64_t hi(size_t j) const { return static_cast<int64_t>(j) + std::max<int64_t>(0, delta_) + half_; }
  // The block holding row r, clamped to [-1, words - 1] (-1: above row 1).
  int64_t block_of_row(int64_t r) const {
    if (r < 1) return -1;
    if (r > static_cast<int64_t>(n_)) return static_cast<int64_t>(words_) - 1;
    return (r - 1) / 64;
  }

  // Lower bounds of min over the rows i of block w of D'[i][j] + |i - t|, from the block's own
  // bottom value (deltas >= -1 going up) and from the bottom value of the block above (deltas >=
  // -1 going down; only inside the band, where that value is computed).
  int64_t bound_from_below(size_t w, int64_t t) const {
    const auto s = static_cast<int64_t>(64 * w);
    const auto e = static_cast<int64_t>(bottom(w));
    return score_[w] - (e - s - 1) + abs64(s + 1 - t);
  }
  int64_t lower_bound(size_t w, int64_t t) const {
    int64_t bound = bound_from_below(w, t);
    if (w > first_) {
      const auto s = static_cast<int64_t>(64 * w);
      const auto e = static_cast<int64_t>(bottom(w));
      bound = std::max(bound, score_[w - 1] + s + (t > e ? t - 2 * e : -t));
    }
    return bound;
  }

  // Adds block last() + 1 to column j (computed so far down to last()), starting from a previous
  // column that grows by +1 per row below D'[e][j-1] = prev_bottom (updated to the new bottom).
  void grow_block(Symbol c, int64_t& prev_bottom, uint64_t& hp, uint64_t& hn, uint64_t& tr) {
    const size_t w = last_ + 1;
    prev_bottom += static_cast<int64_t>(bottom(w) - bottom(last_));
    VP_[w] = ~uint64_t{0};
    VN_[w] = 0;
    D0_[w] = ~uint64_t{0};
    if (kOsa) PMp_[w] = j_ >= 2 ? pm_.get(w, b_.data[j_ - 2]) : 0;
    score_[w] = prev_bottom;
    step(arrays(), w, pm_.get(w, c), score_bit(w), hp, hn, tr);
    last_ = w;
  }

  // Raw pointers to the block arrays, copied into locals by the loops: stores through uint64_t*
  // could alias this object's size_t members, which would make the compiler reload them.
  struct Arrays {
    uint64_t* VP;
    uint64_t* VN;
    uint64_t* D0;
    uint64_t* PMp;
    int64_t* score;
  };
  Arrays arrays() { return {VP_.data(), VN_.data(), D0_.data(), PMp_.data(), score_.data()}; }

  // The bit of block w that holds its score row.
  unsigned score_bit(size_t w) const { return w + 1 == words_ ? last_bit_ : 63; }

  // One column step of block w (Myers 1999; Hyyrö 2003 for OSA's transposition term TR). hp / hn
  // carry the horizontal delta of the row above the block in and of its bottom row out; tr carries
  // bit 63 of ~D0' & PM_j (rows that may start a transposition) into the next block. `bit` is the
  // block's score row (63, or the last row n for the last block).
  static void step(const Arrays A, size_t w, uint64_t X, unsigned bit, uint64_t& hp, uint64_t& hn, uint64_t& tr) {
    if constexpr (kLcs) {
      // Hyyrö 2004: U = V & PM, V' = (V + U) | (V & ~PM), with hp as the carry in and out. The
      // carry into bit `bit` + 1 is the increment of L at the score row: D' moves by 1 - 2 inc.
      const uint64_t V = A.VP[w];
      const uint64_t U = V & X;
      const uint64_t with_carry = V + hp;
      const uint64_t sum = with_carry + U;
      const uint64_t carry_out = static_cast<uint64_t>(with_carry < hp) | static_cast<uint64_t>(sum < U);
      const uint64_t inc = bit == 63 ? carry_out : (((sum ^ V ^ U) >> (bit + 1)) & 1);
      A.score[w] += 1 - 2 * static_cast<int64_t>(inc);
      A.VP[w] = sum | (V & ~X);
      hp = carry_out;
      static_cast<void>(hn);
      static_cast<void>(tr);
      return;
    }
    const uint64_t VP = A.VP[w];
    const uint64_t VN = A.VN[w];
    uint64_t Xh = X | hn;
    if constexpr (kOsa) {
      // TR rows join the carry chain of the addition. In a true OSA matrix that changes nothing
      // (Hyyrö: a TR row never has VP set in column j-1), but the first column of a block that
      // just joined the band starts from a made-up column with VP all ones, and there a zero
      // diagonal made by a transposition must propagate down like one made by a match.
      const uint64_t rows = ~A.D0[w] & X;  // D0 still holds D0' of column j-1 here
      Xh |= ((rows << 1) | tr) & A.PMp[w];
      tr = rows >> 63;
      A.PMp[w] = X;
    }
    const uint64_t D0 = (((Xh & VP) + VP) ^ VP) | Xh | VN;
    uint64_t HP = VN | ~(D0 | VP);
    uint64_t HN = VP & D0;
    A.score[w] += static_cast<int64_t>((HP >> bit) & 1) - static_cast<int64_t>((HN >> bit) & 1);
    const uint64_t hp_out = HP >> 63;
    const uint64_t hn_out = HN >> 63;
    HP = (HP << 1) | hp;
    HN = (HN << 1) | hn;
    A.VP[w] = HN | ~(D0 | HP);
    A.VN[w] = HP & D0;
    A.D0[w] = D0;
    hp = hp_out;
    hn = hn_out;
  }

  // Steps blocks first..last of the current column.
  void step_range(size_t first, size_t last, const uint64_t* PM_j, uint64_t& hp, uint64_t& hn, uint64_t& tr) {
    const Arrays A = arrays();
    const size_t full_end = last + 1 == words_ ? last : last + 1;  // blocks scored at bit 63
    for (size_t w = first; w < full_end; ++w) step(A, w, PM_j[w], 63, hp, hn, tr);
    if (full_end == last) step(A, last, PM_j[last], last_bit_, hp, hn, tr);
  }

  const PM& pm_;
  size_t n_;
  size_t words_;
  Sequence b_;
  int64_t delta_;  // n - m
  unsigned last_bit_;
  int64_t k_ = 0;
  int64_t half_ = 0;
  size_t j_ = 0;
  size_t first_ = 0;
  size_t last_ = 0;
  std::vector<uint64_t> VP_;
  std::vector<uint64_t> VN_;
  std::vector<uint64_t> D0_;
  std::vector<uint64_t> PMp_;  // OSA: PM'_j, the match vector of the previous column
  std::vector<int64_t> score_;  // D' at each block's bottom row (row n for the last block)
  std::vector<uint64_t> scratch_;
};

}  // namespace editops::detail
