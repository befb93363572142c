// The editops driver that Levenshtein, OSA and Indel share, over their traits
// (bit_parallel_metrics.hpp). They differ only in their recurrence (the bit-parallel column step)
// and in the walk back that reads its bits (each metric's backtrace); the steps around them are
// the same:
//
//   trim the common affixes; give up at once when |n - m| is over the cutoff or the memory bound
//   is over the budget; spell a run of deletes or inserts when one side is empty; then either one
//   word per column, all columns stored (a pattern of <= 64 symbols, path Auto), or the banded /
//   split engine of band_editops.hpp; and the walk back over whichever bits were kept.
#pragma once

#include <algorithm>
#include <vector>

#include "band_editops.hpp"
#include "band_store.hpp"
#include "bit_parallel_metrics.hpp"
#include "common_affix.hpp"
#include "edit_script.hpp"
#include "pattern_match.hpp"

namespace editops::detail {

// Upper bound on the bytes the driver needs for a trimmed core of n x m symbols (TooLarge above
// the budget). The script has at most Traits::maximum(n, m) ops.
template <class Traits>
uint64_t bit_parallel_editops_bytes(uint64_t n, uint64_t m, int64_t max_distance) {
  const uint64_t output = script_bytes(Traits::maximum(n, m));
  if (n == 0 || m == 0) return output;
  const uint64_t words = n / 64 + (n % 64 != 0);
  return add_sat(add_sat(output, band_state_bytes(n)),
                 split_bytes(m, band_blocks(static_cast<size_t>(std::min<uint64_t>(words, SIZE_MAX)), max_distance),
                             Traits::kStateWords));
}

template <class Traits>
Status bit_parallel_editops(Sequence a, Sequence b, int64_t max_distance, Path path, std::vector<int32_t>& ops,
                            const EditopsBudget& budget) {
  ops.clear();
  if (!positions_fit(a, b)) return Status::TooLarge;

  const CommonAffix affix = trim_common_affix(a, b);
  const size_t n = a.size;
  const size_t m = b.size;
  // |n - m| is a lower bound on all three distances: no work at all when it is over the cutoff.
  if (over(length_difference(n, m), max_distance)) return Status::OverMaxDistance;
  if (bit_parallel_editops_bytes<Traits>(n, m, max_distance) > budget.total) return Status::TooLarge;

  BackwardScript script(ops, affix.prefix);
  if (n == 0 || m == 0) {
    script.push_edge(n, m);
    script.finish();
    return Status::Ok;
  }

  if (path == Path::Auto && fits_one_word(n) && m <= SingleWordStore::kMaxColumns) {
    // One word per column: store the vectors of every column, on the stack when short.
    SingleWordStore store(m);
    const PatternMatchVector PM(a, b);
    const int64_t d =
        with_lookup(PM, [&](auto get) { return Traits::template one_word<true>(n, b, max_distance, get, store.data()); });
    if (over(d, max_distance)) return Status::OverMaxDistance;
    ops.reserve(3 * static_cast<size_t>(d));
    SingleWordBits bits(store.data());
    Traits::backtrace(a, b, bits, script);
    script.finish();
    return Status::Ok;
  }

  const BlockPatternMatchVector PM(a);
  const uint64_t fixed = add_sat(band_state_bytes(n), script_bytes(Traits::maximum(n, m)));
  const Status status = band_editops<Traits>(PM, n, b, max_distance, path, fixed, budget,
                                             [&](auto& bits) { Traits::backtrace(a, b, bits, script); });
  if (status != Status::Ok) {
    ops.clear();
    return status;
  }
  script.finish();
  return Status::Ok;
}

}  // namespace editops::detail
