#include "script_check.hpp"

#include <algorithm>

namespace editops_fuzz {
namespace {

constexpr int32_t kInsert = static_cast<int32_t>(editops::OpType::Insert);
constexpr int32_t kDelete = static_cast<int32_t>(editops::OpType::Delete);
constexpr int32_t kReplace = static_cast<int32_t>(editops::OpType::Replace);
constexpr int32_t kTranspose = static_cast<int32_t>(editops::OpType::Transpose);

struct Op {
  int32_t type;
  int64_t src;
  int64_t dest;
};

bool allowed(Family family, int32_t type) {
  switch (family) {
    case Family::Indel:
      return type == kInsert || type == kDelete;
    case Family::Osa:
    case Family::Damerau:
      return type == kInsert || type == kDelete || type == kReplace || type == kTranspose;
    default:
      return type == kInsert || type == kDelete || type == kReplace;
  }
}

std::string at(size_t index, const Op& op) {
  return "op #" + std::to_string(index) + " [" + std::to_string(op.type) + ", " + std::to_string(op.src) + ", " +
         std::to_string(op.dest) + "]: ";
}

}  // namespace

ScriptReport check_script(Family family, const Seq& a, const Seq& b, const std::vector<int32_t>& packed,
                          const editops::Weights& w) {
  ScriptReport report;
  if (packed.size() % 3 != 0) {
    report.error = "packed size " + std::to_string(packed.size()) + " is not a multiple of 3";
    return report;
  }
  std::vector<Op> ops;
  for (size_t k = 0; k < packed.size(); k += 3) ops.push_back({packed[k], packed[k + 1], packed[k + 2]});

  const auto n = static_cast<int64_t>(a.size());
  const auto m = static_cast<int64_t>(b.size());
  const int64_t common = std::min(n, m);
  const bool weighted = family == Family::Levenshtein || family == Family::Weighted;
  int64_t i = 0;
  int64_t j = 0;
  for (size_t k = 0; k < ops.size(); ++k) {
    const Op& op = ops[k];
    const auto fail = [&](const std::string& what) {
      report.error = at(k, op) + what;
      return report;
    };
    if (!allowed(family, op.type)) return fail("op type not produced by this metric");
    if (op.src < i || op.dest < j) return fail("not in forward order (cursor " + std::to_string(i) + ", " +
                                               std::to_string(j) + ")");
    if (op.src - i != op.dest - j) return fail("the matched run before it has unequal lengths");
    if (op.src > n || op.dest > m) return fail("position out of range");
    for (; i < op.src; ++i, ++j) {
      if (a[static_cast<size_t>(i)] != b[static_cast<size_t>(j)]) return fail("skips a mismatch");
    }
    if (family == Family::Hamming) {
      if (op.type == kReplace && op.src != op.dest) return fail("hamming replace off the diagonal");
      if (op.type != kReplace && (op.src < common || op.dest < common)) return fail("hamming indel inside the common length");
    }
    switch (op.type) {
      case kInsert:
        if (j >= m) return fail("insert past the end of b");
        ++j;
        report.cost += weighted ? w.insert : 1;
        break;
      case kDelete:
        if (i >= n) return fail("delete past the end of a");
        ++i;
        report.cost += weighted ? w.remove : 1;
        break;
      case kReplace:
        if (i >= n || j >= m) return fail("replace past the end");
        if (a[static_cast<size_t>(i)] == b[static_cast<size_t>(j)]) return fail("replace of equal elements");
        ++i, ++j;
        report.cost += weighted ? w.replace : 1;
        break;
      default: {  // transposition block
        int64_t x = 0;
        int64_t y = 0;
        const auto next_is = [&](int32_t type, int64_t src, int64_t dest) {
          const size_t q = k + 1;
          return q < ops.size() && ops[q].type == type && ops[q].src == src && ops[q].dest == dest;
        };
        while (next_is(kDelete, op.src + x + 1, op.dest + 1)) ++x, ++k;
        while (next_is(kInsert, op.src + x + 1, op.dest + y + 1)) ++y, ++k;
        if (family == Family::Osa && (x != 0 || y != 0)) return fail("osa transposition with elements between");
        const int64_t last_a = op.src + x + 1;
        const int64_t last_b = op.dest + y + 1;
        if (last_a >= n || last_b >= m) return fail("transposition block past the end");
        if (a[static_cast<size_t>(op.src)] != b[static_cast<size_t>(last_b)] ||
            a[static_cast<size_t>(last_a)] != b[static_cast<size_t>(op.dest)]) {
          return fail("transposition block (x = " + std::to_string(x) + ", y = " + std::to_string(y) +
                      ") does not swap equal elements");
        }
        i = last_a + 1;
        j = last_b + 1;
        report.cost += 1 + x + y;
        break;
      }
    }
  }
  if (n - i != m - j) {
    report.error = "after the last op, " + std::to_string(n - i) + " elements of a are left against " +
                   std::to_string(m - j) + " of b";
    return report;
  }
  for (; i < n; ++i, ++j) {
    if (a[static_cast<size_t>(i)] != b[static_cast<size_t>(j)]) {
      report.error = "the tail after the last op does not match at a[" + std::to_string(i) + "]";
      return report;
    }
  }
  return report;
}

}  // namespace editops_fuzz
