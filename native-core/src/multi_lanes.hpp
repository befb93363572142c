// Multi-pattern lanes: many short strings (patterns of 1..64 symbols) scored against one streamed
// text at a time, a whole group of patterns per instruction (multi_lanes_kernel.hpp).
//
// A LaneSet groups its patterns by length into lanes of 8, 16, 32 or 64 bits, as many per vector
// as the SIMD path holds (32 lanes of 8 bits in AVX2's 256; 8 in the scalar path's uint64). Each
// group has one match vector per symbol of the streamed side: the streamed strings' distinct
// symbols get ids 1..S (StreamAlphabet, a direct table below 256 and a hash map above), a text is
// encoded to ids once, and a group's table is S + 1 rows of one vector each, so a text column is
// one row load whatever the symbol. Row 0 collects the pattern symbols no text has.
//
// The SIMD path is chosen once per process: the best the CPU and build run, or the one
// EDITOPS_SIMD names (docs/limits.md), so that the tests and the conformance projects can run
// every path on one machine.
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "editops/c_api.h"
#include "editops/editops.hpp"
#include "multi_lanes_kernel.hpp"

namespace editops::detail {

// Whether this build has the lanes at all. The scalar wasm module leaves them out: they cost it
// 7 kB gzip and ran no faster than one choice at a time there, so it keeps the one-at-a-time
// paths; the simd128 module (editops-simd128.wasm, -msimd128) has them on 128-bit vectors.
#if defined(__EMSCRIPTEN__) && !defined(__wasm_simd128__)
constexpr bool kMultiLanesBuilt = false;
#else
constexpr bool kMultiLanesBuilt = true;
#endif

// The numbers are eo_simd_path_code's (c_api.h), which eo_simd_path() reports; EDITOPS_SIMD's names map
// to them (simd_path_from_name).
enum class SimdPath : int32_t {
  Scalar = EO_SIMD_SCALAR,
  Sse2 = EO_SIMD_SSE2,
  Avx2 = EO_SIMD_AVX2,
  Simd128 = EO_SIMD_SIMD128,
  Neon = EO_SIMD_NEON,
};

// "scalar", "sse2", "avx2", "simd128", "neon".
const char* simd_path_name(SimdPath path);
// False for a name not in that list (and for nullptr).
bool simd_path_from_name(const char* name, SimdPath& path);
// Whether this build has the path and this CPU runs it.
bool simd_path_runs(SimdPath path);
// The widest path that runs here.
SimdPath best_simd_path();
// The path the batch functions use: EDITOPS_SIMD's when it names one that runs, the scalar path
// when it names one that does not (never an illegal instruction), else best_simd_path(). Read once.
SimdPath active_simd_path();
// Bytes per vector: 8, 16 or 32.
size_t simd_vector_bytes(SimdPath path);

// The lane metric of batch options, if the lanes have one: unit-weight Levenshtein, OSA, Indel.
bool lane_metric_of(const Options& options, LaneMetric& metric);

// Ids 1..size() for the distinct symbols of the streamed strings added; 0 for any other symbol.
class StreamAlphabet {
 public:
  StreamAlphabet() { for (uint32_t& id : latin1_) id = 0; }
  void add(Sequence text);
  uint32_t id(Symbol c) const {
    if (c < 256) return latin1_[c];
    if (wide_.empty()) return 0;
    const auto found = wide_.find(c);
    return found == wide_.end() ? 0 : found->second;
  }
  size_t size() const { return size_; }
  // Appends the ids of text's symbols.
  void encode(Sequence text, std::vector<uint32_t>& out) const;

 private:
  uint32_t latin1_[256];
  std::unordered_map<Symbol, uint32_t> wide_;
  size_t size_ = 0;
};

class LaneSet {
 public:
  // Longest pattern a lane holds.
  static constexpr size_t kMaxPattern = 64;
  static bool fits(size_t length) { return length >= 1 && length <= kMaxPattern; }
  // Past this many streamed symbols the tables (S + 1 rows per group) cost more than they save.
  static constexpr size_t kMaxAlphabet = 4096;
  // How many patterns one build should take so that its tables stay within about 1 MiB.
  static size_t patterns_per_build(SimdPath path, size_t alphabet_size);

  LaneSet(SimdPath path, LaneMetric metric) : path_(path), metric_(metric) {}

  // Groups patterns[0..count) (each fits()) and builds their tables for the alphabet's texts.
  void build(const Sequence* patterns, size_t count, const StreamAlphabet& alphabet);

  // out[k] = the distance of patterns[k] (as given to build) to the text ids[0..n).
  void distances(const uint32_t* ids, size_t n, int64_t* out) const;

 private:
  struct Group {
    unsigned width;            // bits per lane
    size_t first;              // its patterns are members_[first, first + lanes)
    size_t count;              // lanes in use
    size_t table;              // byte offset of its rows in table_
    uint8_t lengths[32];       // lane words of `width` bits, little-endian (sizeof = one vector)
  };

  SimdPath path_;
  LaneMetric metric_;
  size_t rows_ = 0;
  std::vector<Group> groups_;
  std::vector<uint32_t> members_;      // pattern numbers, group by group
  std::vector<uint32_t> lengths_;      // pattern lengths, by pattern number
  std::vector<uint64_t> table_;        // 8-byte units; vector loads are unaligned (memcpy)
};

// For the tests and the fuzzer: one kernel call on a chosen path. `lengths` and `out` are lane
// words of `width` bits, simd_vector_bytes(path) bytes each; the path must run here.
void run_lane_kernel(SimdPath path, LaneMetric metric, unsigned width, const unsigned char* table,
                     const uint32_t* ids, size_t n, const void* lengths, void* out);

}  // namespace editops::detail
