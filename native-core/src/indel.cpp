// Indel distance through the length of a longest common subsequence, D = n + m - 2 * L, with the
// bit-parallel LCS algorithm of Allison & Dix 1986 ("A bit-string longest-common-subsequence
// algorithm", Inf. Process. Lett. 23) in the simplified form of Hyyrö 2004 ("Bit-parallel LCS-length
// computation revisited", AWOCA 2004), whose names we use:
//
//   L[i][j]  LCS length of a[0..i) (rows, the pattern) and b[0..j) (columns)
//   PM       pattern match vectors, as in pattern_match.hpp
//   V        column j: bit i-1 is 0 iff L[i][j] = L[i-1][j] + 1, so L[n][j] = zero bits of V
//
//   V = ~0 (column 0),    U = V & PM[b[j-1]],    V' = (V + U) | (V - U)
//
// and V - U = V & ~PM, as U is a subset of V. Only the addition carries from word to word of the
// blocked form (Hyyrö 2004, after Myers 1999).
//
// The canonical backtrace, from (n, m) of the trimmed core, with D[i][j] = i + j - 2 L[i][j]:
//   match    a[i-1] == b[j-1] (always optimal for an LCS)
//   delete   D[i-1][j] + 1 == D[i][j], i.e. L[i-1][j] == L[i][j]: bit i-1 of V_j set
//   insert   otherwise
// then deletes down column 0 or inserts along row 0. V_j (1 bit per cell) is all it needs.
#include "indel.hpp"

#include <algorithm>
#include <utility>

#include "common_affix.hpp"
#include "edit_script.hpp"
#include "mbleven.hpp"
#include "myers_single.hpp"
#include "pattern_match.hpp"

namespace editops::detail {
namespace {

constexpr uint64_t kAllOnes = ~uint64_t{0};

// L[n][j] from the words of V (only the n pattern rows count).
int64_t lcs_of(const uint64_t* V, size_t words, size_t n) {
  int64_t zeros = 0;
  for (size_t w = 0; w + 1 < words; ++w) zeros += popcount64(~V[w]);
  const unsigned tail = static_cast<unsigned>(n - 64 * (words - 1));  // 1..64 rows
  const uint64_t mask = tail == 64 ? kAllOnes : (uint64_t{1} << tail) - 1;
  return zeros + popcount64(~V[words - 1] & mask);
}

// L can grow by at most 1 per column: true when even that cannot bring D under the cutoff.
bool hopeless(int64_t lcs, size_t n, size_t m, size_t columns_left, int64_t max_distance) {
  const int64_t best = std::min(static_cast<int64_t>(n), lcs + static_cast<int64_t>(columns_left));
  return over(static_cast<int64_t>(n + m) - 2 * best, max_distance);
}

// How often the blocked and single-word loops count L for the cutoff (a popcount per word).
constexpr size_t kCutoffStride = 64;

// Pattern of any length. Returns L[n][m], or -1 once the cutoff cannot be met. When V_out is
// non-null, V_j is stored at [(j - 1) * words, j * words) for the backtrace.
int64_t lcs_blocked(const BlockPatternMatchVector& PM, size_t n, Sequence b, int64_t max_distance,
                    uint64_t* V_out) {
  const size_t words = (n + 63) / 64;  // PM may hold a longer pattern (CachedScorer)
  std::vector<uint64_t> V(words, kAllOnes);
  std::vector<uint64_t> scratch(words);
  for (size_t j = 0; j < b.size; ++j) {
    const uint64_t* PM_j = PM.column(b.data[j], 0, words, scratch.data());
    uint64_t carry = 0;
    for (size_t w = 0; w < words; ++w) {
      const uint64_t X = PM_j[w];
      const uint64_t U = V[w] & X;
      const uint64_t with_carry = V[w] + carry;
      const uint64_t sum = with_carry + U;
      carry = static_cast<uint64_t>(with_carry < carry) | static_cast<uint64_t>(sum < U);
      V[w] = sum | (V[w] & ~X);
    }
    if (V_out != nullptr) std::copy(V.begin(), V.end(), V_out + j * words);
    if ((j + 1) % kCutoffStride == 0 &&
        hopeless(lcs_of(V.data(), words, n), n, b.size, b.size - j - 1, max_distance)) {
      return -1;
    }
  }
  return lcs_of(V.data(), words, n);
}

}  // namespace

int64_t indel_distance(Sequence a, Sequence b, int64_t max_distance) {
  trim_common_affix(a, b);
  if (a.size > b.size) std::swap(a, b);  // symmetric; the shorter is the pattern
  const auto total = static_cast<int64_t>(a.size + b.size);
  if (a.size == 0) return clamp_to_cutoff(total, max_distance);
  if (over(static_cast<int64_t>(b.size - a.size), max_distance)) return max_distance + 1;
  if (max_distance >= 0 && max_distance <= 3) return mbleven_indel(a, b, max_distance);

  int64_t lcs = 0;
  if (a.size <= 64) {
    const PatternMatchVector PM(a, b);
    lcs = with_lookup(PM, [&](auto get) { return lcs_single_word(a.size, b, max_distance, get); });
  } else {
    const BlockPatternMatchVector PM(a);
    lcs = lcs_blocked(PM, a.size, b, max_distance, nullptr);
  }
  return lcs < 0 ? max_distance + 1 : clamp_to_cutoff(total - 2 * lcs, max_distance);
}

int64_t indel_distance_blocked(const BlockPatternMatchVector& PM, size_t n, Sequence b, int64_t max_distance) {
  const int64_t lcs = lcs_blocked(PM, n, b, max_distance, nullptr);
  const auto total = static_cast<int64_t>(n + b.size);
  return lcs < 0 ? max_distance + 1 : clamp_to_cutoff(total - 2 * lcs, max_distance);
}

uint64_t indel_editops_bytes(uint64_t n, uint64_t m) {
  const uint64_t output = script_bytes(add_sat(n, m));  // n + m - 2 L ops
  if (n == 0 || m == 0) return output;
  const uint64_t words = n / 64 + (n % 64 != 0);
  const uint64_t pm = mul_sat(words, BlockPatternMatchVector::kBytesPerWord);
  const uint64_t column = mul_sat(words, sizeof(uint64_t));  // V
  const uint64_t stored = mul_sat(column, m);                 // V_j: 1 bit per cell
  return add_sat(add_sat(output, pm), add_sat(column, stored));
}

Status indel_editops(Sequence a, Sequence b, int64_t max_distance, std::vector<int32_t>& ops) {
  ops.clear();
  if (!positions_fit(a, b)) return Status::TooLarge;

  const CommonAffix affix = trim_common_affix(a, b);
  const size_t n = a.size;
  const size_t m = b.size;
  if (over(static_cast<int64_t>(n > m ? n - m : m - n), max_distance)) {
    return Status::OverMaxDistance;
  }
  if (indel_editops_bytes(n, m) > kEditopsMemoryBudget) return Status::TooLarge;

  size_t words = 0;
  std::vector<uint64_t> V;
  int64_t lcs = 0;
  if (n > 0 && m > 0) {
    const BlockPatternMatchVector PM(a);
    words = PM.words();
    V.resize(words * m);
    lcs = lcs_blocked(PM, n, b, max_distance, V.data());
  }
  const int64_t d = static_cast<int64_t>(n + m) - 2 * lcs;
  if (lcs < 0 || over(d, max_distance)) return Status::OverMaxDistance;

  ops.reserve(3 * static_cast<size_t>(d));
  BackwardScript script(ops, affix.prefix);
  size_t i = n;
  size_t j = m;
  while (i > 0 && j > 0) {
    if (a.data[i - 1] == b.data[j - 1]) {
      --i, --j;
    } else if (((V[(j - 1) * words + (i - 1) / 64] >> ((i - 1) % 64)) & 1) != 0) {
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
