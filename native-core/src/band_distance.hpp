// The distance driver over MyersBand (myers_band.hpp), shared by Levenshtein, OSA and Indel:
// band doubling as in edlib (Šošić & Šikić 2017): run the band pass with a threshold k and, when
// the answer is above k, try again with a larger k. Instead of plain doubling, the next k
// extrapolates from where the band died and from a cheap pilot pass (see Thresholds). Once the
// band would cover most of the matrix, one plain full pass is cheaper, so large distances cost at
// most a little more than one full bit-parallel pass.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "edit_script.hpp"
#include "myers_band.hpp"

namespace editops::detail {

struct PassResult {
  bool ok;          // D'[n][m] <= k: then it is the distance
  int64_t d;
  size_t died_at;   // the column where the band died (m if it did not)
  int64_t upper;    // D'[n][m] when the band reached row n, else kUnbounded
};

// Blocks per column of the static band for threshold k: k + 1 rows at most.
inline uint64_t band_blocks(size_t words, int64_t k) {
  if (k < 0 || k >= kUnbounded) return words;
  return std::min<uint64_t>(words, static_cast<uint64_t>(k + 1) / 64 + 2);
}

// When the band for k would cover most of the matrix, the plain full pass is cheaper. (The static
// band overstates the band the pass really computes, which keeps only cells that can still be on
// a path of cost <= k; hence the generous 80%.)
inline bool band_is_most_of_matrix(size_t words, int64_t k) {
  return band_blocks(words, k) * 5 >= words * 4;
}

// Width in blocks of the pilot band (MyersBand::pilot).
constexpr size_t kPilotBlocks = 4;

// The schedule of thresholds of the band doubling. The first is the length difference (a lower
// bound) plus some slack. After a pass with k dies at column j, the distance is estimated as
// |n - m| + (k - |n - m|) * m / j (the slack k - |n - m| lasted j columns), with a 15% margin and
// at least 2k. The first time, a pilot pass also gives an upper bound U; when U is within 1.5x of
// the estimate, the next pass uses U itself, which cannot fail. Every threshold stays within the
// best upper bound known (a pilot's, or the D'[n][m] of a pass that reached row n) and the cutoff;
// a threshold whose band would cover half the matrix is only tried when it cannot fail.
class Thresholds {
 public:
  Thresholds(size_t n, size_t m, size_t words, int64_t max_distance)
      : n_(n), m_(m), words_(words), max_(max_distance) {}

  int64_t first() const {
    const int64_t k = delta() + 32;
    return max_ >= 0 ? std::min(k, max_) : k;
  }

  // The threshold after a pass with k that failed with r, or -1 when k was the cutoff already.
  template <class Band>
  int64_t next(Band& band, int64_t k, const PassResult& r) {
    if (max_ >= 0 && k >= max_) return -1;
    upper_ = std::min(upper_, r.upper);
    const double slack = static_cast<double>(k - delta());
    const double estimate = static_cast<double>(delta()) +
                            slack * static_cast<double>(m_) / static_cast<double>(std::max<size_t>(r.died_at, 1));
    int64_t next = 2 * k;
    if (estimate * 1.15 + 1 > static_cast<double>(next)) {
      next = estimate * 1.15 + 1 >= static_cast<double>(kUnbounded) ? kUnbounded
                                                                     : static_cast<int64_t>(estimate * 1.15 + 1);
    }
    if (!piloted_ && !band_is_most_of_matrix(words_, std::min(next, upper_))) {
      piloted_ = true;
      upper_ = std::min(upper_, band.pilot(kPilotBlocks));
      if (static_cast<double>(upper_) <= 1.5 * static_cast<double>(next)) next = upper_;
    }
    next = std::min(next, upper_);
    // A pass that may fail is only worth it while its band is small: a wide one that failed late
    // would cost nearly a full pass on top of the next. Past half the matrix, take the upper bound
    // (cannot fail) or, without one, the full pass.
    if (next < upper_ && band_blocks(words_, next) * 2 >= words_) next = upper_;
    return max_ >= 0 ? std::min(next, max_) : next;
  }

 private:
  int64_t delta() const { return length_difference(n_, m_); }

  size_t n_;
  size_t m_;
  size_t words_;
  int64_t max_;
  int64_t upper_ = kUnbounded;
  bool piloted_ = false;
};

// Runs band from column 0 to m with threshold k, calling on_column(band) after every column
// (column 0 included); on_column returns false to stop the pass (the result is then not ok).
template <class Band, class OnColumn>
PassResult run_pass(Band& band, size_t m, int64_t k, OnColumn&& on_column) {
  if (!band.start(k) || !on_column(band)) return {false, 0, 0, kUnbounded};
  for (size_t j = 1; j <= m; ++j) {
    if (!band.advance() || !on_column(band)) return {false, 0, j, kUnbounded};
  }
  const int64_t s = band.bottom_score();
  return {s <= k, s, m, s};
}

// One plain pass over every block (Myers 1999, blocked; Hyyrö 2003 for OSA; Hyyrö 2004 for the
// LCS of Indel). Returns D[n][m], or max_distance + 1 as soon as it cannot be met (each column step
// moves D[n][j] by at most 1, so D[n][m] >= D[n][j] - (m - j)).
template <class Traits, class PM>
int64_t full_pass(const PM& pm, size_t n, Sequence b, int64_t max_distance) {
  constexpr bool kOsa = Traits::kRecurrence == Recurrence::Osa;
  const size_t words = (n + 63) / 64;
  const unsigned last_bit = static_cast<unsigned>((n - 1) % 64);
  std::vector<uint64_t> VP(words, ~uint64_t{0});
  std::vector<uint64_t> VN(words, 0);
  std::vector<uint64_t> D0p(kOsa ? words : 0, ~uint64_t{0});
  std::vector<uint64_t> PMp(kOsa ? words : 0, 0);
  std::vector<uint64_t> scratch(words);
  int64_t score = static_cast<int64_t>(n);
  for (size_t j = 0; j < b.size; ++j) {
    const uint64_t* PM_j = pm.column(b.data[j], 0, words, scratch.data());
    if constexpr (Traits::kRecurrence == Recurrence::Indel) {
      uint64_t carry = 0;
      for (size_t w = 0; w < words; ++w) {
        const uint64_t X = PM_j[w];
        const uint64_t V = VP[w];
        const uint64_t U = V & X;
        const uint64_t with_carry = V + carry;
        const uint64_t sum = with_carry + U;
        const uint64_t carry_out = static_cast<uint64_t>(with_carry < carry) | static_cast<uint64_t>(sum < U);
        if (w + 1 == words) {
          const uint64_t inc = last_bit == 63 ? carry_out : (((sum ^ V ^ U) >> (last_bit + 1)) & 1);
          score += 1 - 2 * static_cast<int64_t>(inc);
        }
        VP[w] = sum | (V & ~X);
        carry = carry_out;
      }
    } else {
      uint64_t hp = 1;
      uint64_t hn = 0;
      uint64_t tr = 0;
      for (size_t w = 0; w < words; ++w) {
        const uint64_t X = PM_j[w];
        const uint64_t Xh = X | hn;
        uint64_t D0 = (((Xh & VP[w]) + VP[w]) ^ VP[w]) | Xh | VN[w];
        if constexpr (kOsa) {
          const uint64_t rows = ~D0p[w] & X;
          D0 |= ((rows << 1) | tr) & PMp[w];
          tr = rows >> 63;
          PMp[w] = X;
          D0p[w] = D0;
        }
        uint64_t HP = VN[w] | ~(D0 | VP[w]);
        uint64_t HN = VP[w] & D0;
        if (w + 1 == words) {
          score += static_cast<int64_t>((HP >> last_bit) & 1) - static_cast<int64_t>((HN >> last_bit) & 1);
        }
        const uint64_t hp_out = HP >> 63;
        const uint64_t hn_out = HN >> 63;
        HP = (HP << 1) | hp;
        HN = (HN << 1) | hn;
        VP[w] = HN | ~(D0 | HP);
        VN[w] = HP & D0;
        hp = hp_out;
        hn = hn_out;
      }
    }
    if (max_distance >= 0 && score - static_cast<int64_t>(b.size - j - 1) > max_distance) {
      return max_distance + 1;
    }
  }
  return score;
}

// Distance between a pattern of n rows (in pm) and b, by band doubling. Returns the distance, or
// max_distance + 1 when it is above a cutoff (max_distance >= 0).
template <class Traits, class PM>
int64_t band_distance(const PM& pm, size_t n, Sequence b, int64_t max_distance) {
  const size_t m = b.size;
  MyersBand<Traits, PM> band(pm, n, b);
  Thresholds thresholds(n, m, band.words(), max_distance);
  for (int64_t k = thresholds.first();;) {
    if (band_is_most_of_matrix(band.words(), k)) return full_pass<Traits>(pm, n, b, max_distance);
    const PassResult r = run_pass(band, m, k, [](const MyersBand<Traits, PM>&) { return true; });
    if (r.ok) return r.d;
    k = thresholds.next(band, k, r);
    if (k < 0) return max_distance + 1;
  }
}

}  // namespace editops::detail
