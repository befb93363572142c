// The editops driver over MyersBand (myers_band.hpp), shared by Levenshtein, OSA and Indel.
//
// The backtrace needs VP_j and D0_j on the cells of the canonical path (2 bits a cell).
//   Path::Full    one pass over the whole matrix, storing every block of every column.
//   Path::Banded  the band doubling of band_distance.hpp, storing the band of each attempt; the
//                 attempt that succeeds (k >= d) holds every optimal path, which is all the
//                 canonical backtrace visits.
//   Path::Split   linear memory by checkpointing (the "checkpoint" alternative to Hirschberg's
//                 divide and conquer; cf. Powell, Allison & Dix 1999, "A versatile divide and
//                 conquer technique for optimal string alignment", Inf. Process. Lett. 70): the
//                 band pass with a threshold k >= d saves its state every K columns; then the
//                 backtrace walks strip by strip from the last, recomputing the K columns of a
//                 strip from its checkpoint. The pass is deterministic in its state, so each strip
//                 gets the very vectors a stored pass would have had, and the backtrace is the same
//                 one (unlike a Hirschberg split point, nothing has to be argued about ties).
//                 Memory: O(B * (m / K + K)) words for a band of at most B blocks, K ~ sqrt(m).
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

#include "band_distance.hpp"
#include "band_store.hpp"
#include "edit_script.hpp"
#include "myers_band.hpp"
#include "pattern_match.hpp"

namespace editops::detail {
// Path::Auto stores the band while it needs at most this much; beyond, it takes the split.
constexpr uint64_t kSmallStore = uint64_t{4} << 20;

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


// The split's view of the vectors: one strip of columns at a time, recomputed from checkpoints.
template <class Traits, class PM>
class SplitBits {
 public:
  SplitBits(MyersBand<Traits, PM>& band, const std::vector<uint64_t>& words,
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

  MyersBand<Traits, PM>& band_;
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
template <class Traits, class Trace>
Status band_editops(const BlockPatternMatchVector& pm, size_t n, Sequence b, int64_t max_distance,
                    Path path, uint64_t fixed, const EditopsBudget& budget, Trace&& trace) {
  using Band = MyersBand<Traits, BlockPatternMatchVector>;
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
  const size_t K = split_strip(m, Traits::kStateWords);
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
    state.reserve(static_cast<size_t>(((m - 1) / K + 1) * band_blocks(words, k) * Traits::kStateWords));
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
        SplitBits<Traits, BlockPatternMatchVector> bits(band, state, checkpoints, K, m);
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
