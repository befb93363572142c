// The builds of the multi-pattern lanes kernel and the choice among them.
//
//   scalar   SwarLanes (uint64_t), every target
//   sse2     128-bit vector extensions in the baseline x86-64 build (SSE2 is part of x86-64)
//   avx2     256-bit vectors in functions with target("avx2"), run only where the CPU has AVX2
//   simd128  128-bit vectors in a wasm build with -msimd128 (the second wasm module)
//   neon     128-bit vectors in the baseline arm64 build (NEON is part of AArch64)
//
// AVX2 code stays inside the target("avx2") functions: the kernel and its helpers are forced
// inline into them (always_inline.hpp), and nothing out of line is shared with the baseline. An
// explicit __builtin_cpu_supports check rather than an ifunc works where the loader has no
// ifuncs (musl, macOS).
#include <cstdlib>
#include <cstring>

#include "multi_lanes.hpp"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__)) && !defined(__EMSCRIPTEN__)
#define EDITOPS_MULTI_X86 1
#else
#define EDITOPS_MULTI_X86 0
#endif
#if defined(__EMSCRIPTEN__) && defined(__wasm_simd128__)
#define EDITOPS_MULTI_SIMD128 1
#else
#define EDITOPS_MULTI_SIMD128 0
#endif
#if defined(__aarch64__) && (defined(__GNUC__) || defined(__clang__))
#define EDITOPS_MULTI_NEON 1
#else
#define EDITOPS_MULTI_NEON 0
#endif
#define EDITOPS_MULTI_VEC128 (EDITOPS_MULTI_X86 || EDITOPS_MULTI_SIMD128 || EDITOPS_MULTI_NEON)

namespace editops::detail {
namespace {

using Kernel = void (*)(const unsigned char*, const uint32_t*, size_t, const void*, void*);

template <LaneMetric kMetric, class V, class T>
void kernel_of(const unsigned char* table, const uint32_t* ids, size_t n, const void* lengths, void* out) {
  multi_lanes_kernel<kMetric, V, T>(table, ids, n, static_cast<const T*>(lengths), static_cast<T*>(out));
}

// kernels[metric][width class] for one build; the width classes are 8, 16, 32, 64 bits.
struct KernelTable {
  Kernel at[3][4];
};

template <class T>
constexpr size_t width_class() {
  return sizeof(T) == 1 ? 0 : sizeof(T) == 2 ? 1 : sizeof(T) == 4 ? 2 : 3;
}

template <template <class> class VectorOf>
constexpr KernelTable table_of() {
  KernelTable t{};
#define EDITOPS_MULTI_ROW(T)                                                                                      \
  t.at[0][width_class<T>()] = &kernel_of<LaneMetric::Levenshtein, typename VectorOf<T>::type, T>;                \
  t.at[1][width_class<T>()] = &kernel_of<LaneMetric::Osa, typename VectorOf<T>::type, T>;                        \
  t.at[2][width_class<T>()] = &kernel_of<LaneMetric::Indel, typename VectorOf<T>::type, T>;
  EDITOPS_MULTI_ROW(uint8_t)
  EDITOPS_MULTI_ROW(uint16_t)
  EDITOPS_MULTI_ROW(uint32_t)
  EDITOPS_MULTI_ROW(uint64_t)
#undef EDITOPS_MULTI_ROW
  return t;
}

template <class T>
struct Scalar {
  using type = SwarLanes<8 * sizeof(T)>;
};

#if EDITOPS_MULTI_VEC128
template <class T>
struct Vec128 {
  typedef T type __attribute__((vector_size(16)));
};
#endif

#if !defined(__EMSCRIPTEN__) || defined(__wasm_simd128__)
#define EDITOPS_MULTI_SCALAR 1
const KernelTable kScalar = table_of<Scalar>();
#else
#define EDITOPS_MULTI_SCALAR 0
#endif
#if EDITOPS_MULTI_VEC128
const KernelTable kVec128 = table_of<Vec128>();
#endif

#if EDITOPS_MULTI_X86
template <class T>
struct Vec256 {
  typedef T type __attribute__((vector_size(32)));
};

// One target("avx2") function per kernel, into which the whole kernel is forced inline.
#define EDITOPS_MULTI_AVX2(name, metric, T)                                                                     \
  __attribute__((target("avx2"), noinline)) void name(const unsigned char* table, const uint32_t* ids, size_t n, \
                                                      const void* lengths, void* out) {                         \
    multi_lanes_kernel<metric, Vec256<T>::type, T>(table, ids, n, static_cast<const T*>(lengths),             \
                                                   static_cast<T*>(out));                                      \
  }
EDITOPS_MULTI_AVX2(avx2_levenshtein_8, LaneMetric::Levenshtein, uint8_t)
EDITOPS_MULTI_AVX2(avx2_levenshtein_16, LaneMetric::Levenshtein, uint16_t)
EDITOPS_MULTI_AVX2(avx2_levenshtein_32, LaneMetric::Levenshtein, uint32_t)
EDITOPS_MULTI_AVX2(avx2_levenshtein_64, LaneMetric::Levenshtein, uint64_t)
EDITOPS_MULTI_AVX2(avx2_osa_8, LaneMetric::Osa, uint8_t)
EDITOPS_MULTI_AVX2(avx2_osa_16, LaneMetric::Osa, uint16_t)
EDITOPS_MULTI_AVX2(avx2_osa_32, LaneMetric::Osa, uint32_t)
EDITOPS_MULTI_AVX2(avx2_osa_64, LaneMetric::Osa, uint64_t)
EDITOPS_MULTI_AVX2(avx2_indel_8, LaneMetric::Indel, uint8_t)
EDITOPS_MULTI_AVX2(avx2_indel_16, LaneMetric::Indel, uint16_t)
EDITOPS_MULTI_AVX2(avx2_indel_32, LaneMetric::Indel, uint32_t)
EDITOPS_MULTI_AVX2(avx2_indel_64, LaneMetric::Indel, uint64_t)
#undef EDITOPS_MULTI_AVX2

const KernelTable kAvx2 = {{{avx2_levenshtein_8, avx2_levenshtein_16, avx2_levenshtein_32, avx2_levenshtein_64},
                            {avx2_osa_8, avx2_osa_16, avx2_osa_32, avx2_osa_64},
                            {avx2_indel_8, avx2_indel_16, avx2_indel_32, avx2_indel_64}}};

bool cpu_has_avx2() {
  static const bool has = [] {
    __builtin_cpu_init();  // harmless after the runtime's own; needed if called from a constructor
    return __builtin_cpu_supports("avx2") != 0;
  }();
  return has;
}
#endif

const KernelTable* kernels_of(SimdPath path) {
  switch (path) {
#if EDITOPS_MULTI_SCALAR
    case SimdPath::Scalar:
      return &kScalar;
#endif
#if EDITOPS_MULTI_X86
    case SimdPath::Sse2:
      return &kVec128;
    case SimdPath::Avx2:
      return cpu_has_avx2() ? &kAvx2 : nullptr;
#endif
#if EDITOPS_MULTI_SIMD128
    case SimdPath::Simd128:
      return &kVec128;
#endif
#if EDITOPS_MULTI_NEON
    case SimdPath::Neon:
      return &kVec128;
#endif
    default:
      return nullptr;
  }
}

size_t width_class_of(unsigned width) { return width == 8 ? 0 : width == 16 ? 1 : width == 32 ? 2 : 3; }

const char* const kNames[] = {"scalar", "sse2", "avx2", "simd128", "neon"};

SimdPath choose_active_path() {
#if defined(__EMSCRIPTEN__)
  // wasm has no environment to read (getenv would call WASI's environ_get, which the loader
  // does not provide): the module the loader picked is the path.
  return best_simd_path();
#else
  const char* forced = std::getenv("EDITOPS_SIMD");
  if (forced == nullptr || forced[0] == '\0') return best_simd_path();
  SimdPath path;
  if (!simd_path_from_name(forced, path)) return best_simd_path();
  return simd_path_runs(path) ? path : SimdPath::Scalar;
#endif
}

}  // namespace

const char* simd_path_name(SimdPath path) {
  const auto k = static_cast<size_t>(path);
  return k < sizeof kNames / sizeof kNames[0] ? kNames[k] : "unknown";
}

bool simd_path_from_name(const char* name, SimdPath& path) {
  if (name == nullptr) return false;
  for (size_t k = 0; k < sizeof kNames / sizeof kNames[0]; ++k) {
    if (std::strcmp(name, kNames[k]) == 0) {
      path = static_cast<SimdPath>(k);
      return true;
    }
  }
  return false;
}

bool simd_path_runs(SimdPath path) { return kernels_of(path) != nullptr; }

SimdPath best_simd_path() {
  for (const SimdPath path : {SimdPath::Avx2, SimdPath::Simd128, SimdPath::Neon, SimdPath::Sse2}) {
    if (simd_path_runs(path)) return path;
  }
  return SimdPath::Scalar;
}

SimdPath active_simd_path() {
  static const SimdPath path = choose_active_path();
  return path;
}

size_t simd_vector_bytes(SimdPath path) {
  switch (path) {
    case SimdPath::Scalar:
      return 8;
    case SimdPath::Avx2:
      return 32;
    default:
      return 16;
  }
}

void run_lane_kernel(SimdPath path, LaneMetric metric, unsigned width, const unsigned char* table,
                     const uint32_t* ids, size_t n, const void* lengths, void* out) {
  const KernelTable* kernels = kernels_of(path);
  if (kernels == nullptr) return;  // only where kMultiLanesBuilt is false, and then never called
  kernels->at[static_cast<size_t>(metric)][width_class_of(width)](table, ids, n, lengths, out);
}

}  // namespace editops::detail
