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
// The fast paths, in order: trim the common suffix and prefix; a cutoff of at most 3 enumerates
// edit models (mbleven.cpp); a pattern of at most 64 symbols takes one word per column with a
// match table set up in O(n + m); longer ones run the banded blocked pass with band doubling
// (band_editops.hpp), which costs O(d * m / 64) instead of O(n * m / 64).
#include <utility>

#include "band_editops.hpp"
#include "common_affix.hpp"
#include "edit_script.hpp"
#include "levenshtein.hpp"
#include "mbleven.hpp"
#include "myers_single.hpp"
#include "pattern_match.hpp"

namespace editops::detail {

int64_t levenshtein_distance(Sequence a, Sequence b, int64_t max_distance) {
  trim_common_affix(a, b);
  if (a.size > b.size) std::swap(a, b);  // the shorter sequence is the pattern: fewer words
  if (a.size == 0) return clamp_to_cutoff(static_cast<int64_t>(b.size), max_distance);
  // |n - m| is a lower bound on the distance.
  if (over(static_cast<int64_t>(b.size - a.size), max_distance)) return max_distance + 1;
  if (max_distance >= 0 && max_distance <= 3) return mbleven_levenshtein(a, b, max_distance);

  int64_t d = 0;
  if (a.size <= 64) {
    const PatternMatchVector PM(a, b);
    d = with_lookup(PM, [&](auto get) { return myers_single_word<false>(a.size, b, max_distance, get); });
  } else {
    const BlockPatternMatchVector PM(a);
    d = band_distance<BandKind::Levenshtein>(PM, a.size, b, max_distance);
  }
  return clamp_to_cutoff(d, max_distance);
}

int64_t levenshtein_distance_full(Sequence a, Sequence b) {
  if (a.size > b.size) std::swap(a, b);
  if (a.size == 0) return static_cast<int64_t>(b.size);
  const BlockPatternMatchVector PM(a);
  return full_pass<BandKind::Levenshtein>(PM, a.size, b, kNoMaxDistance);
}

}  // namespace editops::detail
