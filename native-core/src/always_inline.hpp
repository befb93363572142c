// EDITOPS_ALWAYS_INLINE: forces a function into its callers.
//
// Two uses. A function called from a target("avx2") function is compiled for AVX2 only when it is
// inlined there (myers_lanes.hpp). And a small template dispatcher instantiated from inside another
// template (with_lookup from the bit-parallel drivers) gets a linkage of its own, which makes GCC
// weigh it as shared code and keep it out of line: one more call per pairwise distance, measured
// at about 15 instructions (5%) on short words.
#pragma once

#if defined(__GNUC__) || defined(__clang__)
#define EDITOPS_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define EDITOPS_ALWAYS_INLINE inline
#endif
