// LengthRings: the positions of a ChoiceIndex (editops.hpp) in rings of growing length difference
// from the query, in chunks: first the choices of the query's own length, then those one shorter
// and one longer, and so on. Every distance extract computes is at least the length difference,
// so once a ring's difference is over every cutoff still possible, no later ring can enter and the
// walk ends there.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "editops/editops.hpp"

namespace editops::detail {

class LengthRings {
 public:
  LengthRings(const Choices& choices, const ChoiceIndex& index, size_t query_length)
      : choices_(choices), order_(index.order), count_(index.count), query_length_(query_length) {
    down_end_ = up_begin_ = first_at_least(query_length, 0, count_);
  }

  // The next chunk, positions [lo, hi) of at most max_chunk, all of length difference `ring`;
  // false when every position is taken, or when the next ring is over max_ring (>= 0; negative:
  // no bound yet), which ends the walk for good: max_ring only falls.
  bool next(size_t max_chunk, int64_t max_ring, size_t& lo, size_t& hi, int64_t& ring) {
    if (done_) return false;
    if (bucket_lo_ == bucket_hi_ && !next_bucket()) return done_ = true, false;
    if (max_ring >= 0 && bucket_ring_ > max_ring) return done_ = true, false;
    ring = bucket_ring_;
    lo = bucket_lo_;
    hi = bucket_hi_ - bucket_lo_ > max_chunk ? bucket_lo_ + max_chunk : bucket_hi_;
    bucket_lo_ = hi;
    return true;
  }

 private:
  size_t length_at(size_t p) const {
    const uint32_t i = order_[p];
    return choices_.offsets[i + 1] - choices_.offsets[i];
  }
  // The first position in [lo, hi) whose choice has at least `length` symbols, or hi (the order
  // is by length).
  size_t first_at_least(size_t length, size_t lo, size_t hi) const {
    while (lo < hi) {
      const size_t mid = lo + (hi - lo) / 2;
      if (length_at(mid) < length) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
  static size_t difference(size_t a, size_t b) { return a > b ? a - b : b - a; }
  // Moves to the nearer of the next bucket (one length) below and above; false when none is left.
  // Each search stays inside the side it takes from and takes at least one position, so even an
  // index whose order is not by length (a caller's mistake: c_api.h) visits each position once
  // and reads nothing outside the order.
  bool next_bucket() {
    const bool has_down = down_end_ > 0;
    const bool has_up = up_begin_ < count_;
    if (!has_down && !has_up) return false;
    const size_t down_length = has_down ? length_at(down_end_ - 1) : 0;
    const size_t up_length = has_up ? length_at(up_begin_) : 0;
    const size_t down_ring = difference(query_length_, down_length);
    const size_t up_ring = difference(up_length, query_length_);
    if (has_down && (!has_up || down_ring <= up_ring)) {
      bucket_hi_ = down_end_;
      bucket_lo_ = down_end_ = std::min(first_at_least(down_length, 0, down_end_), down_end_ - 1);
      bucket_ring_ = static_cast<int64_t>(down_ring);
    } else {
      bucket_lo_ = up_begin_;
      bucket_hi_ = up_begin_ = std::max(first_at_least(up_length + 1, up_begin_, count_), up_begin_ + 1);
      bucket_ring_ = static_cast<int64_t>(up_ring);
    }
    return true;
  }

  Choices choices_;
  const uint32_t* order_;
  size_t count_;
  size_t query_length_;
  size_t down_end_ = 0;  // positions [0, down_end_) are below the buckets taken
  size_t up_begin_ = 0;  // positions [up_begin_, count_) are above them
  size_t bucket_lo_ = 0;
  size_t bucket_hi_ = 0;
  int64_t bucket_ring_ = 0;
  bool done_ = false;
};

}  // namespace editops::detail
