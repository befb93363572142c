// Oracle: optimal string alignment (restricted Damerau) over a full matrix.
#include <algorithm>

#include "naive.hpp"
#include "naive_util.hpp"

namespace editops::naive {
namespace {

bool swapped_pair(const std::vector<Symbol>& a, const std::vector<Symbol>& b, size_t i, size_t j) {
  return i >= 2 && j >= 2 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1];
}

Matrix osa_matrix(const std::vector<Symbol>& a, const std::vector<Symbol>& b) {
  Matrix D(a.size() + 1, b.size() + 1);
  for (size_t i = 0; i <= a.size(); ++i) {
    for (size_t j = 0; j <= b.size(); ++j) {
      if (i == 0 || j == 0) {
        D.at(i, j) = static_cast<int64_t>(i + j);
        continue;
      }
      const int64_t sub = D.at(i - 1, j - 1) + (a[i - 1] == b[j - 1] ? 0 : 1);
      int64_t best = std::min({sub, D.at(i - 1, j) + 1, D.at(i, j - 1) + 1});
      if (swapped_pair(a, b, i, j)) best = std::min(best, D.at(i - 2, j - 2) + 1);
      D.at(i, j) = best;
    }
  }
  return D;
}

}  // namespace

int64_t osa_distance(Sequence a, Sequence b) {
  const std::vector<Symbol> x(a.data, a.data + a.size);
  const std::vector<Symbol> y(b.data, b.data + b.size);
  return osa_matrix(x, y).at(x.size(), y.size());
}

// At (i, j): match if a[i-1] == b[j-1] and D[i-1][j-1] == D[i][j]; transpose if a[i-1] == b[j-2],
// a[i-2] == b[j-1] and D[i-2][j-2] + 1 == D[i][j]; replace if D[i-1][j-1] + 1 == D[i][j]; delete
// if D[i-1][j] + 1 == D[i][j]; else insert.
std::vector<int32_t> osa_editops(Sequence a, Sequence b) {
  const Core core = trimmed_core(a, b);
  const Matrix D = osa_matrix(core.a, core.b);
  Reversed ops(core.prefix);
  size_t i = core.a.size();
  size_t j = core.b.size();
  while (i > 0 || j > 0) {
    const bool both = i > 0 && j > 0;
    if (both && core.a[i - 1] == core.b[j - 1] && D.at(i - 1, j - 1) == D.at(i, j)) {
      --i, --j;
    } else if (swapped_pair(core.a, core.b, i, j) && D.at(i - 2, j - 2) + 1 == D.at(i, j)) {
      ops.add(OpType::Transpose, i - 2, j - 2);
      i -= 2, j -= 2;
    } else if (both && D.at(i - 1, j - 1) + 1 == D.at(i, j)) {
      ops.add(OpType::Replace, i - 1, j - 1);
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
