// The editops driver that Levenshtein, OSA and Indel share. They differ only in their recurrence
// (the bit-parallel column step, BandKind) and in the walk back that reads its bits (each metric's
// backtrace); the steps around them are the same:
//
//   trim the common affixes; give up at once when |n - m| is over the cutoff or the memory bound
//   is over the budget; spell a run of deletes or inserts when one side is empty; then either one
//   word per column, all columns stored (a pattern of <= 64 symbols, path Auto), or the banded /
//   split engine of band_editops.hpp; and the walk back over whichever bits were kept.
#pragma once

#include <algorithm>
#include <vector>

#include "band_editops.hpp"
#include "common_affix.hpp"
#include "edit_script.hpp"
#include "myers_single.hpp"
#include "pattern_match.hpp"

namespace editops::detail {

// What the driver needs of one metric, as the static members of a struct Metric:
//   kind                      the band engine's recurrence (BandKind)
//   split_words_per_column    words per stored column on the split path (its memory bound)
//   max_ops(n, m)             a bound on the script's length
//   single_word(n, b, k, get, store)   the one-word forward pass storing its columns: the
//                             distance, or a value over k when it is over the cutoff
//   backtrace(a, b, bits, script)      the canonical walk back over either kind of stored bits

// Upper bound on the bytes the driver needs for a trimmed core of n x m symbols (TooLarge above
// the budget).
template <class Metric>
uint64_t bit_parallel_editops_bytes(uint64_t n, uint64_t m, int64_t max_distance) {
  const uint64_t output = script_bytes(Metric::max_ops(n, m));
  if (n == 0 || m == 0) return output;
  const uint64_t words = n / 64 + (n % 64 != 0);
  return add_sat(add_sat(output, band_state_bytes(n)),
                 split_bytes(m, band_blocks(static_cast<size_t>(std::min<uint64_t>(words, SIZE_MAX)), max_distance),
                             Metric::split_words_per_column));
}

template <class Metric>
Status bit_parallel_editops(Sequence a, Sequence b, int64_t max_distance, Path path, std::vector<int32_t>& ops,
                            const EditopsBudget& budget) {
  ops.clear();
  if (!positions_fit(a, b)) return Status::TooLarge;

  const CommonAffix affix = trim_common_affix(a, b);
  const size_t n = a.size;
  const size_t m = b.size;
  // |n - m| is a lower bound on all three distances: no work at all when it is over the cutoff.
  if (over(static_cast<int64_t>(n > m ? n - m : m - n), max_distance)) return Status::OverMaxDistance;
  if (bit_parallel_editops_bytes<Metric>(n, m, max_distance) > budget.total) return Status::TooLarge;

  BackwardScript script(ops, affix.prefix);
  if (n == 0 || m == 0) {
    script.push_edge(n, m);
    script.finish();
    return Status::Ok;
  }

  if (path == Path::Auto && n <= 64 && m <= SingleWordStore::kMaxColumns) {
    // One word per column: store the vectors of every column, on the stack when short.
    SingleWordStore store(m);
    const PatternMatchVector PM(a, b);
    const int64_t d = with_lookup(PM, [&](auto get) { return Metric::single_word(n, b, max_distance, get, store.data()); });
    if (over(d, max_distance)) return Status::OverMaxDistance;
    ops.reserve(3 * static_cast<size_t>(d));
    SingleWordBits bits(store.data());
    Metric::backtrace(a, b, bits, script);
    script.finish();
    return Status::Ok;
  }

  const BlockPatternMatchVector PM(a);
  const uint64_t fixed = add_sat(band_state_bytes(n), script_bytes(Metric::max_ops(n, m)));
  const Status status = band_editops<Metric::kind>(PM, n, b, max_distance, path, fixed, budget,
                                                   [&](auto& bits) { Metric::backtrace(a, b, bits, script); });
  if (status != Status::Ok) {
    ops.clear();
    return status;
  }
  script.finish();
  return Status::Ok;
}

}  // namespace editops::detail
