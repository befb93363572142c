// Distance and editops drivers over MyersBand (myers_band.hpp), shared by Levenshtein and OSA.
//
// Distance: band doubling as in edlib (Šošić & Šikić 2017): run the band pass with a threshold k
// and, when the answer is above k, try again with a larger k. Instead of plain doubling, the next k
// extrapolates from where the band died and from a cheap pilot pass (see Thresholds). Once the
// band would cover most of the matrix, one plain full pass is cheaper, so large distances cost at
// most a little more than one full bit-parallel pass.
//
// Editops: the backtrace needs VP_j and D0_j on the cells of the canonical path (2 bits a cell).
//   Path::Full    one pass over the whole matrix, storing every block of every column.
//   Path::Banded  the doubling above, storing the band of each attempt; the attempt that succeeds
//                 (k >= d) holds every optimal path, which is all the canonical backtrace visits.
//   Path::Split   linear memory by checkpointing (the "checkpoint" alternative to Hirschberg's
//                 divide and conquer; cf. Powell, Allison & Dix 1999, "A versatile divide and
//                 conquer technique for optimal string alignment", Inf. Process. Lett. 70): find d,
//                 run the band pass with k = d saving the pass state every K columns, then walk
//                 the backtrace strip by strip from the last, recomputing the K columns of a strip
//                 from its checkpoint. The pass is deterministic in its state, so each strip gets
//                 the very vectors a stored pass would have had, and the backtrace is the same one
//                 (unlike a Hirschberg split point, nothing has to be argued about ties). Memory:
//                 O(B * (m / K + K)) words for a band of at most B blocks, K ~ sqrt(m).
//   Path::Auto    Banded while the band needs at most kSmallStore, else Split (recomputing a
//                 strip from a checkpoint is cheaper than faulting in fresh memory to store it).
// Every attempt of the doubling saves its checkpoints, so the split needs no extra pass to find d;
// a store that would pass EditopsBudget::banded_store gives way to them.
// Every path gives the same script; a forced path whose storage would not fit takes Split.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "band_store.hpp"
#include "edit_script.hpp"
#include "myers_band.hpp"
#include "pattern_match.hpp"

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

// Path::Auto stores the band while it needs at most this much; beyond, it takes the split.
constexpr uint64_t kSmallStore = uint64_t{4} << 20;

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
  int64_t delta() const { return static_cast<int64_t>(n_ > m_ ? n_ - m_ : m_ - n_); }

  size_t n_;
  size_t m_;
  size_t words_;
  int64_t max_;
  int64_t upper_ = kUnbounded;
  bool piloted_ = false;
};

// Checkpoint interval of the split: balances m / K checkpoints of state_words words per block
// against a strip of K columns of 2 words per block.
inline size_t split_strip(size_t m, size_t state_words) {
  const double K = std::ceil(std::sqrt(static_cast<double>(m) * static_cast<double>(state_words) / 2));
  return std::max<size_t>(1, std::min<size_t>(m, static_cast<size_t>(K)));
}

struct Checkpoint {
  size_t column;
  size_t first;
  size_t last;
  size_t offset;  // into the checkpoint words
};

// Bytes the split needs beyond the pattern and the pass state, for at most `blocks` a column.
inline uint64_t split_bytes(uint64_t m, uint64_t blocks, size_t state_words) {
  if (m == 0) return 0;
  const uint64_t K = split_strip(static_cast<size_t>(std::min<uint64_t>(m, SIZE_MAX)), state_words);
  const uint64_t checkpoints = (m - 1) / K + 1;
  const uint64_t per_checkpoint = add_sat(mul_sat(blocks, state_words * sizeof(uint64_t)), sizeof(Checkpoint));
  const uint64_t per_column = add_sat(BandColumns::kColumnBytes, mul_sat(blocks, BandColumns::kBlockBytes));
  return add_sat(mul_sat(checkpoints, per_checkpoint), mul_sat(K + 1, per_column));
}

// Bytes of the pattern match vectors and the pass state for a pattern of n symbols.
inline uint64_t band_state_bytes(uint64_t n) {
  const uint64_t words = n / 64 + (n % 64 != 0);
  return mul_sat(words, BlockPatternMatchVector::kBytesPerWord + 7 * sizeof(uint64_t));
}


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
template <BandKind kKind, class PM>
int64_t full_pass(const PM& pm, size_t n, Sequence b, int64_t max_distance) {
  constexpr bool kOsa = kKind == BandKind::Osa;
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
    if constexpr (kKind == BandKind::Lcs) {
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
template <BandKind kKind, class PM>
int64_t band_distance(const PM& pm, size_t n, Sequence b, int64_t max_distance) {
  const size_t m = b.size;
  MyersBand<kKind, PM> band(pm, n, b);
  Thresholds thresholds(n, m, band.words(), max_distance);
  for (int64_t k = thresholds.first();;) {
    if (band_is_most_of_matrix(band.words(), k)) return full_pass<kKind>(pm, n, b, max_distance);
    const PassResult r = run_pass(band, m, k, [](const MyersBand<kKind, PM>&) { return true; });
    if (r.ok) return r.d;
    k = thresholds.next(band, k, r);
    if (k < 0) return max_distance + 1;
  }
}

// The split's view of the vectors: one strip of columns at a time, recomputed from checkpoints.
template <BandKind kKind, class PM>
class SplitBits {
 public:
  SplitBits(MyersBand<kKind, PM>& band, const std::vector<uint64_t>& words,
            const std::vector<Checkpoint>& checkpoints, size_t K, size_t m)
      : band_(band), words_(words), checkpoints_(checkpoints), K_(K), m_(m) {}

  // The backtrace is about to read columns j and j - 1 (j >= 1; it never increases).
  void seek(size_t j) {
    if (loaded_ && begin_ < j) return;
    load((j - 1) / K_);
  }
  bool in_band(size_t i, size_t j) const { return store_.in_band(i, j); }
  bool vp(size_t i, size_t j) const { return store_.vp(i, j); }
  bool d0(size_t i, size_t j) const { return store_.d0(i, j); }

 private:
  void load(size_t s) {
    const Checkpoint& c = checkpoints_[s];
    band_.restore(c.column, c.first, c.last, words_.data() + c.offset);
    const size_t end = std::min(c.column + K_, m_);
    store_.reset(c.column > 0 ? c.column : 1);
    store_.reserve(end - c.column + 1, (end - c.column + 1) * (c.last - c.first + 1));
    if (c.column > 0) store_.append(band_.first(), band_.last(), band_.VP(), band_.D0(), UINT64_MAX);
    while (band_.column() < end) {
      band_.advance();  // succeeds: the forward pass went through the same states
      store_.append(band_.first(), band_.last(), band_.VP(), band_.D0(), UINT64_MAX);
    }
    begin_ = c.column;
    loaded_ = true;
  }

  MyersBand<kKind, PM>& band_;
  const std::vector<uint64_t>& words_;
  const std::vector<Checkpoint>& checkpoints_;
  size_t K_;
  size_t m_;
  BandColumns store_;
  size_t begin_ = 0;
  bool loaded_ = false;
};

// Finds the distance d between the pattern (n rows, in pm) and b, and when d <= max_distance
// runs trace(bits) over the VP / D0 bits of the canonical path's cells (see the file comment).
// `fixed` is what the caller already holds (pattern, pass state, output), for the budgets.
template <BandKind kKind, class Trace>
Status band_editops(const BlockPatternMatchVector& pm, size_t n, Sequence b, int64_t max_distance,
                    Path path, uint64_t fixed, const EditopsBudget& budget, Trace&& trace) {
  using Band = MyersBand<kKind, BlockPatternMatchVector>;
  constexpr size_t kStateWords = kKind == BandKind::Osa ? 5 : 4;
  const size_t m = b.size;
  Band band(pm, n, b);
  const size_t words = band.words();
  const uint64_t room = budget.total > fixed ? budget.total - fixed : 0;
  const uint64_t limit = std::min(budget.banded_store, room);
  BandColumns store;

  if (path == Path::Full) {
    const uint64_t full_bytes = add_sat(mul_sat(m + 1, BandColumns::kColumnBytes),
                                        mul_sat(mul_sat(m, words), BandColumns::kBlockBytes));
    if (full_bytes <= room) {
      // One pass over the whole matrix, storing everything.
      store.reset(1);
      store.reserve(m, m * words);
      const PassResult r = run_pass(band, m, kUnbounded, [&](const Band& p) {
        if (p.column() == 0) return true;
        store.append(p.first(), p.last(), p.VP(), p.D0(), UINT64_MAX);
        // D[n][m] >= D[n][j] - (m - j): stop once the cutoff cannot be met.
        return max_distance < 0 || p.bottom_score() - static_cast<int64_t>(m - p.column()) <= max_distance;
      });
      if (!r.ok || over(r.d, max_distance)) return Status::OverMaxDistance;
      StoredBits bits(store);
      trace(bits);
      return Status::Ok;
    }
    path = Path::Split;
  }

  // Every attempt saves checkpoints (m / K of them, small); Banded, and Auto while the band is
  // small, also store the band. Storing a big band costs more than recomputing it: the store is
  // fresh memory, and faulting it in is slower than a second pass over vectors that stay in cache.
  const size_t K = split_strip(m, kStateWords);
  std::vector<Checkpoint> checkpoints;
  std::vector<uint64_t> state;
  const auto stores = [&](int64_t k) {
    if (path != Path::Auto) return path == Path::Banded;
    return mul_sat(mul_sat(m, band_blocks(words, k)), BandColumns::kBlockBytes) <= std::min(kSmallStore, limit);
  };

  Thresholds thresholds(n, m, words, max_distance);
  for (int64_t k = thresholds.first();;) {
    // Without a cutoff, a band covering most of the matrix might as well cover all of it.
    if (max_distance < 0 && band_is_most_of_matrix(words, k)) k = kUnbounded;
    bool storing = stores(k);
    if (storing) {
      // A modest start: the store grows by doubling (wasm commits whatever is reserved).
      store.reset(1);
      store.reserve(m, static_cast<size_t>(std::min<uint64_t>(
                           {mul_sat(mul_sat(m, band_blocks(words, k)), BandColumns::kBlockBytes), limit, kSmallStore}) / BandColumns::kBlockBytes));
    }
    checkpoints.clear();
    state.clear();
    state.reserve(static_cast<size_t>(((m - 1) / K + 1) * band_blocks(words, k) * kStateWords));
    const PassResult r = run_pass(band, m, k, [&](const Band& p) {
      if (p.column() % K == 0 && p.column() < m) {
        checkpoints.push_back({p.column(), p.first(), p.last(), state.size()});
        state.resize(state.size() + p.state_words());
        p.save(state.data() + checkpoints.back().offset);
      }
      if (p.column() > 0 && storing && !store.append(p.first(), p.last(), p.VP(), p.D0(), limit)) {
        storing = false;  // over the store budget: the checkpoints take over
        store.release();
      }
      return true;
    });
    if (r.ok) {
      if (over(r.d, max_distance)) return Status::OverMaxDistance;
      if (storing) {
        StoredBits bits(store);
        trace(bits);
      } else {
        store.release();
        SplitBits<kKind, BlockPatternMatchVector> bits(band, state, checkpoints, K, m);
        trace(bits);
      }
      return Status::Ok;
    }
    if (k == kUnbounded) return Status::OverMaxDistance;  // cannot happen: every path fits
    k = thresholds.next(band, k, r);
    if (k < 0) return Status::OverMaxDistance;
  }
}

}  // namespace editops::detail
