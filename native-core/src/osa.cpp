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

#include "band_editops.hpp"
#include "common_affix.hpp"
#include "edit_script.hpp"
#include "myers_single.hpp"
#include "pattern_match.hpp"

namespace editops::detail {
namespace {

template <class Bits>
void backtrace(Sequence a, Sequence b, Bits& bits, BackwardScript& script) {
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
  for (; i > 0; --i) script.push(OpType::Delete, i - 1, 0);
  for (; j > 0; --j) script.push(OpType::Insert, 0, j - 1);
}

}  // namespace

int64_t osa_distance(Sequence a, Sequence b, int64_t max_distance) {
  trim_common_affix(a, b);
  if (a.size > b.size) std::swap(a, b);  // OSA is symmetric; the shorter is the pattern
  if (a.size == 0) return clamp_to_cutoff(static_cast<int64_t>(b.size), max_distance);
  if (over(static_cast<int64_t>(b.size - a.size), max_distance)) return max_distance + 1;

  int64_t d = 0;
  if (a.size <= 64) {
    const PatternMatchVector PM(a, b);
    d = with_lookup(PM, [&](auto get) { return myers_single_word<true>(a.size, b, max_distance, get); });
  } else {
    const BlockPatternMatchVector PM(a);
    d = band_distance<BandKind::Osa>(PM, a.size, b, max_distance);
  }
  return clamp_to_cutoff(d, max_distance);
}

uint64_t osa_editops_bytes(uint64_t n, uint64_t m, int64_t max_distance) {
  const uint64_t output = script_bytes(std::max(n, m));  // <= max(n, m) ops
  if (n == 0 || m == 0) return output;
  const uint64_t words = n / 64 + (n % 64 != 0);
  return add_sat(add_sat(output, band_state_bytes(n)),
                 split_bytes(m, band_blocks(static_cast<size_t>(std::min<uint64_t>(words, SIZE_MAX)), max_distance), 5));
}

Status osa_editops(Sequence a, Sequence b, int64_t max_distance, Path path, std::vector<int32_t>& ops,
                   const EditopsBudget& budget) {
  ops.clear();
  if (!positions_fit(a, b)) return Status::TooLarge;

  const CommonAffix affix = trim_common_affix(a, b);
  const size_t n = a.size;
  const size_t m = b.size;
  if (over(static_cast<int64_t>(n > m ? n - m : m - n), max_distance)) {
    return Status::OverMaxDistance;
  }
  if (osa_editops_bytes(n, m, max_distance) > budget.total) return Status::TooLarge;

  BackwardScript script(ops, affix.prefix);
  if (n == 0 || m == 0) {
    for (size_t i = n; i > 0; --i) script.push(OpType::Delete, i - 1, 0);
    for (size_t j = m; j > 0; --j) script.push(OpType::Insert, 0, j - 1);
    script.finish();
    return Status::Ok;
  }
  if (path == Path::Auto && n <= 64 && m <= SingleWordStore::kMaxColumns) {
    // One word per column: store both vectors of every column, on the stack when short.
    SingleWordStore store(m);
    const PatternMatchVector PM(a, b);
    const int64_t d = with_lookup(
        PM, [&](auto get) { return myers_single_word<true, true>(n, b, max_distance, get, store.data()); });
    if (over(d, max_distance)) return Status::OverMaxDistance;
    ops.reserve(3 * static_cast<size_t>(d));
    SingleWordBits bits(store.data());
    backtrace(a, b, bits, script);
    script.finish();
    return Status::Ok;
  }
  const BlockPatternMatchVector PM(a);
  const uint64_t fixed = add_sat(band_state_bytes(n), script_bytes(std::max(n, m)));
  const Status status = band_editops<BandKind::Osa>(PM, n, b, max_distance, path, fixed, budget,
                                           [&](auto& bits) { backtrace(a, b, bits, script); });
  if (status != Status::Ok) {
    ops.clear();
    return status;
  }
  script.finish();
  return Status::Ok;
}

}  // namespace editops::detail
