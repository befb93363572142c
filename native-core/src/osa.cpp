// Optimal string alignment (OSA) distance and edit script with the bit-parallel algorithm of Hyyrö
// 2003 ("A bit-vector algorithm for computing Levenshtein and Damerau edit distances", Nordic J.
// Computing 10), which adds transpositions to Myers 1999. The recurrence is Levenshtein's plus
//
//   D[i][j] = min(..., D[i-2][j-2] + 1)   if i, j >= 2, a[i-1] == b[j-2] and a[i-2] == b[j-1]
//
// Variable names are Hyyrö's, as in levenshtein_distance.cpp (PM, VP, VN, HP, HN, D0); PM'_j and D0' are the
// match vector and D0 of the previous column. Hyyrö shows the deltas keep their Levenshtein ranges
// (vertical and horizontal in {-1, 0, +1}, diagonal in {0, +1}) and that a transposition can only
// turn a diagonal delta into 0, which happens at row i exactly when bit i-1 of
//
//   TR = (((~D0') & PM_j) << 1) & PM'_j
//
// is set: a[i-2] == b[j-1], a[i-1] == b[j-2] and D[i-1][j-1] = D[i-2][j-2] + 1, so D[i][j] <=
// D[i-2][j-2] + 1 = D[i-1][j-1] <= D[i][j]. The column step is Myers' with D0 |= TR. TR needs no
// place in the carry chain of the addition: that chain only runs through rows with VP set in the
// previous column, and a TR row never has it (a[i-1] == b[j-2] gives D[i][j-1] = D[i-1][j-2] <=
// D[i-2][j-2] + 1 = D[i-1][j-1]). In the blocked form (Myers 1999) bit 63 of (~D0') & PM_j crosses
// into bit 0 of the next word, beside the HP / HN carries described in levenshtein_distance.cpp.
//
// The canonical backtrace, from (n, m) of the trimmed core; at each cell the first rule that holds:
//   match      a[i-1] == b[j-1] and D[i-1][j-1] == D[i][j]          D0_j bit i-1 set
//   transpose  i, j >= 2, a[i-1] == b[j-2], a[i-2] == b[j-1] and D[i-2][j-2] + 1 == D[i][j]: the
//              diagonal deltas at (i, j) and (i-1, j-1) add up to 1, so exactly one of D0_j bit
//              i-1 and D0_{j-1} bit i-2 is set; op [Transpose, i-2, j-2], go to (i-2, j-2)
//   replace    D[i-1][j-1] + 1 == D[i][j]                            D0_j bit i-1 clear
//   delete     D[i-1][j] + 1 == D[i][j]                              VP_j bit i-1 set
//   insert     otherwise
// then deletes down column 0 or inserts along row 0. As for Levenshtein, VP_j and D0_j (2 bits per
// cell) are all the backtrace needs, and each op lowers D by exactly 1. The distance and the
// stored vectors come from the same banded / split machinery as Levenshtein's (myers_band.hpp,
// band_editops.hpp), with the TR term in the column step; the transposition test reads D0 at
// (i-1, j-1), which is inside the band whenever the transposition is optimal (myers_band.hpp), so
// a cell outside it simply means "no transposition".
#include "osa.hpp"

#include <algorithm>
#include <utility>

#include "bit_parallel_distance.hpp"
#include "bit_parallel_editops.hpp"
#include "bit_parallel_metrics.hpp"
#include "edit_script.hpp"

namespace editops::detail {

template <class Bits>
EDITOPS_ALWAYS_INLINE void OsaTraits::backtrace(Sequence a, Sequence b, Bits& bits, BackwardScript& script) {
  size_t i = a.size;
  size_t j = b.size;
  while (i > 0 && j > 0) {
    bits.seek(j);
    const bool diagonal_zero = bits.d0(i, j);
    if (diagonal_zero && a.data[i - 1] == b.data[j - 1]) {
      --i, --j;
    } else if (i >= 2 && j >= 2 && a.data[i - 1] == b.data[j - 2] && a.data[i - 2] == b.data[j - 1] &&
               bits.in_band(i - 1, j - 1) && diagonal_zero != bits.d0(i - 1, j - 1)) {
      script.push(OpType::Transpose, i - 2, j - 2);
      i -= 2, j -= 2;
    } else if (!diagonal_zero) {
      script.push(OpType::Replace, i - 1, j - 1);
      --i, --j;
    } else if (bits.vp(i, j)) {
      script.push(OpType::Delete, i - 1, j);
      --i;
    } else {
      script.push(OpType::Insert, i, j - 1);
      --j;
    }
  }
  script.push_edge(i, j);
}

int64_t osa_distance(Sequence a, Sequence b, int64_t max_distance) {
  return bit_parallel_distance<OsaTraits>(a, b, max_distance);
}

uint64_t osa_editops_bytes(uint64_t n, uint64_t m, int64_t max_distance) {
  return bit_parallel_editops_bytes<OsaTraits>(n, m, max_distance);
}

Status osa_editops(Sequence a, Sequence b, int64_t max_distance, Path path, std::vector<int32_t>& ops,
                   const EditopsBudget& budget) {
  return bit_parallel_editops<OsaTraits>(a, b, max_distance, path, ops, budget);
}

}  // namespace editops::detail
