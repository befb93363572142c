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

#include "band_editops.hpp"
#include "common_affix.hpp"
#include "edit_script.hpp"
#include "levenshtein.hpp"
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
  for (; i > 0; --i) script.push(OpType::Delete, i - 1, 0);
  for (; j > 0; --j) script.push(OpType::Insert, 0, j - 1);
}

}  // namespace

uint64_t levenshtein_editops_bytes(uint64_t n, uint64_t m, int64_t max_distance) {
  const uint64_t output = script_bytes(std::max(n, m));  // <= max(n, m) ops
  if (n == 0 || m == 0) return output;
  const uint64_t words = n / 64 + (n % 64 != 0);
  return add_sat(add_sat(output, band_state_bytes(n)),
                 split_bytes(m, band_blocks(static_cast<size_t>(std::min<uint64_t>(words, SIZE_MAX)), max_distance), 4));
}

Status levenshtein_editops(Sequence a, Sequence b, int64_t max_distance, Path path,
                          std::vector<int32_t>& ops, const EditopsBudget& budget) {
  ops.clear();
  if (!positions_fit(a, b)) return Status::TooLarge;

  const CommonAffix affix = trim_common_affix(a, b);
  const size_t n = a.size;
  const size_t m = b.size;
  // |n - m| is a lower bound on the distance: no work at all when it is over the cutoff.
  if (over(static_cast<int64_t>(n > m ? n - m : m - n), max_distance)) {
    return Status::OverMaxDistance;
  }
  if (levenshtein_editops_bytes(n, m, max_distance) > budget.total) return Status::TooLarge;

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
        PM, [&](auto get) { return myers_single_word<false, true>(n, b, max_distance, get, store.data()); });
    if (over(d, max_distance)) return Status::OverMaxDistance;
    ops.reserve(3 * static_cast<size_t>(d));
    SingleWordBits bits(store.data());
    backtrace(a, b, bits, script);
    script.finish();
    return Status::Ok;
  }

  const BlockPatternMatchVector PM(a);
  const uint64_t fixed = add_sat(band_state_bytes(n), script_bytes(std::max(n, m)));
  const Status status = band_editops<BandKind::Levenshtein>(PM, n, b, max_distance, path, fixed, budget,
                                            [&](auto& bits) { backtrace(a, b, bits, script); });
  if (status != Status::Ok) {
    ops.clear();
    return status;
  }
  script.finish();
  return Status::Ok;
}

}  // namespace editops::detail
