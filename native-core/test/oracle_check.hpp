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
  const auto complain = [&](const std::string& what) {
    check::fail(__FILE__, __LINE__,
                what + "\n    a (" + std::to_string(a.size()) + "): " + check::show(a) + "\n    b (" +
                    std::to_string(b.size()) + "): " + check::show(b) +
                    "\n    max_distance: " + std::to_string(max_distance));
    return false;
  };
  const int64_t expected = editops::naive::levenshtein_distance(view(a), view(b));
  const int64_t clamped = max_distance >= 0 ? std::min(expected, max_distance + 1) : expected;
  if (distance(a, b) != expected) return complain("distance(a, b) = " + std::to_string(distance(a, b)) + ", oracle " + std::to_string(expected));
  if (distance(b, a) != expected) return complain("distance(b, a) = " + std::to_string(distance(b, a)) + ", oracle " + std::to_string(expected));
  if (distance(a, b, max_distance) != clamped) return complain("distance with cutoff = " + std::to_string(distance(a, b, max_distance)) + ", want " + std::to_string(clamped));

  const Ops expected_ops = editops::naive::levenshtein_editops(view(a), view(b));
  const Script got = script(a, b);
  if (got.status != editops::Status::Ok) return complain("editops status " + check::show(got.status));
  if (got.ops != expected_ops) return complain("editops " + check::show(got.ops) + "\n    oracle " + check::show(expected_ops));
  if (got.ops.size() != 3 * static_cast<size_t>(expected)) return complain("op count != distance");
  Seq applied;
  if (!apply(a, b, got.ops, applied)) return complain("malformed script " + check::show(got.ops));
  if (applied != b) return complain("applying the script gives " + check::show(applied));

  if (max_distance >= 0) {
    const Script cut = script(a, b, max_distance);
    const auto want = expected > max_distance ? editops::Status::OverMaxDistance : editops::Status::Ok;
    if (cut.status != want) return complain("editops with cutoff: status " + check::show(cut.status));
    if (want == editops::Status::Ok && cut.ops != expected_ops) return complain("editops with cutoff differ");
    if (want != editops::Status::Ok && !cut.ops.empty()) return complain("ops not empty when over the cutoff");
  }
  return true;
}

}  // namespace testing
