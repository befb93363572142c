// The intersection and the two differences of two sorted lists of distinct words, and joining
// words with single spaces: token_set_ratio's and partial_token_*'s building blocks.
#pragma once

#include <algorithm>
#include <vector>

#include "editops/fuzzy.hpp"

namespace editops::fuzzy::detail {

struct WordSets {
  std::vector<Sequence> common, only_a, only_b;  // each sorted
};

inline int compare_words(Sequence x, Sequence y) {
  const size_t n = std::min(x.size, y.size);
  for (size_t i = 0; i < n; ++i) {
    if (x.data[i] != y.data[i]) return x.data[i] < y.data[i] ? -1 : 1;
  }
  return x.size == y.size ? 0 : (x.size < y.size ? -1 : 1);
}

inline WordSets split_sets(Words a, Words b) {
  WordSets sets;
  size_t i = 0;
  size_t j = 0;
  while (i < a.size() && j < b.size()) {
    const int c = compare_words(a[i], b[j]);
    if (c == 0) {
      sets.common.push_back(a[i++]);
      ++j;
    } else if (c < 0) {
      sets.only_a.push_back(a[i++]);
    } else {
      sets.only_b.push_back(b[j++]);
    }
  }
  sets.only_a.insert(sets.only_a.end(), a.begin() + static_cast<std::ptrdiff_t>(i), a.end());
  sets.only_b.insert(sets.only_b.end(), b.begin() + static_cast<std::ptrdiff_t>(j), b.end());
  return sets;
}

inline size_t joined_length(const std::vector<Sequence>& words) {
  size_t length = words.empty() ? 0 : words.size() - 1;
  for (const Sequence& w : words) length += w.size;
  return length;
}

inline std::vector<Symbol> join(const std::vector<Sequence>& words) {
  std::vector<Symbol> out;
  out.reserve(joined_length(words));
  for (const Sequence& w : words) {
    if (!out.empty()) out.push_back(0x20);
    out.insert(out.end(), w.data, w.data + w.size);
  }
  return out;
}

inline Sequence view(const std::vector<Symbol>& v) { return {v.data(), v.size()}; }

}  // namespace editops::fuzzy::detail
