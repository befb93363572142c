// Levenshtein distance with the bit-parallel algorithm of Myers 1999 ("A fast bit-vector algorithm
// for approximate string matching based on dynamic programming", J. ACM 46), in the formulation of
// Hyyrö 2003 ("A bit-vector algorithm for computing Levenshtein and Damerau edit distances", Nordic
// J. Computing 10), whose variable names we use:
//
//   D[i][j]  the DP matrix: distance between a[0..i) (rows, the pattern) and b[0..j) (columns)
//   PM       pattern match vectors: bit i-1 of PM[c] set iff a[i-1] == c (see pattern_match.hpp)
//   VP, VN   vertical deltas of the current column j: bit i-1 set iff D[i][j] - D[i-1][j] = +1 / -1
//   HP, HN   horizontal deltas: bit i-1 set iff D[i][j] - D[i][j-1] = +1 / -1
//   D0       diagonal zero deltas: bit i-1 set iff D[i][j] == D[i-1][j-1]
//
// Column j is computed from column j-1 with a handful of word operations (Hyyrö 2003):
//
//   D0 = (((PM & VP) + VP) ^ VP) | PM | VN
//   HP = VN | ~(D0 | VP)        HN = VP & D0
//   HP = (HP << 1) | 1          HN = HN << 1      (row 0 is D[0][j] = j: its delta is +1)
//   VP = HN | ~(D0 | HP)        VN = HP & D0
//
// For patterns longer than 64 the column is split into 64-row blocks (Myers 1999). The only state
// that crosses a block boundary is the horizontal delta at the block's last row; it enters the next
// block as the bit shifted into HP / HN, and, when it is -1, also as a set bit 0 of PM: a -1 from
// above makes D0 true at the top row exactly as a match would, and it starts the same carry chain
// in the addition.
//
// The fast paths (trimming, mbleven, one word, the band with band doubling) are the shared driver
// of bit_parallel_distance.hpp.
#include <utility>

#include "band_distance.hpp"
#include "bit_parallel_distance.hpp"
#include "bit_parallel_metrics.hpp"
#include "levenshtein.hpp"
#include "pattern_match.hpp"

namespace editops::detail {

int64_t levenshtein_distance(Sequence a, Sequence b, int64_t max_distance) {
  return bit_parallel_distance<LevenshteinTraits>(a, b, max_distance);
}

int64_t levenshtein_distance_full(Sequence a, Sequence b) {
  if (a.size > b.size) std::swap(a, b);
  if (a.size == 0) return static_cast<int64_t>(b.size);
  const BlockPatternMatchVector PM(a);
  return full_pass<LevenshteinTraits>(PM, a.size, b, kNoMaxDistance);
}

}  // namespace editops::detail
