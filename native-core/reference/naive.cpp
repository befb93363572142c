#include "naive.hpp"

#include <algorithm>
#include <cstddef>

namespace editops::naive {
namespace {

// Row-major (n + 1) x (m + 1) Levenshtein matrix.
std::vector<int64_t> full_matrix(Sequence a, Sequence b) {
  const size_t cols = b.size + 1;
  std::vector<int64_t> D((a.size + 1) * cols);
  for (size_t i = 0; i <= a.size; ++i) {
    for (size_t j = 0; j <= b.size; ++j) {
      if (i == 0 || j == 0) {
        D[i * cols + j] = static_cast<int64_t>(i + j);
        continue;
      }
      const int64_t cost = a.data[i - 1] == b.data[j - 1] ? 0 : 1;
      D[i * cols + j] = std::min({D[(i - 1) * cols + j - 1] + cost, D[(i - 1) * cols + j] + 1,
                                  D[i * cols + j - 1] + 1});
    }
  }
  return D;
}

}  // namespace

int64_t levenshtein_distance(Sequence a, Sequence b) {
  return full_matrix(a, b)[(a.size + 1) * (b.size + 1) - 1];
}

std::vector<int32_t> levenshtein_editops(Sequence a, Sequence b) {
  size_t suffix = 0;
  while (suffix < a.size && suffix < b.size &&
         a.data[a.size - 1 - suffix] == b.data[b.size - 1 - suffix]) {
    ++suffix;
  }
  size_t prefix = 0;
  while (prefix < a.size - suffix && prefix < b.size - suffix && a.data[prefix] == b.data[prefix]) {
    ++prefix;
  }
  const Sequence core_a{a.data + prefix, a.size - suffix - prefix};
  const Sequence core_b{b.data + prefix, b.size - suffix - prefix};
  const std::vector<int64_t> D = full_matrix(core_a, core_b);
  const size_t cols = core_b.size + 1;
  const auto at = [&](size_t i, size_t j) { return D[i * cols + j]; };

  std::vector<int32_t> reversed;
  const auto emit = [&](OpType type, size_t src, size_t dest) {
    reversed.push_back(static_cast<int32_t>(dest + prefix));
    reversed.push_back(static_cast<int32_t>(src + prefix));
    reversed.push_back(static_cast<int32_t>(type));
  };
  size_t i = core_a.size;
  size_t j = core_b.size;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && core_a.data[i - 1] == core_b.data[j - 1]) {
      --i, --j;
    } else if (i > 0 && j > 0 && at(i - 1, j - 1) == at(i, j) - 1) {
      emit(OpType::Replace, i - 1, j - 1);
      --i, --j;
    } else if (i > 0 && at(i - 1, j) == at(i, j) - 1) {
      emit(OpType::Delete, i - 1, j);
      --i;
    } else {
      emit(OpType::Insert, i, j - 1);
      --j;
    }
  }
  // Each triple was pushed as [destPos, srcPos, type], so reversing the whole array yields
  // [type, srcPos, destPos] triples in forward order.
  std::reverse(reversed.begin(), reversed.end());
  return reversed;
}

int64_t distance(Sequence a, Sequence b, const Options& options) {
  const Weights& w = options.weights;
  switch (options.metric) {
    case Metric::Levenshtein:
      if (w.insert == 1 && w.remove == 1 && w.replace == 1) return levenshtein_distance(a, b);
      return weighted_levenshtein_distance(a, b, w);
    case Metric::Osa:
      return osa_distance(a, b);
    case Metric::Damerau:
      return damerau_distance(a, b);
    case Metric::Indel:
      return indel_distance(a, b);
    case Metric::Hamming:
      return hamming_distance(a, b);
    default:
      break;  // the fuzzy metrics' oracles are in naive_fuzzy.hpp
  }
  return -1;
}

std::vector<int32_t> editops(Sequence a, Sequence b, const Options& options) {
  const Weights& w = options.weights;
  switch (options.metric) {
    case Metric::Levenshtein:
      if (w.insert == 1 && w.remove == 1 && w.replace == 1) return levenshtein_editops(a, b);
      return weighted_levenshtein_editops(a, b, w);
    case Metric::Osa:
      return osa_editops(a, b);
    case Metric::Damerau:
      return damerau_editops(a, b);
    case Metric::Indel:
      return indel_editops(a, b);
    case Metric::Hamming:
      return hamming_editops(a, b);
    default:
      break;  // see distance()
  }
  return {};
}

}  // namespace editops::naive
