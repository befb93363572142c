// Oracle: unrestricted Damerau-Levenshtein, the Lowrance-Wagner recurrence over a full matrix with
// k and l found by scanning (no `da` table, no linear-memory tricks).
#include <algorithm>

#include "naive.hpp"
#include "naive_util.hpp"

namespace editops::naive {
namespace {

// k: the last row r < i with a[r-1] == b[j-1]; l: the last column c < j with b[c-1] == a[i-1].
// 0 when there is none.
struct Block {
  size_t k = 0;
  size_t l = 0;
};

Block block_at(const std::vector<Symbol>& a, const std::vector<Symbol>& b, size_t i, size_t j) {
  Block block;
  for (size_t r = 1; r < i; ++r) {
    if (a[r - 1] == b[j - 1]) block.k = r;
  }
  for (size_t c = 1; c < j; ++c) {
    if (b[c - 1] == a[i - 1]) block.l = c;
  }
  return block;
}

int64_t block_cost(const Matrix& D, Block block, size_t i, size_t j) {
  return D.at(block.k - 1, block.l - 1) + static_cast<int64_t>(i - block.k - 1) + 1 +
         static_cast<int64_t>(j - block.l - 1);
}

// The matrix keeps k per column (k_of_column[j]: rows seen so far) and l along the row instead of
// calling block_at per cell, which would make long oracle runs cubic.
Matrix damerau_matrix(const std::vector<Symbol>& a, const std::vector<Symbol>& b) {
  Matrix D(a.size() + 1, b.size() + 1);
  std::vector<size_t> k_of_column(b.size() + 1, 0);
  for (size_t i = 0; i <= a.size(); ++i) {
    size_t l = 0;
    for (size_t j = 0; j <= b.size(); ++j) {
      if (i == 0 || j == 0) {
        D.at(i, j) = static_cast<int64_t>(i + j);
        continue;
      }
      const int64_t sub = D.at(i - 1, j - 1) + (a[i - 1] == b[j - 1] ? 0 : 1);
      int64_t best = std::min({sub, D.at(i - 1, j) + 1, D.at(i, j - 1) + 1});
      const Block block{k_of_column[j], l};
      if (block.k > 0 && block.l > 0) best = std::min(best, block_cost(D, block, i, j));
      D.at(i, j) = best;
      if (a[i - 1] == b[j - 1]) l = j;
    }
    for (size_t j = 1; i > 0 && j <= b.size(); ++j) {
      if (a[i - 1] == b[j - 1]) k_of_column[j] = i;
    }
  }
  return D;
}

}  // namespace

int64_t damerau_distance(Sequence a, Sequence b) {
  const std::vector<Symbol> x(a.data, a.data + a.size);
  const std::vector<Symbol> y(b.data, b.data + b.size);
  return damerau_matrix(x, y).at(x.size(), y.size());
}

// At (i, j): match if a[i-1] == b[j-1] and D[i-1][j-1] == D[i][j]; transposition if k, l exist and
// the block costs D[i][j]; replace if D[i-1][j-1] + 1 == D[i][j]; delete if D[i-1][j] + 1 ==
// D[i][j]; else insert. A block is spelled [Transpose, k-1, l-1], [Delete, k-1+t, l] for t = 1..x,
// [Insert, i-1, l-1+t] for t = 1..y.
std::vector<int32_t> damerau_editops(Sequence a, Sequence b) {
  const Core core = trimmed_core(a, b);
  const Matrix D = damerau_matrix(core.a, core.b);
  Reversed ops(core.prefix);
  size_t i = core.a.size();
  size_t j = core.b.size();
  while (i > 0 || j > 0) {
    const bool both = i > 0 && j > 0;
    const Block block = both ? block_at(core.a, core.b, i, j) : Block{};
    if (both && core.a[i - 1] == core.b[j - 1] && D.at(i - 1, j - 1) == D.at(i, j)) {
      --i, --j;
    } else if (block.k > 0 && block.l > 0 && block_cost(D, block, i, j) == D.at(i, j)) {
      const size_t x = i - block.k - 1;
      const size_t y = j - block.l - 1;
      for (size_t t = y; t >= 1; --t) ops.add(OpType::Insert, i - 1, block.l - 1 + t);
      for (size_t t = x; t >= 1; --t) ops.add(OpType::Delete, block.k - 1 + t, block.l);
      ops.add(OpType::Transpose, block.k - 1, block.l - 1);
      i = block.k - 1, j = block.l - 1;
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
