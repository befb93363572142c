// An independent reading of a packed edit script (editops.hpp, docs/semantics.md): is it well
// formed for its metric, does applying it to a give b, and what does it cost.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "decode.hpp"

namespace editops_fuzz {

struct ScriptReport {
  std::string error;  // empty when the script is well formed and turns a into b
  int64_t cost = 0;   // sum of the op weights (each op of a transposition block costs 1)
};

// Walks the script once, in order, keeping a cursor in a (i) and in b (j). Every op must sit at
// the end of a run of matches: srcPos - i == destPos - j, with a[i..srcPos) == b[j..destPos).
// Then:
//   insert    (i, j)                      b[j] is inserted
//   delete    (i, j)                      a[i] is removed
//   replace   (i, j), a[i] != b[j]        a[i] becomes b[j]
//   transpose (k, l), then deletes (k+t, l+1) for t = 1..x, then inserts (k+x+1, l+t) for
//             t = 1..y: a[k] == b[l+y+1] and a[k+x+1] == b[l] trade places (osa: x = y = 0)
// and, after the last op, a[i..n) must match b[j..m). Only the op types the family produces are
// accepted (indel: insert and delete; hamming: replaces at (p, p) and the tail of the longer).
ScriptReport check_script(Family family, const Seq& a, const Seq& b, const std::vector<int32_t>& ops,
                          const editops::Weights& weights);

}  // namespace editops_fuzz
