// Indel distance through the length of a longest common subsequence, D = n + m - 2 * L, with the
// bit-parallel LCS algorithm of Allison & Dix 1986 ("A bit-string longest-common-subsequence
// algorithm", Inf. Process. Lett. 23) in the simplified form of Hyyrö 2004 ("Bit-parallel LCS-length
// computation revisited", AWOCA 2004), whose names we use:
//
//   L[i][j]  LCS length of a[0..i) (rows, the pattern) and b[0..j) (columns)
//   PM       pattern match vectors, as in pattern_match.hpp
//   V        column j: bit i-1 is 0 iff L[i][j] = L[i-1][j] + 1, so L[n][j] = zero bits of V
//
//   V = ~0 (column 0),    U = V & PM[b[j-1]],    V' = (V + U) | (V - U)
//
// and V - U = V & ~PM, as U is a subset of V. Only the addition carries from word to word of the
// blocked form (Hyyrö 2004, after Myers 1999).
//
// The canonical backtrace, from (n, m) of the trimmed core, with D[i][j] = i + j - 2 L[i][j]:
//   match    a[i-1] == b[j-1] (always optimal for an LCS)
//   delete   D[i-1][j] + 1 == D[i][j], i.e. L[i-1][j] == L[i][j]: bit i-1 of V_j set
//   insert   otherwise
// then deletes down column 0 or inserts along row 0. V_j (1 bit per cell) is all it needs.
//
// Longer patterns run the banded machinery shared with Levenshtein and OSA (myers_band.hpp,
// band_editops.hpp, BandKind::Lcs): band doubling for the distance, and a stored band or the
// checkpointed split for the script. In D = i + j - 2 L every step moves D by -1 or +1, so the same
// band rules keep every optimal path, and on its cells the banded V_j bits equal the full ones.
#include "indel.hpp"

#include <algorithm>
#include <utility>

#include "bit_parallel_editops.hpp"
#include "band_editops.hpp"
#include "common_affix.hpp"
#include "edit_script.hpp"
#include "mbleven.hpp"
#include "myers_single.hpp"
#include "pattern_match.hpp"

namespace editops::detail {
namespace {

template <class Bits>
void backtrace(Sequence a, Sequence b, Bits& bits, BackwardScript& script) {
  size_t i = a.size;
  size_t j = b.size;
  while (i > 0 && j > 0) {
    if (a.data[i - 1] == b.data[j - 1]) {
      --i, --j;
      continue;
    }
    bits.seek(j);
    if (bits.vp(i, j)) {  // V_j bit i-1
      script.push(OpType::Delete, i - 1, j);
      --i;
    } else {
      script.push(OpType::Insert, i, j - 1);
      --j;
    }
  }
  script.push_edge(i, j);
}

}  // namespace

int64_t indel_distance(Sequence a, Sequence b, int64_t max_distance) {
  trim_common_affix(a, b);
  if (a.size > b.size) std::swap(a, b);  // symmetric; the shorter is the pattern
  const auto total = static_cast<int64_t>(a.size + b.size);
  if (a.size == 0) return clamp_to_cutoff(total, max_distance);
  if (over(static_cast<int64_t>(b.size - a.size), max_distance)) return max_distance + 1;
  if (max_distance >= 0 && max_distance <= 3) return mbleven_indel(a, b, max_distance);

  if (a.size <= 64) {
    const PatternMatchVector PM(a, b);
    const int64_t lcs =
        with_lookup(PM, [&](auto get) { return lcs_single_word(a.size, b, max_distance, get); });
    return lcs < 0 ? max_distance + 1 : clamp_to_cutoff(total - 2 * lcs, max_distance);
  }
  const BlockPatternMatchVector PM(a);
  return clamp_to_cutoff(band_distance<BandKind::Lcs>(PM, a.size, b, max_distance), max_distance);
}

int64_t indel_distance_blocked(const BlockPatternMatchVector& PM, size_t n, Sequence b, int64_t max_distance) {
  return clamp_to_cutoff(band_distance<BandKind::Lcs>(PM, n, b, max_distance), max_distance);
}

// What bit_parallel_editops needs of indel (see bit_parallel_editops.hpp).
struct LcsEditops {
  static constexpr BandKind kind = BandKind::Lcs;
  static constexpr uint64_t split_words_per_column = 4;
  static uint64_t max_ops(uint64_t n, uint64_t m) { return add_sat(n, m); }
  // The pass gives the LCS length L, or -1 once the cutoff cannot hold; D = n + m - 2 L.
  template <class GetPM>
  static int64_t single_word(size_t n, Sequence b, int64_t k, GetPM get, uint64_t* store) {
    const int64_t lcs = lcs_single_word<true>(n, b, k, get, store);
    return lcs < 0 ? k + 1 : static_cast<int64_t>(n + b.size) - 2 * lcs;
  }
  template <class Bits>
  static void backtrace(Sequence a, Sequence b, Bits& bits, BackwardScript& script) {
    detail::backtrace(a, b, bits, script);
  }
};

uint64_t indel_editops_bytes(uint64_t n, uint64_t m, int64_t max_distance) {
  return bit_parallel_editops_bytes<LcsEditops>(n, m, max_distance);
}

Status indel_editops(Sequence a, Sequence b, int64_t max_distance, Path path, std::vector<int32_t>& ops,
                     const EditopsBudget& budget) {
  return bit_parallel_editops<LcsEditops>(a, b, max_distance, path, ops, budget);
}

}  // namespace editops::detail
