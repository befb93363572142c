// The canonical Levenshtein edit script (the library's documented, stable contract). From (i, j) =
// (n, m) of the trimmed core:
//
//   a[i-1] == b[j-1]         match, go to (i-1, j-1)
//   D0_j bit i-1 == 0        replace: D[i][j] = D[i-1][j-1] + 1
//   VP_j bit i-1 == 1        delete:  D[i][j] = D[i-1][j] + 1
//   otherwise                insert:  D[i][j] = D[i][j-1] + 1
//
// then deletes down column 0 or inserts along row 0. Taking a matching diagonal is always optimal
// for unit costs, and D[i][j] - D[i-1][j-1] is 0 or 1, so D0 alone decides whether the diagonal
// step is a replace; if it is not, D[i][j] was reached from above or from the left. Each op lowers
// D by exactly 1, so the script has exactly D[n][m] ops. Only VP_j and D0_j are kept: 2 bits per
// cell instead of an int matrix, and only for the cells of the band (or of one strip of columns at
// a time) -- band_editops.hpp shows why those bits answer every question the walk asks exactly as
// the full matrix would (names as in levenshtein_distance.cpp).
#include <algorithm>
#include <utility>

#include "bit_parallel_editops.hpp"
#include "bit_parallel_metrics.hpp"
#include "edit_script.hpp"
#include "levenshtein.hpp"

namespace editops::detail {

template <class Bits>
EDITOPS_ALWAYS_INLINE void LevenshteinTraits::backtrace(Sequence a, Sequence b, Bits& bits, BackwardScript& script) {
  size_t i = a.size;
  size_t j = b.size;
  while (i > 0 && j > 0) {
    if (a.data[i - 1] == b.data[j - 1]) {
      --i;
      --j;
      continue;
    }
    bits.seek(j);
    if (!bits.d0(i, j)) {
      script.push(OpType::Replace, i - 1, j - 1);
      --i;
      --j;
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

uint64_t levenshtein_editops_bytes(uint64_t n, uint64_t m, int64_t max_distance) {
  return bit_parallel_editops_bytes<LevenshteinTraits>(n, m, max_distance);
}

Status levenshtein_editops(Sequence a, Sequence b, int64_t max_distance, Path path, std::vector<int32_t>& ops,
                           const EditopsBudget& budget) {
  return bit_parallel_editops<LevenshteinTraits>(a, b, max_distance, path, ops, budget);
}

}  // namespace editops::detail
