// mbleven: with a cutoff k <= 3, try every "model" (sequence of edit operations) that could turn a
// into b within k edits. A model is walked greedily: equal symbols are matched, and at each
// mismatch the next operation of the model is applied; what is left of either sequence when the
// other runs out costs one operation per symbol.
//
// Why this is exact: at a cell (i, j) with a[i] == b[j], matching is always optimal (for both the
// Levenshtein and the Indel / LCS recurrence), so some optimal alignment is greedy; the operations
// it applies at mismatches, followed by the trailing ones, form a sequence of d <= k operations
// with (deletes - inserts) = n - m. Walking any model that starts with that sequence reproduces the
// alignment and costs d; every other walk costs at least d (it spells some alignment, or fails and
// is charged more). So the models needed for (k, n - m) are the longest sequences of at most k
// operations with deletes - inserts = n - m; shorter ones are prefixes of those.
#include "mbleven.hpp"

#include <utility>

namespace editops::detail {
namespace {

// Operations, two bits each, first operation in the low bits: bit 0 advances in a (the longer
// sequence), bit 1 in b. 0 ends a model.
constexpr uint8_t model(const char* ops) {
  uint8_t code = 0;
  for (unsigned k = 0; ops[k] != 0; ++k) {
    const uint8_t op = ops[k] == 'd' ? 1 : ops[k] == 'i' ? 2 : 3;  // delete, insert, replace
    code = static_cast<uint8_t>(code | (op << (2 * k)));
  }
  return code;
}

// [k - 1][n - m]: up to 7 models, 0-terminated.
constexpr uint8_t kLevenshteinModels[3][4][8] = {
    {{model("r")}, {model("d")}, {}, {}},
    {{model("rr"), model("id"), model("di")}, {model("rd"), model("dr")}, {model("dd")}, {}},
    {{model("rrr"), model("idr"), model("ird"), model("rid"), model("rdi"), model("dri"), model("dir")},
     {model("rrd"), model("rdr"), model("drr"), model("idd"), model("did"), model("ddi")},
     {model("rdd"), model("drd"), model("ddr")},
     {model("ddd")}},
};

constexpr uint8_t kIndelModels[3][4][8] = {
    {{}, {model("d")}, {}, {}},
    {{model("id"), model("di")}, {model("d")}, {model("dd")}, {}},
    {{model("id"), model("di")}, {model("ddi"), model("did"), model("idd")}, {model("dd")}, {model("ddd")}},
};

int64_t run_models(Sequence a, Sequence b, int64_t k, const uint8_t (&table)[3][4][8]) {
  if (a.size < b.size) std::swap(a, b);  // both distances are symmetric; a is the longer
  const size_t n = a.size;
  const size_t m = b.size;
  if (static_cast<int64_t>(n - m) > k) return k + 1;
  if (k == 0 || m == 0) {
    // k == 0: equal or not. m == 0: n deletions (n <= k here).
    if (m == 0) return static_cast<int64_t>(n);
    for (size_t i = 0; i < n; ++i) {
      if (a.data[i] != b.data[i]) return 1;
    }
    return 0;
  }
  int64_t best = k + 1;
  const uint8_t* models = table[k - 1][n - m];
  for (size_t t = 0; t < 8; ++t) {
    if (models[t] == 0 && t > 0) break;  // an empty list still walks the empty model: a == b?
    uint8_t ops = models[t];
    size_t i = 0;
    size_t j = 0;
    int64_t cost = 0;
    while (i < n && j < m) {
      if (a.data[i] == b.data[j]) {
        ++i;
        ++j;
        continue;
      }
      ++cost;
      if (ops == 0) break;  // the model ran out: this walk is charged more than it spent
      i += ops & 1;
      j += (ops >> 1) & 1;
      ops = static_cast<uint8_t>(ops >> 2);
    }
    cost += static_cast<int64_t>((n - i) + (m - j));
    if (cost < best) best = cost;
  }
  return best;
}

}  // namespace

int64_t mbleven_levenshtein(Sequence a, Sequence b, int64_t k) {
  return run_models(a, b, k, kLevenshteinModels);
}

int64_t mbleven_indel(Sequence a, Sequence b, int64_t k) {
  // n + m - 2 L has the parity of n - m, so (k, n - m) of unequal parity needs no models of length k.
  return run_models(a, b, k, kIndelModels);
}

}  // namespace editops::detail
