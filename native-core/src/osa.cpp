// Optimal string alignment (OSA) distance and edit script with the bit-parallel algorithm of Hyyrö
// 2003 ("A bit-vector algorithm for computing Levenshtein and Damerau edit distances", Nordic J.
// Computing 10), which adds transpositions to Myers 1999. The recurrence is Levenshtein's plus
//
//   D[i][j] = min(..., D[i-2][j-2] + 1)   if i, j >= 2, a[i-1] == b[j-2] and a[i-2] == b[j-1]
//
// Variable names are Hyyrö's, as in levenshtein.cpp (PM, VP, VN, HP, HN, D0); PM'_j and D0' are the
// match vector and D0 of the previous column. Hyyrö shows the deltas keep their Levenshtein ranges
// (vertical and horizontal in {-1, 0, +1}, diagonal in {0, +1}) and that a transposition can only
// turn a diagonal delta into 0, which happens at row i exactly when bit i-1 of
//
//   TR = (((~D0') & PM_j) << 1) & PM'_j
//
// is set: a[i-2] == b[j-1], a[i-1] == b[j-2] and D[i-1][j-1] = D[i-2][j-2] + 1, so D[i][j] <=
// D[i-2][j-2] + 1 = D[i-1][j-1] <= D[i][j]. The column step is Myers' with D0 |= TR. TR needs no
// place in the carry chain of the addition: that chain only runs through rows with VP set in the
// previous column, and a TR row never has it (a[i-1] == b[j-2] gives D[i][j-1] = D[i-1][j-2] <=
// D[i-2][j-2] + 1 = D[i-1][j-1]). In the blocked form (Myers 1999) bit 63 of (~D0') & PM_j crosses
// into bit 0 of the next word, beside the HP / HN carries described in levenshtein.cpp.
//
// The canonical backtrace, from (n, m) of the trimmed core; at each cell the first rule that holds:
//   match      a[i-1] == b[j-1] and D[i-1][j-1] == D[i][j]          D0_j bit i-1 set
//   transpose  i, j >= 2, a[i-1] == b[j-2], a[i-2] == b[j-1] and D[i-2][j-2] + 1 == D[i][j]: the
//              diagonal deltas at (i, j) and (i-1, j-1) add up to 1, so exactly one of D0_j bit
//              i-1 and D0_{j-1} bit i-2 is set; op [Transpose, i-2, j-2], go to (i-2, j-2)
//   replace    D[i-1][j-1] + 1 == D[i][j]                            D0_j bit i-1 clear
//   delete     D[i-1][j] + 1 == D[i][j]                              VP_j bit i-1 set
//   insert     otherwise
// then deletes down column 0 or inserts along row 0. As for Levenshtein, VP_j and D0_j (2 bits per
// cell) are all the backtrace needs, and each op lowers D by exactly 1.
#include "osa.hpp"

#include <algorithm>
#include <utility>

#include "common_affix.hpp"
#include "edit_script.hpp"
#include "pattern_match.hpp"

namespace editops::detail {
namespace {

constexpr uint64_t kAllOnes = ~uint64_t{0};

// As in levenshtein.cpp: one column step changes row n by at most 1 (Hyyrö 2003 keeps that range).
bool hopeless(int64_t score, size_t columns_left, int64_t max_distance) {
  return max_distance >= 0 && score - static_cast<int64_t>(columns_left) > max_distance;
}

// Pattern a of 1..64 symbols: one word per column, nothing allocated.
int64_t distance_single_word(Sequence a, Sequence b, int64_t max_distance) {
  const PatternMatchVector PM(a);
  const uint64_t last = uint64_t{1} << (a.size - 1);
  uint64_t VP = kAllOnes;
  uint64_t VN = 0;
  uint64_t D0 = 0;
  uint64_t PM_prev = 0;  // PM'_j; 0 before column 1, so no transposition there
  int64_t score = static_cast<int64_t>(a.size);

  for (size_t j = 0; j < b.size; ++j) {
    const uint64_t PM_j = PM.get(b.data[j]);
    const uint64_t TR = (((~D0) & PM_j) << 1) & PM_prev;
    D0 = (((PM_j & VP) + VP) ^ VP) | PM_j | VN | TR;
    uint64_t HP = VN | ~(D0 | VP);
    uint64_t HN = VP & D0;
    score += (HP & last) != 0;
    score -= (HN & last) != 0;
    HP = (HP << 1) | 1;
    HN <<= 1;
    VP = HN | ~(D0 | HP);
    VN = HP & D0;
    PM_prev = PM_j;
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
  std::vector<uint64_t> D0(words, 0);
  std::vector<uint64_t> PM_prev(words, 0);
  int64_t score = static_cast<int64_t>(n);

  for (size_t j = 0; j < b.size; ++j) {
    const Symbol c = b.data[j];
    uint64_t HP_carry = 1;  // row 0: D[0][j] - D[0][j-1] = +1
    uint64_t HN_carry = 0;
    uint64_t TR_carry = 0;  // no transposition can end at row 1
    for (size_t w = 0; w < words; ++w) {
      const uint64_t PM_j = PM.get(w, c);
      const uint64_t TR_rows = ~D0[w] & PM_j;  // rows i-2 of possible transpositions, shifted next
      const uint64_t TR = ((TR_rows << 1) | TR_carry) & PM_prev[w];
      TR_carry = TR_rows >> 63;
      const uint64_t X = PM_j | HN_carry;
      const uint64_t D0_j = (((X & VP[w]) + VP[w]) ^ VP[w]) | X | VN[w] | TR;
      uint64_t HP = VN[w] | ~(D0_j | VP[w]);
      uint64_t HN = VP[w] & D0_j;
      if (w + 1 == words) {
        score += static_cast<int64_t>((HP >> last_bit) & 1);
        score -= static_cast<int64_t>((HN >> last_bit) & 1);
      }
      const uint64_t HP_out = HP >> 63;
      const uint64_t HN_out = HN >> 63;
      HP = (HP << 1) | HP_carry;
      HN = (HN << 1) | HN_carry;
      VP[w] = HN | ~(D0_j | HP);
      VN[w] = HP & D0_j;
      D0[w] = D0_j;
      PM_prev[w] = PM_j;
      HP_carry = HP_out;
      HN_carry = HN_out;
      if (D0_out != nullptr) {
        VP_out[j * words + w] = VP[w];
        D0_out[j * words + w] = D0_j;
      }
    }
    if (hopeless(score, b.size - j - 1, max_distance)) return max_distance + 1;
  }
  return score;
}

}  // namespace

int64_t osa_distance(Sequence a, Sequence b, int64_t max_distance) {
  trim_common_affix(a, b);
  if (a.size > b.size) std::swap(a, b);  // OSA is symmetric; the shorter is the pattern
  if (a.size == 0) return clamp_to_cutoff(static_cast<int64_t>(b.size), max_distance);
  if (over(static_cast<int64_t>(b.size - a.size), max_distance)) return max_distance + 1;

  int64_t d = 0;
  if (a.size <= 64) {
    d = distance_single_word(a, b, max_distance);
  } else {
    const BlockPatternMatchVector PM(a);
    d = distance_blocked(PM, a.size, b, max_distance, nullptr, nullptr);
  }
  return clamp_to_cutoff(d, max_distance);
}

uint64_t osa_editops_bytes(uint64_t n, uint64_t m) {
  const uint64_t output = script_bytes(std::max(n, m));  // <= max(n, m) ops
  if (n == 0 || m == 0) return output;
  const uint64_t words = n / 64 + (n % 64 != 0);
  const uint64_t pm = mul_sat(words, BlockPatternMatchVector::kBytesPerWord);
  const uint64_t column = mul_sat(words, 4 * sizeof(uint64_t));     // VP, VN, D0, PM'
  const uint64_t stored = mul_sat(mul_sat(words, 2 * sizeof(uint64_t)), m);  // VP_j, D0_j
  return add_sat(add_sat(output, pm), add_sat(column, stored));
}

Status osa_editops(Sequence a, Sequence b, int64_t max_distance, std::vector<int32_t>& ops) {
  ops.clear();
  if (!positions_fit(a, b)) return Status::TooLarge;

  const CommonAffix affix = trim_common_affix(a, b);
  const size_t n = a.size;
  const size_t m = b.size;
  if (over(static_cast<int64_t>(n > m ? n - m : m - n), max_distance)) {
    return Status::OverMaxDistance;
  }
  if (osa_editops_bytes(n, m) > kEditopsMemoryBudget) return Status::TooLarge;

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

  // Bit i-1 of column j (both >= 1) of a stored vector.
  const auto bit = [words](const std::vector<uint64_t>& v, size_t i, size_t j) {
    return ((v[(j - 1) * words + (i - 1) / 64] >> ((i - 1) % 64)) & 1) != 0;
  };
  ops.reserve(3 * static_cast<size_t>(d));
  BackwardScript script(ops, affix.prefix);
  size_t i = n;
  size_t j = m;
  while (i > 0 && j > 0) {
    const bool diagonal_zero = bit(D0, i, j);
    if (diagonal_zero && a.data[i - 1] == b.data[j - 1]) {
      --i, --j;
    } else if (i >= 2 && j >= 2 && a.data[i - 1] == b.data[j - 2] &&
               a.data[i - 2] == b.data[j - 1] && diagonal_zero != bit(D0, i - 1, j - 1)) {
      script.push(OpType::Transpose, i - 2, j - 2);
      i -= 2, j -= 2;
    } else if (!diagonal_zero) {
      script.push(OpType::Replace, i - 1, j - 1);
      --i, --j;
    } else if (bit(VP, i, j)) {
      script.push(OpType::Delete, i - 1, j);
      --i;
    } else {
      script.push(OpType::Insert, i, j - 1);
      --j;
    }
  }
  for (; i > 0; --i) script.push(OpType::Delete, i - 1, 0);
  for (; j > 0; --j) script.push(OpType::Insert, 0, j - 1);
  script.finish();
  return Status::Ok;
}

}  // namespace editops::detail
