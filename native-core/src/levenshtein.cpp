// Levenshtein distance and edit script with the bit-parallel algorithm of Myers 1999 ("A fast
// bit-vector algorithm for approximate string matching based on dynamic programming", J. ACM 46),
// in the formulation of Hyyrö 2003 ("A bit-vector algorithm for computing Levenshtein and Damerau
// edit distances", Nordic J. Computing 10), whose variable names we use:
//
//   D[i][j]  the DP matrix: distance between a[0..i) (rows, the pattern) and b[0..j) (columns)
//   PM       pattern match vectors: bit i-1 of PM[c] set iff a[i-1] == c (see pattern_match.hpp)
//   VP, VN   vertical deltas of the current column j: bit i-1 set iff D[i][j] - D[i-1][j] = +1 / -1
//   HP, HN   horizontal deltas: bit i-1 set iff D[i][j] - D[i][j-1] = +1 / -1
//   D0       diagonal zero deltas: bit i-1 set iff D[i][j] == D[i-1][j-1]
//
// Column j is computed from column j-1 with a handful of word operations (Hyyrö 2003):
//
//   D0 = (((PM & VP) + VP) ^ VP) | PM | VN
//   HP = VN | ~(D0 | VP)        HN = VP & D0
//   HP = (HP << 1) | 1          HN = HN << 1      (row 0 is D[0][j] = j: its delta is +1)
//   VP = HN | ~(D0 | HP)        VN = HP & D0
//
// For patterns longer than 64 the column is split into 64-row blocks (Myers 1999). The only state
// that crosses a block boundary is the horizontal delta at the block's last row; it enters the next
// block as the bit shifted into HP / HN, and, when it is -1, also as a set bit 0 of PM: a -1 from
// above makes D0 true at the top row exactly as a match would, and it starts the same carry chain
// in the addition.
#include "levenshtein.hpp"

#include <algorithm>
#include <cstddef>
#include <utility>

#include "common_affix.hpp"
#include "edit_script.hpp"
#include "pattern_match.hpp"

namespace editops::detail {
namespace {

constexpr uint64_t kAllOnes = ~uint64_t{0};

// D[n][m] >= D[n][j] - (m - j), since one column step changes row n by at most 1. When even that
// lower bound is over the cutoff, the remaining columns cannot bring the answer back under it.
bool hopeless(int64_t score, size_t columns_left, int64_t max_distance) {
  return max_distance >= 0 && score - static_cast<int64_t>(columns_left) > max_distance;
}

// Pattern a of 1..64 symbols: the whole column fits one word. Score tracks D[n][j] through bit
// n-1 of HP / HN (Myers 1999). Allocates nothing.
int64_t distance_single_word(Sequence a, Sequence b, int64_t max_distance) {
  const PatternMatchVector PM(a);
  const uint64_t last = uint64_t{1} << (a.size - 1);
  uint64_t VP = kAllOnes;  // column 0 is D[i][0] = i: every vertical delta is +1
  uint64_t VN = 0;
  int64_t score = static_cast<int64_t>(a.size);

  for (size_t j = 0; j < b.size; ++j) {
    const uint64_t X = PM.get(b.data[j]);
    const uint64_t D0 = (((X & VP) + VP) ^ VP) | X | VN;
    uint64_t HP = VN | ~(D0 | VP);
    uint64_t HN = VP & D0;
    score += (HP & last) != 0;
    score -= (HN & last) != 0;
    HP = (HP << 1) | 1;
    HN <<= 1;
    VP = HN | ~(D0 | HP);
    VN = HP & D0;
    if (hopeless(score, b.size - j - 1, max_distance)) return max_distance + 1;
  }
  return score;
}

// Pattern of any length, blocked over PM.words() words. Returns D[n][m], or max_distance + 1 as
// soon as the cutoff cannot be met. When VP_out / D0_out are non-null, the vectors of column j
// (1-based) are stored at [(j - 1) * words, j * words) for the backtrace.
int64_t distance_blocked(const BlockPatternMatchVector& PM, size_t n, Sequence b,
                         int64_t max_distance, uint64_t* VP_out, uint64_t* D0_out) {
  const size_t words = PM.words();
  const unsigned last_bit = static_cast<unsigned>((n - 1) % 64);
  std::vector<uint64_t> VP(words, kAllOnes);
  std::vector<uint64_t> VN(words, 0);
  int64_t score = static_cast<int64_t>(n);

  for (size_t j = 0; j < b.size; ++j) {
    const Symbol c = b.data[j];
    uint64_t HP_carry = 1;  // horizontal delta above block 0 is that of row 0: +1
    uint64_t HN_carry = 0;
    for (size_t w = 0; w < words; ++w) {
      const uint64_t X = PM.get(w, c) | HN_carry;
      const uint64_t D0 = (((X & VP[w]) + VP[w]) ^ VP[w]) | X | VN[w];
      uint64_t HP = VN[w] | ~(D0 | VP[w]);
      uint64_t HN = VP[w] & D0;
      if (w + 1 == words) {
        score += static_cast<int64_t>((HP >> last_bit) & 1);
        score -= static_cast<int64_t>((HN >> last_bit) & 1);
      }
      const uint64_t HP_out = HP >> 63;
      const uint64_t HN_out = HN >> 63;
      HP = (HP << 1) | HP_carry;
      HN = (HN << 1) | HN_carry;
      VP[w] = HN | ~(D0 | HP);
      VN[w] = HP & D0;
      HP_carry = HP_out;
      HN_carry = HN_out;
      if (D0_out != nullptr) {
        VP_out[j * words + w] = VP[w];
        D0_out[j * words + w] = D0;
      }
    }
    if (hopeless(score, b.size - j - 1, max_distance)) return max_distance + 1;
  }
  return score;
}

}  // namespace

int64_t levenshtein_distance(Sequence a, Sequence b, int64_t max_distance) {
  trim_common_affix(a, b);
  if (a.size > b.size) std::swap(a, b);  // the shorter sequence is the pattern: fewer words
  if (a.size == 0) {
    const auto d = static_cast<int64_t>(b.size);
    return over(d, max_distance) ? max_distance + 1 : d;
  }
  // |n - m| is a lower bound on the distance.
  if (over(static_cast<int64_t>(b.size - a.size), max_distance)) return max_distance + 1;

  int64_t d = 0;
  if (a.size <= 64) {
    d = distance_single_word(a, b, max_distance);
  } else {
    const BlockPatternMatchVector PM(a);
    d = distance_blocked(PM, a.size, b, max_distance, nullptr, nullptr);
  }
  return over(d, max_distance) ? max_distance + 1 : d;
}

int64_t levenshtein_distance_full(Sequence a, Sequence b) {
  if (a.size > b.size) std::swap(a, b);
  if (a.size == 0) return static_cast<int64_t>(b.size);
  const BlockPatternMatchVector PM(a);
  return distance_blocked(PM, a.size, b, -1, nullptr, nullptr);
}

uint64_t levenshtein_editops_bytes(uint64_t n, uint64_t m) {
  const uint64_t output = script_bytes(std::max(n, m));  // <= max(n, m) ops
  if (n == 0 || m == 0) return output;
  const uint64_t words = n / 64 + (n % 64 != 0);
  const uint64_t pm = mul_sat(words, BlockPatternMatchVector::kBytesPerWord);
  const uint64_t column = mul_sat(words, 2 * sizeof(uint64_t));  // VP and VN, or VP_j and D0_j
  const uint64_t stored = mul_sat(column, m);                     // 2 bits per DP cell
  return add_sat(add_sat(output, pm), add_sat(column, stored));
}

// The canonical backtrace (the library's documented, stable contract). From (i, j) = (n, m) of the
// trimmed core:
//
//   a[i-1] == b[j-1]         match, go to (i-1, j-1)
//   D0_j bit i-1 == 0        replace: D[i][j] = D[i-1][j-1] + 1
//   VP_j bit i-1 == 1        delete:  D[i][j] = D[i-1][j] + 1
//   otherwise                insert:  D[i][j] = D[i][j-1] + 1
//
// then deletes down column 0 or inserts along row 0. Taking a matching diagonal is always optimal
// for unit costs, and D[i][j] - D[i-1][j-1] is 0 or 1, so D0 alone decides whether the diagonal
// step is a replace; if it is not, D[i][j] was reached from above or from the left. Each op lowers
// D by exactly 1, so the script has exactly D[n][m] ops. Only VP_j and D0_j are stored: 2 bits per
// cell instead of an int matrix.
Status levenshtein_editops(Sequence a, Sequence b, int64_t max_distance,
                          std::vector<int32_t>& ops) {
  ops.clear();
  if (!positions_fit(a, b)) return Status::TooLarge;

  const CommonAffix affix = trim_common_affix(a, b);
  const size_t n = a.size;
  const size_t m = b.size;
  // |n - m| is a lower bound on the distance: no work at all when it is over the cutoff.
  if (over(static_cast<int64_t>(n > m ? n - m : m - n), max_distance)) {
    return Status::OverMaxDistance;
  }
  if (levenshtein_editops_bytes(n, m) > kEditopsMemoryBudget) return Status::TooLarge;

  size_t words = 0;
  std::vector<uint64_t> VP;
  std::vector<uint64_t> D0;
  int64_t d = static_cast<int64_t>(n + m);
  if (n > 0 && m > 0) {
    const BlockPatternMatchVector PM(a);
    words = PM.words();
    VP.resize(words * m);
    D0.resize(words * m);
    d = distance_blocked(PM, n, b, max_distance, VP.data(), D0.data());
  }
  if (over(d, max_distance)) return Status::OverMaxDistance;

  ops.reserve(3 * static_cast<size_t>(d));
  BackwardScript script(ops, affix.prefix);
  const auto emit = [&](OpType type, size_t src, size_t dest) { script.push(type, src, dest); };
  size_t i = n;
  size_t j = m;
  while (i > 0 && j > 0) {
    if (a.data[i - 1] == b.data[j - 1]) {
      --i;
      --j;
      continue;
    }
    const size_t word = (j - 1) * words + (i - 1) / 64;
    const uint64_t bit = uint64_t{1} << ((i - 1) % 64);
    if ((D0[word] & bit) == 0) {
      emit(OpType::Replace, i - 1, j - 1);
      --i;
      --j;
    } else if ((VP[word] & bit) != 0) {
      emit(OpType::Delete, i - 1, j);
      --i;
    } else {
      emit(OpType::Insert, i, j - 1);
      --j;
    }
  }
  for (; i > 0; --i) emit(OpType::Delete, i - 1, 0);
  for (; j > 0; --j) emit(OpType::Insert, 0, j - 1);
  script.finish();
  return Status::Ok;
}

}  // namespace editops::detail
