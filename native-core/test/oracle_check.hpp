// Differential check of the core against the naive oracle in reference/naive.hpp.
#pragma once

#include <algorithm>
#include <string>

#include "check.hpp"
#include "naive.hpp"
#include "test_util.hpp"

namespace testing {

// Compares distance (both argument orders, with and without a cutoff) and the exact editops array
// with the oracle, and checks that the script turns a into b with exactly `distance` ops. Records
// one failure naming the inputs and returns false at the first disagreement.
inline bool agrees_with_oracle(const Seq& a, const Seq& b, int64_t max_distance = -1) {
  using editops::Status;
  const auto complain = [&](const std::string& what) {
    check::fail(__FILE__, __LINE__,
                what + "\n    a (" + std::to_string(a.size()) + "): " + check::show(a) +
                    "\n    b (" + std::to_string(b.size()) + "): " + check::show(b) +
                    "\n    max_distance: " + std::to_string(max_distance));
    return false;
  };
  const auto differ = [](const char* what, int64_t got, int64_t want) {
    if (got == want) return std::string();
    return std::string(what) + " = " + std::to_string(got) + ", want " + std::to_string(want);
  };

  const int64_t d = editops::naive::levenshtein_distance(view(a), view(b));
  const int64_t clamped = max_distance >= 0 ? std::min(d, max_distance + 1) : d;
  for (const std::string& error : {differ("distance(a, b)", distance(a, b), d),
                                   differ("distance(b, a)", distance(b, a), d),
                                   differ("distance(a, b, max)", distance(a, b, max_distance),
                                          clamped)}) {
    if (!error.empty()) return complain(error);
  }

  const Ops want = editops::naive::levenshtein_editops(view(a), view(b));
  const Script got = script(a, b);
  if (got.status != Status::Ok) return complain("editops status " + check::show(got.status));
  if (got.ops != want) {
    return complain("editops " + check::show(got.ops) + "\n    oracle  " + check::show(want));
  }
  if (got.ops.size() != 3 * static_cast<size_t>(d)) return complain("op count != distance");
  Seq applied;
  if (!apply(a, b, got.ops, applied)) return complain("malformed script " + check::show(got.ops));
  if (applied != b) return complain("applying the script gives " + check::show(applied));

  if (max_distance >= 0) {
    const Script cut = script(a, b, max_distance);
    const Status want_status = d > max_distance ? Status::OverMaxDistance : Status::Ok;
    if (cut.status != want_status) return complain("cutoff status " + check::show(cut.status));
    if (cut.ops != (want_status == Status::Ok ? want : Ops{})) return complain("cutoff ops differ");
  }
  return true;
}

}  // namespace testing
