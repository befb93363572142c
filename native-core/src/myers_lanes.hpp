// Myers/Hyyrö bit-parallel distance (see levenshtein_distance.cpp for the notation) of one short
// pattern against kLanes texts at once: lane l of every vector holds the column state of text l.
// A pattern of at most 32 symbols fits a 32-bit lane, so one 256-bit vector carries 8 texts. The
// vectors are GCC/Clang vector extensions, which compile to AVX2, to SSE2 (two halves), or to
// wasm simd128, whichever the function they end up in targets: on x86-64 myers_lanes.cpp builds
// the loop twice, for AVX2 and for the baseline, and picks one by the CPU it runs on.
//
// Lanes run in lockstep up to the longest text; a lane whose text has ended reads no symbol and
// its score no longer changes, so it ends holding D[n][m_l]. The pattern match vectors come from
// the caller (the cached scorer's table), one lookup per lane and column: that gather is the part
// SIMD cannot do, and it is why the lanes pay only across many short choices.
#pragma once

#include <cstddef>
#include <cstdint>

#include "always_inline.hpp"
#include "editops/editops.hpp"

namespace editops::detail {

constexpr size_t kLanes = 8;
constexpr size_t kMaxLanePattern = 32;

// Whether the lanes beat one choice at a time on this build's target. Measured on 100 misspelled
// words against the 104k-word list (distance_many, ns per choice): x86-64 native 25 vs 31; wasm
// 76 with simd128 and 96 without, against 53 one at a time, because wasm has no cheap way to fill
// a vector lane by lane. So wasm keeps the scalar path.
#if defined(__EMSCRIPTEN__)
constexpr bool kLanesPay = false;
#else
constexpr bool kLanesPay = true;
#endif

using LaneVector = uint32_t __attribute__((vector_size(4 * kLanes)));

// out[l] = D[n][texts[l].size] for l < kLanes; n in 1..32. kOsa adds Hyyrö's transposition term.
// Forced inline (always_inline.hpp), so that it is compiled for its caller's target; PM's call
// operator must be EDITOPS_ALWAYS_INLINE too (the lookups of myers_lanes.cpp are).
template <bool kOsa, class GetPM>
EDITOPS_ALWAYS_INLINE void myers_lanes(size_t n, const Sequence* texts, GetPM&& PM, int64_t* out) {
  size_t longest = 0;
  for (size_t l = 0; l < kLanes; ++l) longest = texts[l].size > longest ? texts[l].size : longest;
  const uint32_t shift = static_cast<uint32_t>(n - 1);
  LaneVector VP = ~LaneVector{};
  LaneVector VN = LaneVector{};
  LaneVector D0 = ~LaneVector{};
  LaneVector PM_prev = LaneVector{};
  LaneVector score = LaneVector{} + static_cast<uint32_t>(n);
  for (size_t j = 0; j < longest; ++j) {
    LaneVector X;
    LaneVector live;  // 1 while lane l still has a column j
    for (size_t l = 0; l < kLanes; ++l) {
      const bool has = j < texts[l].size;
      X[l] = has ? static_cast<uint32_t>(PM(texts[l].data[j])) : 0u;
      live[l] = has ? 1u : 0u;
    }
    if constexpr (kOsa) {
      const LaneVector TR = (((~D0) & X) << 1) & PM_prev;
      D0 = (((X & VP) + VP) ^ VP) | X | VN | TR;
      PM_prev = X;
    } else {
      D0 = (((X & VP) + VP) ^ VP) | X | VN;
    }
    LaneVector HP = VN | ~(D0 | VP);
    LaneVector HN = VP & D0;
    score += (((HP >> shift) & 1u) - ((HN >> shift) & 1u)) * live;
    HP = (HP << 1) | 1u;
    HN = HN << 1;
    VP = HN | ~(D0 | HP);
    VN = HP & D0;
  }
  for (size_t l = 0; l < kLanes; ++l) out[l] = static_cast<int64_t>(score[l]);
}

class PatternMatchVector;

// The builds of the lanes loop. Avx2 exists on x86-64 with GCC or Clang (not in wasm).
enum class LanesTarget { Baseline, Avx2 };

// The build myers_lanes_distance runs on this CPU: Avx2 where the CPU and the build have it.
LanesTarget lanes_target();

// myers_lanes over a pattern's cached match vectors (its first constructor: valid for every
// symbol), with the build lanes_target() names.
void myers_lanes_distance(const PatternMatchVector& PM, size_t n, bool osa, const Sequence* texts, int64_t* out);

// The same with a chosen build, for the tests, which run both on one CPU. Avx2 is only valid when
// lanes_target() is Avx2.
void myers_lanes_distance_on(LanesTarget target, const PatternMatchVector& PM, size_t n, bool osa,
                             const Sequence* texts, int64_t* out);

}  // namespace editops::detail
