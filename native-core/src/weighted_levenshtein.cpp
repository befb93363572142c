// Levenshtein distance with integer weights, by the dynamic program of Wagner & Fischer 1974 ("The
// string-to-string correction problem", J. ACM 21), with the weights named as in Options::weights:
//
//   D[i][0] = i * remove          D[0][j] = j * insert
//   D[i][j] = min(D[i-1][j] + remove, D[i][j-1] + insert,
//                 D[i-1][j-1] + (a[i-1] == b[j-1] ? 0 : replace))
//
// Unequal weights break the unit-delta property (neighbouring cells differ by -1, 0 or +1) that the
// bit-parallel algorithms encode, so this is the plain O(n*m) DP. The distance keeps one row over
// the shorter sequence. The editops keep no values of D at all: the rule below compares a cell only
// with its three predecessors, all known when the cell is computed, so the forward pass records the
// move the backtrace will take at each cell, 2 bits apiece.
//
// The canonical backtrace, from (n, m) of the trimmed core; at each cell the first rule that holds:
//   match    a[i-1] == b[j-1] and D[i-1][j-1] == D[i][j]
//   replace  a[i-1] != b[j-1] and D[i-1][j-1] + replace == D[i][j]
//   delete   D[i-1][j] + remove == D[i][j]
//   insert   otherwise
// then deletes down column 0 or inserts along row 0.
//
// Uniform weights w >= 1 give D = w * (unit Levenshtein), and the rule picks the same moves as the
// unit rule in levenshtein_editops.cpp (a match always ties there), so they take that path and scale.
#include "weighted_levenshtein.hpp"

#include <algorithm>
#include <utility>

#include "common_affix.hpp"
#include "edit_script.hpp"
#include "levenshtein.hpp"

namespace editops::detail {
namespace {

enum Move : uint8_t { kMatch = 0, kReplace = 1, kDelete = 2, kInsert = 3 };

bool negative(const Weights& w) { return w.insert < 0 || w.remove < 0 || w.replace < 0; }

// w when all three weights are the same w >= 1, else 0.
int64_t uniform_weight(const Weights& w) {
  return w.insert == w.remove && w.remove == w.replace && w.insert >= 1 ? w.insert : 0;
}

// D[i][j] <= i * remove + j * insert, and a candidate adds one weight more, so no value the DP
// computes exceeds (n + m + 1) * (largest weight).
bool costs_fit(uint64_t n, uint64_t m, const Weights& w) {
  const auto largest = static_cast<uint64_t>(std::max({w.insert, w.remove, w.replace}));
  return mul_sat(add_sat(add_sat(n, m), 1), largest) <= static_cast<uint64_t>(INT64_MAX);
}

// The length difference has to be inserted or removed: a lower bound on D[n][m].
int64_t length_bound(size_t n, size_t m, const Weights& w) {
  return n >= m ? static_cast<int64_t>(n - m) * w.remove : static_cast<int64_t>(m - n) * w.insert;
}

// Turns `row` from row i-1 into row i of D in place and returns the row's minimum. With kRecord,
// stores the canonical move of cells (i, 1..m) at bit 2 * c of `moves`, c = (i-1) * m + (j-1).
template <bool kRecord>
int64_t next_row(Sequence a, Sequence b, const Weights& w, size_t i, int64_t* row,
                 uint8_t* moves) {
  const Symbol c = a.data[i - 1];
  int64_t diag = row[0];  // D[i-1][j-1]
  row[0] = static_cast<int64_t>(i) * w.remove;
  int64_t row_min = row[0];
  for (size_t j = 1; j <= b.size; ++j) {
    const int64_t up = row[j];  // D[i-1][j]
    const bool eq = c == b.data[j - 1];
    const int64_t sub = diag + (eq ? 0 : w.replace);
    const int64_t del = up + w.remove;
    const int64_t d = std::min({sub, del, row[j - 1] + w.insert});
    if constexpr (kRecord) {
      const Move move = sub == d ? (eq ? kMatch : kReplace) : del == d ? kDelete : kInsert;
      const size_t cell = (i - 1) * b.size + (j - 1);
      moves[cell / 4] |= static_cast<uint8_t>(move << (2 * (cell % 4)));
    }
    row[j] = d;
    diag = up;
    row_min = std::min(row_min, d);
  }
  return row_min;
}

std::vector<int64_t> first_row(size_t m, int64_t insert) {
  std::vector<int64_t> row(m + 1);
  for (size_t j = 0; j <= m; ++j) row[j] = static_cast<int64_t>(j) * insert;
  return row;
}

}  // namespace

int64_t weighted_levenshtein_distance(Sequence a, Sequence b, const Weights& w,
                                      int64_t max_distance) {
  if (negative(w)) return -1;
  if (const int64_t u = uniform_weight(w); u != 0) {
    if (!costs_fit(a.size, b.size, w)) return kDistanceTooLarge;
    const int64_t unit_max = max_distance < 0 ? kNoMaxDistance : max_distance / u;
    const int64_t d = levenshtein_distance(a, b, unit_max);
    return over(d, unit_max) ? max_distance + 1 : d * u;
  }

  trim_common_affix(a, b);
  if (!costs_fit(a.size, b.size, w)) return kDistanceTooLarge;
  Weights cost = w;
  if (a.size < b.size) {  // rows run over b: make it the shorter (insert and remove trade places)
    std::swap(a, b);
    std::swap(cost.insert, cost.remove);
  }
  const int64_t bound = length_bound(a.size, b.size, cost);
  if (b.size == 0 || over(bound, max_distance)) return clamp_to_cutoff(bound, max_distance);

  std::vector<int64_t> row = first_row(b.size, cost.insert);
  for (size_t i = 1; i <= a.size; ++i) {
    // Weights are >= 0, so D only grows along any path: a row minimum over the cutoff is final.
    const int64_t row_min = next_row<false>(a, b, cost, i, row.data(), nullptr);
    if (over(row_min, max_distance)) return max_distance + 1;
  }
  return clamp_to_cutoff(row[b.size], max_distance);
}

uint64_t weighted_levenshtein_editops_bytes(uint64_t n, uint64_t m) {
  const uint64_t output = script_bytes(add_sat(n, m));  // at most n + m ops
  if (n == 0 || m == 0) return output;
  const uint64_t moves = mul_sat(n, m) / 4 + 1;
  const uint64_t row = mul_sat(add_sat(m, 1), sizeof(int64_t));
  return add_sat(add_sat(output, moves), row);
}

Status weighted_levenshtein_editops(Sequence a, Sequence b, const Weights& w, int64_t max_distance,
                                    std::vector<int32_t>& ops) {
  ops.clear();
  if (negative(w)) return Status::Unsupported;
  if (const int64_t u = uniform_weight(w); u != 0) {
    if (!costs_fit(a.size, b.size, w)) return Status::TooLarge;
    return levenshtein_editops(a, b, max_distance < 0 ? kNoMaxDistance : max_distance / u, Path::Auto, ops);
  }
  if (!positions_fit(a, b)) return Status::TooLarge;

  const CommonAffix affix = trim_common_affix(a, b);
  const size_t n = a.size;
  const size_t m = b.size;
  if (!costs_fit(n, m, w)) return Status::TooLarge;
  if (over(length_bound(n, m, w), max_distance)) return Status::OverMaxDistance;
  if (weighted_levenshtein_editops_bytes(n, m) > kEditopsMemoryBudget) return Status::TooLarge;

  std::vector<uint8_t> moves;
  int64_t d = length_bound(n, m, w);  // the answer when one side is empty
  if (n > 0 && m > 0) {
    moves.assign(n * m / 4 + 1, 0);
    std::vector<int64_t> row = first_row(m, w.insert);
    for (size_t i = 1; i <= n; ++i) {
      const int64_t row_min = next_row<true>(a, b, w, i, row.data(), moves.data());
      if (over(row_min, max_distance)) return Status::OverMaxDistance;
    }
    d = row[m];
  }
  if (over(d, max_distance)) return Status::OverMaxDistance;

  ops.reserve(3 * (n + m));
  BackwardScript script(ops, affix.prefix);
  size_t i = n;
  size_t j = m;
  while (i > 0 && j > 0) {
    const size_t cell = (i - 1) * m + (j - 1);
    switch (static_cast<Move>((moves[cell / 4] >> (2 * (cell % 4))) & 3)) {
      case kMatch:
        --i, --j;
        break;
      case kReplace:
        script.push(OpType::Replace, i - 1, j - 1);
        --i, --j;
        break;
      case kDelete:
        script.push(OpType::Delete, i - 1, j);
        --i;
        break;
      case kInsert:
        script.push(OpType::Insert, i, j - 1);
        --j;
        break;
    }
  }
  script.push_edge(i, j);
  script.finish();
  return Status::Ok;
}

}  // namespace editops::detail
