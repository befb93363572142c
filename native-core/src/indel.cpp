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
  for (; i > 0; --i) script.push(OpType::Delete, i - 1, 0);
  for (; j > 0; --j) script.push(OpType::Insert, 0, j - 1);
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

uint64_t indel_editops_bytes(uint64_t n, uint64_t m, int64_t max_distance) {
  const uint64_t output = script_bytes(add_sat(n, m));  // n + m - 2 L ops
  if (n == 0 || m == 0) return output;
  const uint64_t words = n / 64 + (n % 64 != 0);
  return add_sat(add_sat(output, band_state_bytes(n)),
                 split_bytes(m, band_blocks(static_cast<size_t>(std::min<uint64_t>(words, SIZE_MAX)), max_distance), 4));
}

Status indel_editops(Sequence a, Sequence b, int64_t max_distance, Path path, std::vector<int32_t>& ops,
                     const EditopsBudget& budget) {
  ops.clear();
  if (!positions_fit(a, b)) return Status::TooLarge;

  const CommonAffix affix = trim_common_affix(a, b);
  const size_t n = a.size;
  const size_t m = b.size;
  if (over(static_cast<int64_t>(n > m ? n - m : m - n), max_distance)) {
    return Status::OverMaxDistance;
  }
  if (indel_editops_bytes(n, m, max_distance) > budget.total) return Status::TooLarge;

  BackwardScript script(ops, affix.prefix);
  if (n == 0 || m == 0) {
    for (size_t i = n; i > 0; --i) script.push(OpType::Delete, i - 1, 0);
    for (size_t j = m; j > 0; --j) script.push(OpType::Insert, 0, j - 1);
    script.finish();
    return Status::Ok;
  }
  if (path == Path::Auto && n <= 64 && m <= SingleWordStore::kMaxColumns) {
    // One word per column: store V_j of every column, on the stack when short.
    SingleWordStore store(m);
    const PatternMatchVector PM(a, b);
    const int64_t lcs = with_lookup(
        PM, [&](auto get) { return lcs_single_word<true>(n, b, max_distance, get, store.data()); });
    const int64_t d = static_cast<int64_t>(n + m) - 2 * lcs;
    if (lcs < 0 || over(d, max_distance)) return Status::OverMaxDistance;
    ops.reserve(3 * static_cast<size_t>(d));
    SingleWordBits bits(store.data());
    backtrace(a, b, bits, script);
    script.finish();
    return Status::Ok;
  }
  const BlockPatternMatchVector PM(a);
  const uint64_t fixed = add_sat(band_state_bytes(n), script_bytes(add_sat(n, m)));
  const Status status = band_editops<BandKind::Lcs>(PM, n, b, max_distance, path, fixed, budget,
                                                   [&](auto& bits) { backtrace(a, b, bits, script); });
  if (status != Status::Ok) {
    ops.clear();
    return status;
  }
  script.finish();
  return Status::Ok;
}

}  // namespace editops::detail
