// The lanes loop (myers_lanes.hpp), built for the baseline target and, on x86-64 with GCC or
// Clang, a second time for AVX2, chosen by the CPU at the first call. The AVX2 build is a
// function with target("avx2") into which the whole loop is forced inline (myers_lanes and the
// lookups are EDITOPS_ALWAYS_INLINE), so every vector operation of it is compiled for AVX2: a
// target_clones attribute on the caller alone clones only the caller, and the loop it calls stays
// a baseline function. An explicit check of __builtin_cpu_supports, rather than an ifunc, also
// works where the loader has no ifuncs (musl, macOS). wasm has no AVX2 and builds the baseline
// only (with simd128).
#include "myers_lanes.hpp"

#include "pattern_match.hpp"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__)) && !defined(__EMSCRIPTEN__)
#define EDITOPS_LANES_AVX2 1
#else
#define EDITOPS_LANES_AVX2 0
#endif

namespace editops::detail {
namespace {

// The lookup is the part that does not vectorize; the narrow one has no branch on the map.
struct Latin1Lookup {
  const PatternMatchVector& PM;
  EDITOPS_ALWAYS_INLINE uint64_t operator()(Symbol c) const { return c < 256 ? PM.get_latin1(c) : 0; }
};
struct AnyLookup {
  const PatternMatchVector& PM;
  EDITOPS_ALWAYS_INLINE uint64_t operator()(Symbol c) const { return PM.get(c); }
};

EDITOPS_ALWAYS_INLINE void lanes(const PatternMatchVector& PM, size_t n, bool osa, const Sequence* texts,
                                 int64_t* out) {
  if (!PM.has_wide_symbols()) {
    const Latin1Lookup get{PM};
    osa ? myers_lanes<true>(n, texts, get, out) : myers_lanes<false>(n, texts, get, out);
  } else {
    const AnyLookup get{PM};
    osa ? myers_lanes<true>(n, texts, get, out) : myers_lanes<false>(n, texts, get, out);
  }
}

// noinline: each build stays a function of its own name, which packages/native-addon's
// check-avx2.mjs finds in the built addon.
__attribute__((noinline)) void lanes_baseline(const PatternMatchVector& PM, size_t n, bool osa, const Sequence* texts, int64_t* out) {
  lanes(PM, n, osa, texts, out);
}

#if EDITOPS_LANES_AVX2
__attribute__((target("avx2"), noinline)) void lanes_avx2(const PatternMatchVector& PM, size_t n, bool osa,
                                                          const Sequence* texts, int64_t* out) {
  lanes(PM, n, osa, texts, out);
}

bool cpu_has_avx2() {
  __builtin_cpu_init();  // harmless after the runtime's own; needed if called from a constructor
  return __builtin_cpu_supports("avx2") != 0;
}
#endif

}  // namespace

LanesTarget lanes_target() {
#if EDITOPS_LANES_AVX2
  static const LanesTarget target = cpu_has_avx2() ? LanesTarget::Avx2 : LanesTarget::Baseline;
  return target;
#else
  return LanesTarget::Baseline;
#endif
}

void myers_lanes_distance_on(LanesTarget target, const PatternMatchVector& PM, size_t n, bool osa,
                             const Sequence* texts, int64_t* out) {
#if EDITOPS_LANES_AVX2
  if (target == LanesTarget::Avx2) return lanes_avx2(PM, n, osa, texts, out);
#else
  static_cast<void>(target);
#endif
  lanes_baseline(PM, n, osa, texts, out);
}

void myers_lanes_distance(const PatternMatchVector& PM, size_t n, bool osa, const Sequence* texts, int64_t* out) {
  myers_lanes_distance_on(lanes_target(), PM, n, osa, texts, out);
}

}  // namespace editops::detail
