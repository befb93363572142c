// Unrestricted Damerau-Levenshtein distance, by the recurrence of Lowrance & Wagner 1975 ("An
// extension of the string-to-string correction problem", J. ACM 22) with unit costs, computed in
// linear memory as in Zhao & Sahni 2019 ("String correction using the Damerau-Levenshtein
// distance", BMC Bioinformatics 20). With D[i][j] the distance between a[0..i) and b[0..j):
//
//   D[i][j] = min(D[i-1][j] + 1, D[i][j-1] + 1, D[i-1][j-1] + (a[i-1] == b[j-1] ? 0 : 1),
//                 D[k-1][l-1] + (i-k-1) + 1 + (j-l-1))
//
// where k < i is the last row with a[k-1] == b[j-1] and l < j the last column with b[l-1] ==
// a[i-1] (the last term only when both exist). It transposes a[k-1] and a[i-1] after deleting the
// x = i-k-1 symbols between them and inserting the y = j-l-1 symbols of b between b[l-1] and b[j-1].
//
// LW keep the whole matrix for D[k-1][l-1]. Zhao & Sahni observe that with unit costs a block with
// x > 0 and y > 0 never beats the other terms, since rewriting a[k-1..i) into b[l-1..j) by replaces
// and indels costs at most max(x, y) + 2 <= x + y + 1. So only x = 0 (k = i-1: D[i-2][l-1], from
// row i-2) and y = 0 (l = j-1: D[k-1][j-2], which they save per column as FR[j] whenever a[k-1] ==
// b[j-1]) are needed, besides last_row_id[c] (LW's `da`: the last row whose symbol is c) and
// last_col_id (LW's `db`: l). The canonical script also needs to know when a block only TIES with
// the minimum, and max(x, y) + 2 == x + y + 1 allows that for min(x, y) = 1 too. So this pass keeps
// rows i-1, i-2 and i-3 and two saved values per column, FR0[j] = D[k-1][j-2] and FR1[j] =
// D[k-1][j-3], and evaluates every block with min(x, y) <= 1 exactly; the others are strictly
// worse than the minimum, so they can neither set D nor tie with it.
//
// The canonical backtrace, from (n, m) of the trimmed core; at each cell the first rule that holds:
//   match      a[i-1] == b[j-1] and D[i-1][j-1] == D[i][j]
//   transpose  k, l exist and D[k-1][l-1] + (i-k-1) + 1 + (j-l-1) == D[i][j]; go to (k-1, l-1)
//   replace    D[i-1][j-1] + 1 == D[i][j]
//   delete     D[i-1][j] + 1 == D[i][j]
//   insert     otherwise
// then deletes down column 0 or inserts along row 0. Each rule only looks at values the forward
// pass has at hand, so the pass stores the chosen move per cell (4 bits) instead of D. A
// transposition block is spelled [Transpose, k-1, l-1], x deletes [Delete, k-1+t, l] and y inserts
// [Insert, i-1, l-1+t] (t counting from 1); the backtrace finds k and l again by scanning back from
// i-1 and j-1, which costs one step per op of the block.
#include "damerau.hpp"

#include <algorithm>
#include <utility>

#include "common_affix.hpp"
#include "edit_script.hpp"

namespace editops::detail {
namespace {

enum Move : uint8_t { kMatch, kTranspose, kReplace, kDelete, kInsert };

// Working memory of forward(), kept per thread: after the trim, real pairs are short, and six
// allocations per call cost several times the work. Buffers that a pair of more than
// kRetainedColumns columns grew are given back, so at most about 40 KiB stays per thread.
struct Scratch {
  static constexpr size_t kRetainedColumns = 1024;
  std::vector<Symbol> symbols;
  std::vector<uint32_t> ids;
  std::vector<size_t> last_row_id;
  std::vector<int64_t> rows;
  std::vector<int64_t> FR0;
  std::vector<int64_t> FR1;

  void release_large() {
    if (rows.capacity() > 4 * (kRetainedColumns + 1)) {
      std::vector<Symbol>().swap(symbols);
      std::vector<uint32_t>().swap(ids);
      std::vector<size_t>().swap(last_row_id);
      std::vector<int64_t>().swap(rows);
      std::vector<int64_t>().swap(FR0);
      std::vector<int64_t>().swap(FR1);
    }
  }
};

thread_local Scratch scratch;

// Dense ids for the symbols of b, so that last_row_id can be a plain array: symbols are arbitrary
// uint32 values. Only symbols of b are ever looked up; a symbol of a that is not in b gets none.
class ColumnAlphabet {
 public:
  ColumnAlphabet(Sequence b, std::vector<Symbol>& symbols, std::vector<uint32_t>& ids) : symbols_(symbols), id_(ids) {
    symbols_.assign(b.data, b.data + b.size);
    std::sort(symbols_.begin(), symbols_.end());
    symbols_.erase(std::unique(symbols_.begin(), symbols_.end()), symbols_.end());
    id_.resize(b.size);
    for (size_t j = 0; j < b.size; ++j) id_[j] = static_cast<uint32_t>(find(b.data[j]));
  }

  size_t size() const { return symbols_.size(); }
  const uint32_t* column_ids() const { return id_.data(); }  // [j - 1]: the id of b[j-1]

  // The id of c, or size() when c does not occur in b.
  size_t find(Symbol c) const {
    const auto it = std::lower_bound(symbols_.begin(), symbols_.end(), c);
    return it != symbols_.end() && *it == c ? static_cast<size_t>(it - symbols_.begin()) : size();
  }

 private:
  std::vector<Symbol>& symbols_;
  std::vector<uint32_t>& id_;
};

// The forward pass over rows 1..n; returns D[n][m] (n, m >= 1), or max_distance + 1 as soon as a
// whole row is above a cutoff (max_distance >= 0). That early exit is exact: every cell below row i
// is at least the minimum of row i. Ordinary moves never lower a value, and a transposition block
// that jumps from row k-1 over row i to (i', j) costs D[k-1][l-1] + (i' - k) + y, while deleting
// a[k-1..i) reaches (i, l-1) for D[k-1][l-1] + (i - k + 1), which is no more.
//
// With band >= 0 (distance only), only the cells with |i - j| <= band are computed; the others
// count as kUnbounded. That is exact for every cell whose distance is at most band, since D[i][j] >=
// |i - j| and every move of a path that costs at most band, a transposition block's jump
// included, starts from such a cell; so D[n][m] is exact when it is at most band, and above band
// otherwise. Rows are reused buffers, so every read that may fall outside the band of its row (the
// neighbours at the band's edges, the saved values of a transposition block) is checked or fenced
// with kUnbounded.
//
// With `moves`, stores the canonical move of cell (i, j) in the nibble c = (i-1) * m + (j-1):
// bits 4 * (c % 2) of byte c / 2.
int64_t forward(Sequence a, Sequence b, uint8_t* moves, int64_t max_distance, int64_t band = -1) {
  const size_t m = b.size;
  const bool banded = band >= 0;
  const auto outside = [banded, band](size_t row, size_t column) {
    return banded && static_cast<int64_t>(row > column ? row - column : column - row) > band;
  };
  const ColumnAlphabet alphabet(b, scratch.symbols, scratch.ids);
  std::vector<size_t>& last_row_id = scratch.last_row_id;
  last_row_id.assign(alphabet.size(), 0);  // 0: no such row yet
  std::vector<int64_t>& rows = scratch.rows;
  rows.assign(4 * (m + 1), 0);
  scratch.FR0.assign(m + 1, 0);
  scratch.FR1.assign(m + 1, 0);
  // Plain pointers from here on: the moves are stored through a byte pointer, which may alias
  // anything, so reading through the vectors would reload their data pointers after every store.
  int64_t* const FR0 = scratch.FR0.data();  // FR0[j] = D[k-1][j-2], k the last row with a[k-1] == b[j-1]
  int64_t* const FR1 = scratch.FR1.data();  // FR1[j] = D[k-1][j-3]
  size_t* const last_row = last_row_id.data();
  const uint32_t* const column_id = alphabet.column_ids();
  const Symbol* const a_data = a.data;
  const Symbol* const b_data = b.data;
  int64_t* R = rows.data();            // row i
  int64_t* R1 = R + (m + 1);           // row i-1
  int64_t* R2 = R1 + (m + 1);          // row i-2
  int64_t* R3 = R2 + (m + 1);          // row i-3
  for (size_t j = 0; j <= m; ++j) R[j] = outside(0, j) ? kUnbounded : static_cast<int64_t>(j);

  for (size_t i = 1; i <= a.size; ++i) {
    int64_t* const oldest = R3;
    R3 = R2, R2 = R1, R1 = R, R = oldest;
    // Columns [lo, hi] of row i. The caller keeps band >= n - m, so the range is never empty.
    const size_t lo = banded && static_cast<int64_t>(i) > band ? i - static_cast<size_t>(band) : 1;
    const size_t hi = banded ? std::min(m, i + static_cast<size_t>(band)) : m;
    R[0] = outside(i, 0) ? kUnbounded : static_cast<int64_t>(i);
    if (lo > 1) R[lo - 1] = kUnbounded;  // the left neighbour of the band
    int64_t row_min = R[0];
    const Symbol c = a_data[i - 1];
    // l: the last column with b[l-1] == c. One left of the band may still matter (its block reads
    // row i-2 at column l-1, which can be just inside that row's band); further left cannot.
    size_t last_col_id = lo >= 2 && b_data[lo - 2] == c ? lo - 1 : 0;
    for (size_t j = lo; j <= hi; ++j) {
      const bool eq = c == b_data[j - 1];
      const int64_t diag = R1[j - 1];
      int64_t best = std::min({diag + (eq ? 0 : 1), R1[j] + 1, R[j - 1] + 1});
      int64_t block = INT64_MAX;
      const size_t k = last_row[column_id[j - 1]];
      const size_t l = last_col_id;
      if (k > 0 && l > 0) {
        const size_t x = i - k - 1;
        const size_t y = j - l - 1;
        if (x == 0) {
          block = outside(i - 2, l - 1) ? kUnbounded : R2[l - 1] + static_cast<int64_t>(y) + 1;
        } else if (x == 1) {
          block = outside(i - 3, l - 1) ? kUnbounded : R3[l - 1] + static_cast<int64_t>(y) + 2;
        } else if (y == 0) {
          // FR0[j] was saved at row k only if column j was inside that row's band.
          block = outside(k, j) ? kUnbounded : FR0[j] + static_cast<int64_t>(x) + 1;
        } else if (y == 1) {
          block = outside(k, j) ? kUnbounded : FR1[j] + static_cast<int64_t>(x) + 2;
        }
        best = std::min(best, block);
      }
      R[j] = best;
      row_min = std::min(row_min, best);
      if (moves != nullptr) {
        const Move move = eq && diag == best       ? kMatch
                          : block == best          ? kTranspose
                          : diag + 1 == best       ? kReplace
                          : R1[j] + 1 == best      ? kDelete
                                                   : kInsert;
        const size_t cell = (i - 1) * m + (j - 1);
        moves[cell / 2] |= static_cast<uint8_t>(move << (4 * (cell % 2)));
      }
      if (eq) {
        last_col_id = j;
        // Read only when l = j-1 >= 1 (FR0) or l = j-2 >= 1 (FR1).
        FR0[j] = j >= 2 ? (outside(i - 1, j - 2) ? kUnbounded : R1[j - 2]) : 0;
        FR1[j] = j >= 3 ? (outside(i - 1, j - 3) ? kUnbounded : R1[j - 3]) : 0;
      }
    }
    if (hi < m) R[hi + 1] = kUnbounded;  // the right neighbour, which row i+1 reads as R1[j]
    const size_t id = alphabet.find(c);
    if (id < alphabet.size()) last_row[id] = i;
    if (over(row_min, max_distance)) return max_distance + 1;
  }
  return R[m];
}

}  // namespace

int64_t damerau_distance(Sequence a, Sequence b, int64_t max_distance) {
  trim_common_affix(a, b);
  if (a.size < b.size) std::swap(a, b);  // symmetric; rows run over the longer sequence
  const auto bound = static_cast<int64_t>(a.size - b.size);
  if (b.size == 0 || over(bound, max_distance)) return clamp_to_cutoff(bound, max_distance);
  int64_t d = 0;
  if (max_distance >= 0) {
    // A cutoff is a band: no cell farther than it from the diagonal can be on a path within it.
    d = forward(a, b, nullptr, max_distance, max_distance);
  } else {
    // No cutoff: double the band until it holds the answer, as for Levenshtein, so similar
    // sequences cost O(d n) instead of O(n m). A band as wide as the longer sequence is the whole
    // matrix.
    for (int64_t band = std::max<int64_t>(bound, 8);; band *= 2) {
      if (band >= static_cast<int64_t>(a.size)) {
        d = forward(a, b, nullptr, kNoMaxDistance);
        break;
      }
      d = forward(a, b, nullptr, band, band);
      if (d <= band) break;
    }
  }
  scratch.release_large();
  return clamp_to_cutoff(d, max_distance);
}

uint64_t damerau_editops_bytes(uint64_t n, uint64_t m) {
  const uint64_t output = script_bytes(std::max(n, m));  // as many ops as the distance
  if (n == 0 || m == 0) return output;
  const uint64_t moves = mul_sat(n, m) / 2 + 1;
  const uint64_t rows = mul_sat(add_sat(m, 1), 6 * sizeof(int64_t));  // R, R1, R2, R3, FR0, FR1
  const uint64_t alphabet = mul_sat(m, sizeof(Symbol) + sizeof(uint32_t) + sizeof(size_t));
  return add_sat(add_sat(output, moves), add_sat(rows, alphabet));
}

Status damerau_editops(Sequence a, Sequence b, int64_t max_distance, std::vector<int32_t>& ops) {
  ops.clear();
  if (!positions_fit(a, b)) return Status::TooLarge;

  const CommonAffix affix = trim_common_affix(a, b);
  const size_t n = a.size;
  const size_t m = b.size;
  if (over(length_difference(n, m), max_distance)) {
    return Status::OverMaxDistance;
  }
  if (damerau_editops_bytes(n, m) > kEditopsMemoryBudget) return Status::TooLarge;

  std::vector<uint8_t> moves;
  int64_t d = static_cast<int64_t>(n + m);
  if (n > 0 && m > 0) {
    moves.assign(n * m / 2 + 1, 0);
    d = forward(a, b, moves.data(), max_distance);
    scratch.release_large();
  }
  if (over(d, max_distance)) return Status::OverMaxDistance;

  ops.reserve(3 * static_cast<size_t>(d));
  BackwardScript script(ops, affix.prefix);
  size_t i = n;
  size_t j = m;
  while (i > 0 && j > 0) {
    const size_t cell = (i - 1) * m + (j - 1);
    switch (static_cast<Move>((moves[cell / 2] >> (4 * (cell % 2))) & 15)) {
      case kMatch:
        --i, --j;
        break;
      case kTranspose: {
        size_t k = i - 1;  // recorded only when both k and l exist, so the scans stop at >= 1
        while (a.data[k - 1] != b.data[j - 1]) --k;
        size_t l = j - 1;
        while (b.data[l - 1] != a.data[i - 1]) --l;
        for (size_t t = j - l - 1; t >= 1; --t) script.push(OpType::Insert, i - 1, l - 1 + t);
        for (size_t t = i - k - 1; t >= 1; --t) script.push(OpType::Delete, k - 1 + t, l);
        script.push(OpType::Transpose, k - 1, l - 1);
        i = k - 1, j = l - 1;
        break;
      }
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
