#include "myers_lanes.hpp"

#include "pattern_match.hpp"

namespace editops::detail {

// On x86-64 Linux, GCC and Clang build this function twice, for AVX2 and for the SSE2 baseline,
// and the loader picks one by the CPU it runs on (an ifunc). Elsewhere the build's own target
// decides: wasm builds with simd128.
#if defined(__x86_64__) && defined(__linux__) && !defined(__EMSCRIPTEN__)
#define EDITOPS_LANES_TARGETS __attribute__((target_clones("avx2", "default")))
#else
#define EDITOPS_LANES_TARGETS
#endif

EDITOPS_LANES_TARGETS
void myers_lanes_distance(const PatternMatchVector& PM, size_t n, bool osa, const Sequence* texts, int64_t* out) {
  // The lookup is the part that does not vectorize; the narrow one has no branch on the map.
  const auto narrow = [&PM](Symbol c) { return c < 256 ? PM.get_latin1(c) : 0; };
  const auto any = [&PM](Symbol c) { return PM.get(c); };
  if (!PM.has_wide_symbols()) {
    osa ? myers_lanes<true>(n, texts, narrow, out) : myers_lanes<false>(n, texts, narrow, out);
  } else {
    osa ? myers_lanes<true>(n, texts, any, out) : myers_lanes<false>(n, texts, any, out);
  }
}

}  // namespace editops::detail
