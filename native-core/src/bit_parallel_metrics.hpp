// The bit-parallel metrics, each described once: Levenshtein, OSA and Indel. A traits struct holds
// everything in which one of them differs from the others; the drivers are written once over it:
//
//   bit_parallel_distance.hpp   the pairwise distance with a cutoff (trim, bounds, small-cutoff
//                               models, then the one-word pass or the band pass)
//   band_distance.hpp           the band pass with band doubling (over myers_band.hpp)
//   bit_parallel_editops.hpp    the edit script and its path choice (over band_editops.hpp)
//   cached_scorer.cpp           one query against many choices, and the SIMD lanes
//
// What a traits struct holds (static members):
//   kRecurrence      the column step the band computes (Recurrence)
//   kStateWords      words of pass state per 64-row block: a checkpoint of the split saves this
//                    many per block, so it also sizes the split's memory bound
//   kLanes           whether myers_lanes.hpp has its column step (one query, 8 choices at once)
//   kSmallCutoffModels  whether small_cutoff(a, b, k) exists: mbleven for a cutoff 0 <= k <= 3
//   maximum(n, m)    the largest distance of an n x m pair, which is also the longest script
//   one_word<kStore>(n, b, k, get, store)
//                    the distance for a pattern of 1..64 rows whose match vectors get(c) returns,
//                    or a value over k once it is over a cutoff k >= 0; with kStore, the bits the
//                    backtrace reads, two words per column j at store[2 (j - 1)]
//   backtrace(a, b, bits, script)
//                    the canonical walk back over stored bits (defined next to the metric's rule
//                    in levenshtein_editops.cpp, osa.cpp, indel.cpp: the only place that
//                    instantiates it; forced inline, as each instantiation has one caller)
//
// Vocabulary: the metric is "Indel" everywhere, as in Metric::Indel, because that is what the
// caller asks for and what every function returns. "LCS" names only the quantity its recurrence
// counts (Allison & Dix 1986 compute LCS lengths, and lcs_single_word returns one): the one place
// that turns an LCS length into an Indel distance is IndelTraits::one_word.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "always_inline.hpp"
#include "edit_script.hpp"
#include "editops/editops.hpp"
#include "mbleven.hpp"
#include "myers_single.hpp"

namespace editops::detail {

// Which column step the band computes (myers_band.hpp).
enum class Recurrence { Levenshtein, Osa, Indel };

// A pattern of at most this many rows fits one machine word per column: the one-word pass, with
// its match vectors on the stack. Longer ones take the blocked band pass.
constexpr size_t kOneWordRows = 64;
inline bool fits_one_word(size_t rows) { return rows <= kOneWordRows; }

struct LevenshteinTraits {
  static constexpr Recurrence kRecurrence = Recurrence::Levenshtein;
  static constexpr size_t kStateWords = 4;  // VP, VN, D0, score
  static constexpr bool kLanes = true;
  static constexpr bool kSmallCutoffModels = true;
  static uint64_t maximum(uint64_t n, uint64_t m) { return std::max(n, m); }
  static int64_t small_cutoff(Sequence a, Sequence b, int64_t k) { return mbleven_levenshtein(a, b, k); }
  template <bool kStore = false, class GetPM>
  static int64_t one_word(size_t n, Sequence b, int64_t k, GetPM&& get, uint64_t* store = nullptr) {
    return myers_single_word<false, kStore>(n, b, k, get, store);
  }
  template <class Bits>
  EDITOPS_ALWAYS_INLINE static void backtrace(Sequence a, Sequence b, Bits& bits, BackwardScript& script);
};

struct OsaTraits {
  static constexpr Recurrence kRecurrence = Recurrence::Osa;
  static constexpr size_t kStateWords = 5;  // VP, VN, D0, score and PM' (the previous column's PM)
  static constexpr bool kLanes = true;
  static constexpr bool kSmallCutoffModels = false;  // mbleven has no transposition models
  static uint64_t maximum(uint64_t n, uint64_t m) { return std::max(n, m); }
  template <bool kStore = false, class GetPM>
  static int64_t one_word(size_t n, Sequence b, int64_t k, GetPM&& get, uint64_t* store = nullptr) {
    return myers_single_word<true, kStore>(n, b, k, get, store);
  }
  template <class Bits>
  EDITOPS_ALWAYS_INLINE static void backtrace(Sequence a, Sequence b, Bits& bits, BackwardScript& script);
};

struct IndelTraits {
  static constexpr Recurrence kRecurrence = Recurrence::Indel;
  static constexpr size_t kStateWords = 4;  // V (kept as VP), VN and D0 (unused), score
  static constexpr bool kLanes = false;     // myers_lanes.hpp has no LCS step
  static constexpr bool kSmallCutoffModels = true;
  static uint64_t maximum(uint64_t n, uint64_t m) { return add_sat(n, m); }
  static int64_t small_cutoff(Sequence a, Sequence b, int64_t k) { return mbleven_indel(a, b, k); }
  // The pass gives the LCS length L, or -1 once the cutoff cannot hold; D = n + m - 2 L.
  template <bool kStore = false, class GetPM>
  static int64_t one_word(size_t n, Sequence b, int64_t k, GetPM&& get, uint64_t* store = nullptr) {
    const int64_t lcs = lcs_single_word<kStore>(n, b, k, get, store);
    return lcs < 0 ? k + 1 : static_cast<int64_t>(n + b.size) - 2 * lcs;
  }
  template <class Bits>
  EDITOPS_ALWAYS_INLINE static void backtrace(Sequence a, Sequence b, Bits& bits, BackwardScript& script);
};

}  // namespace editops::detail
