// SwarLanes<W>: 64 / W lanes of W bits in one uint64_t (SIMD within a register), the portable
// build of the multi-pattern lanes (multi_lanes_kernel.hpp). It offers the operators the kernel
// uses on GCC/Clang vector types, with the per-lane meaning they have there: an add or a shift
// never carries from one lane into the next. Memory layout equals a little-endian array of
// 64 / W lane words, so the lane tables are the same bytes for every build.
#pragma once

#include <cstdint>

#include "always_inline.hpp"

namespace editops::detail {

template <unsigned W>
struct SwarLanes {
  static_assert(W == 8 || W == 16 || W == 32 || W == 64, "lanes of 8, 16, 32 or 64 bits");
  // Bit 0 of every lane, and the top bit of every lane.
  static constexpr uint64_t kLow = W == 64 ? 1 : ~uint64_t{0} / ((uint64_t{1} << W) - 1);
  static constexpr uint64_t kHigh = kLow << (W - 1);

  uint64_t v;

  EDITOPS_ALWAYS_INLINE friend SwarLanes operator&(SwarLanes a, SwarLanes b) { return {a.v & b.v}; }
  EDITOPS_ALWAYS_INLINE friend SwarLanes operator|(SwarLanes a, SwarLanes b) { return {a.v | b.v}; }
  EDITOPS_ALWAYS_INLINE friend SwarLanes operator^(SwarLanes a, SwarLanes b) { return {a.v ^ b.v}; }
  EDITOPS_ALWAYS_INLINE friend SwarLanes operator~(SwarLanes a) { return {~a.v}; }
  // Per lane: the low W - 1 bits add as usual; the top bit is the xor of both top bits and the
  // carry into it, and the carry out of the lane is dropped.
  EDITOPS_ALWAYS_INLINE friend SwarLanes operator+(SwarLanes a, SwarLanes b) {
    if constexpr (W == 64) return {a.v + b.v};
    return {((a.v & ~kHigh) + (b.v & ~kHigh)) ^ ((a.v ^ b.v) & kHigh)};
  }
  // Per lane: the top bits are set in a first so that no borrow leaves the lane.
  EDITOPS_ALWAYS_INLINE friend SwarLanes operator-(SwarLanes a, SwarLanes b) {
    if constexpr (W == 64) return {a.v - b.v};
    return {((a.v | kHigh) - (b.v & ~kHigh)) ^ ((a.v ^ ~b.v) & kHigh)};
  }
};

// Per lane x << 1, with nothing shifted in from the lane below.
template <unsigned W>
EDITOPS_ALWAYS_INLINE void shift_up(SwarLanes<W>& x) {
  x.v = (x.v << 1) & ~SwarLanes<W>::kLow;
}

// score += 1 in every lane where plus is nonzero, and -= 1 where minus is nonzero (wrapping).
template <unsigned W>
EDITOPS_ALWAYS_INLINE void count_hits(SwarLanes<W>& score, const SwarLanes<W>& plus, const SwarLanes<W>& minus) {
  constexpr uint64_t kHigh = SwarLanes<W>::kHigh;
  // A lane's top bit ends up set iff the lane is nonzero; then it moves down to bit 0.
  const auto nonzero = [](uint64_t t) { return ((((t & ~kHigh) + ~kHigh) | t) & kHigh) >> (W - 1); };
  score = score + SwarLanes<W>{nonzero(plus.v)};
  score = score - SwarLanes<W>{nonzero(minus.v)};
}

}  // namespace editops::detail
