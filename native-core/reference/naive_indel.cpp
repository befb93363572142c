// Oracle: insert/delete-only edit distance over a full matrix (no LCS, no bit vectors).
#include <algorithm>

#include "naive.hpp"
#include "naive_util.hpp"

namespace editops::naive {
namespace {

Matrix indel_matrix(const std::vector<Symbol>& a, const std::vector<Symbol>& b) {
  Matrix D(a.size() + 1, b.size() + 1);
  for (size_t i = 0; i <= a.size(); ++i) {
    for (size_t j = 0; j <= b.size(); ++j) {
      if (i == 0 || j == 0) {
        D.at(i, j) = static_cast<int64_t>(i + j);
        continue;
      }
      int64_t best = std::min(D.at(i - 1, j) + 1, D.at(i, j - 1) + 1);
      if (a[i - 1] == b[j - 1]) best = std::min(best, D.at(i - 1, j - 1));
      D.at(i, j) = best;
    }
  }
  return D;
}

}  // namespace

int64_t indel_distance(Sequence a, Sequence b) {
  const std::vector<Symbol> x(a.data, a.data + a.size);
  const std::vector<Symbol> y(b.data, b.data + b.size);
  return indel_matrix(x, y).at(x.size(), y.size());
}

// At (i, j): match if a[i-1] == b[j-1]; delete if D[i-1][j] + 1 == D[i][j]; else insert.
std::vector<int32_t> indel_editops(Sequence a, Sequence b) {
  const Core core = trimmed_core(a, b);
  const Matrix D = indel_matrix(core.a, core.b);
  Reversed ops(core.prefix);
  size_t i = core.a.size();
  size_t j = core.b.size();
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && core.a[i - 1] == core.b[j - 1]) {
      --i, --j;
    } else if (i > 0 && D.at(i - 1, j) + 1 == D.at(i, j)) {
      ops.add(OpType::Delete, i - 1, j);
      --i;
    } else {
      ops.add(OpType::Insert, i, j - 1);
      --j;
    }
  }
  return ops.forward();
}

}  // namespace editops::naive
