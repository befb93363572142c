// Differential check of the core against the naive oracles in reference/naive.hpp.
#pragma once

#include <algorithm>
#include <string>
#include <utility>

#include "check.hpp"
#include "naive.hpp"
#include "test_util.hpp"

namespace testing {

// For any metric (and weights): compares distance (both argument orders, with and without the
// cutoff in options.max_distance) and the exact editops array with the oracle, whose distance
// is computed on the UNtrimmed inputs, so this also proves that trimming never changes the
// distance. Checks that the script is in forward order, turns a into b, and costs exactly the
// distance. Records one failure naming the inputs and returns false at the first disagreement.
inline bool agrees_with_oracle(const editops::Options& options, const Seq& a, const Seq& b) {
  using editops::Status;
  const int64_t max_distance = options.max_distance;
  const editops::Weights& w = options.weights;
  const auto complain = [&](const std::string& what) {
    check::fail(__FILE__, __LINE__,
                what + "\n    metric " + check::show(options.metric) + ", weights " +
                    std::to_string(w.insert) + "/" + std::to_string(w.remove) + "/" +
                    std::to_string(w.replace) + ", max_distance " + std::to_string(max_distance) +
                    "\n    a (" + std::to_string(a.size()) + "): " + check::show(a) + "\n    b (" +
                    std::to_string(b.size()) + "): " + check::show(b));
    return false;
  };
  const auto differ = [](const char* what, int64_t got, int64_t want) {
    if (got == want) return std::string();
    return std::string(what) + " = " + std::to_string(got) + ", want " + std::to_string(want);
  };

  editops::Options plain = options;
  plain.max_distance = editops::kNoMaxDistance;
  editops::Options reversed = plain;  // b -> a: inserts and deletes trade places
  std::swap(reversed.weights.insert, reversed.weights.remove);

  const int64_t d = editops::naive::distance(view(a), view(b), plain);
  const int64_t clamped = max_distance >= 0 ? std::min(d, max_distance + 1) : d;
  for (const std::string& error :
       {differ("distance(a, b)", distance(plain, a, b), d),
        differ("distance(b, a)", distance(reversed, b, a), d),
        differ("distance(a, b, max)", distance(options, a, b), clamped)}) {
    if (!error.empty()) return complain(error);
  }

  const Ops want = editops::naive::editops(view(a), view(b), plain);
  const Script got = script(plain, a, b);
  if (got.status != Status::Ok) return complain("editops status " + check::show(got.status));
  if (got.ops != want) {
    return complain("editops " + check::show(got.ops) + "\n    oracle  " + check::show(want));
  }
  const bool weighted = options.metric == editops::Metric::Levenshtein;
  const int64_t cost = script_cost(got.ops, weighted ? w : editops::Weights{});
  if (cost != d) return complain("script cost " + std::to_string(cost) + " != distance");
  if (!forward_order(got.ops)) return complain("not in forward order " + check::show(got.ops));
  Seq applied;
  if (!apply(a, b, got.ops, applied)) return complain("malformed script " + check::show(got.ops));
  if (applied != b) return complain("applying the script gives " + check::show(applied));

  if (max_distance >= 0) {
    const Script cut = script(options, a, b);
    const Status want_status = d > max_distance ? Status::OverMaxDistance : Status::Ok;
    if (cut.status != want_status) return complain("cutoff status " + check::show(cut.status));
    if (cut.ops != (want_status == Status::Ok ? want : Ops{})) return complain("cutoff ops differ");
  }
  return true;
}

// Unit-cost Levenshtein.
inline bool agrees_with_oracle(const Seq& a, const Seq& b, int64_t max_distance = -1) {
  return agrees_with_oracle(options_for(editops::Metric::Levenshtein, max_distance), a, b);
}

}  // namespace testing
