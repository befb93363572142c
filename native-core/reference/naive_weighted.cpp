// Oracle: Levenshtein with weights, Wagner-Fischer over a full matrix.
#include <algorithm>

#include "naive.hpp"
#include "naive_util.hpp"

namespace editops::naive {
namespace {

Matrix weighted_matrix(const std::vector<Symbol>& a, const std::vector<Symbol>& b,
                       const Weights& w) {
  Matrix D(a.size() + 1, b.size() + 1);
  for (size_t i = 0; i <= a.size(); ++i) {
    for (size_t j = 0; j <= b.size(); ++j) {
      if (i == 0) {
        D.at(i, j) = static_cast<int64_t>(j) * w.insert;
      } else if (j == 0) {
        D.at(i, j) = static_cast<int64_t>(i) * w.remove;
      } else {
        const int64_t sub = D.at(i - 1, j - 1) + (a[i - 1] == b[j - 1] ? 0 : w.replace);
        D.at(i, j) = std::min({sub, D.at(i - 1, j) + w.remove, D.at(i, j - 1) + w.insert});
      }
    }
  }
  return D;
}

}  // namespace

int64_t weighted_levenshtein_distance(Sequence a, Sequence b, const Weights& w) {
  const std::vector<Symbol> x(a.data, a.data + a.size);
  const std::vector<Symbol> y(b.data, b.data + b.size);
  return weighted_matrix(x, y, w).at(x.size(), y.size());
}

// At (i, j): match if a[i-1] == b[j-1] and D[i-1][j-1] == D[i][j]; replace if a[i-1] != b[j-1] and
// D[i-1][j-1] + replace == D[i][j]; delete if D[i-1][j] + remove == D[i][j]; else insert.
std::vector<int32_t> weighted_levenshtein_editops(Sequence a, Sequence b, const Weights& w) {
  const Core core = trimmed_core(a, b);
  const Matrix D = weighted_matrix(core.a, core.b, w);
  Reversed ops(core.prefix);
  size_t i = core.a.size();
  size_t j = core.b.size();
  while (i > 0 || j > 0) {
    const bool both = i > 0 && j > 0;
    const bool same = both && core.a[i - 1] == core.b[j - 1];
    if (same && D.at(i - 1, j - 1) == D.at(i, j)) {
      --i, --j;
    } else if (both && !same && D.at(i - 1, j - 1) + w.replace == D.at(i, j)) {
      ops.add(OpType::Replace, i - 1, j - 1);
      --i, --j;
    } else if (i > 0 && D.at(i - 1, j) + w.remove == D.at(i, j)) {
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
