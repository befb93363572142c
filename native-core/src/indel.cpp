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
// band_distance.hpp, band_editops.hpp, Recurrence::Indel): band doubling for the distance, and a
// stored band or the checkpointed split for the script. In D = i + j - 2 L every step moves D by -1 or +1, so the same
// band rules keep every optimal path, and on its cells the banded V_j bits equal the full ones.
#include "indel.hpp"

#include <algorithm>
#include <utility>

#include "bit_parallel_distance.hpp"
#include "bit_parallel_editops.hpp"
#include "bit_parallel_metrics.hpp"
#include "edit_script.hpp"

namespace editops::detail {

template <class Bits>
EDITOPS_ALWAYS_INLINE void IndelTraits::backtrace(Sequence a, Sequence b, Bits& bits, BackwardScript& script) {
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

int64_t indel_distance(Sequence a, Sequence b, int64_t max_distance) {
  return bit_parallel_distance<IndelTraits>(a, b, max_distance);
}

uint64_t indel_editops_bytes(uint64_t n, uint64_t m, int64_t max_distance) {
  return bit_parallel_editops_bytes<IndelTraits>(n, m, max_distance);
}

Status indel_editops(Sequence a, Sequence b, int64_t max_distance, Path path, std::vector<int32_t>& ops,
                     const EditopsBudget& budget) {
  return bit_parallel_editops<IndelTraits>(a, b, max_distance, path, ops, budget);
}

}  // namespace editops::detail
