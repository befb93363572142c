// Splitting into words, once per sequence, for the token scores: Python's str.split() with no
// argument (runs of whitespace separate words; leading and trailing whitespace make no empty
// word), then the words sorted by symbol values (Python compares str by code points).
#include <algorithm>

#include "editops/fuzzy.hpp"

namespace editops::fuzzy {
namespace {

bool less(Sequence x, Sequence y) {
  return std::lexicographical_compare(x.data, x.data + x.size, y.data, y.data + y.size);
}

bool equal(Sequence x, Sequence y) { return x.size == y.size && std::equal(x.data, x.data + x.size, y.data); }

}  // namespace

// The code points for which Python's str.isspace() is true (Unicode White_Space plus the
// information separators U+001C..U+001F, which Python also counts).
bool is_fuzzy_space(Symbol c) {
  if (c < 0x80) return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20);
  switch (c) {
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

Tokens::Tokens(Sequence s) : source_(s) {
  size_t i = 0;
  while (i < s.size) {
    while (i < s.size && is_fuzzy_space(s.data[i])) ++i;
    const size_t start = i;
    while (i < s.size && !is_fuzzy_space(s.data[i])) ++i;
    if (i > start) sorted_.push_back({s.data + start, i - start});
  }
  std::sort(sorted_.begin(), sorted_.end(), less);
  for (const Sequence& word : sorted_) {
    if (!joined_.empty()) joined_.push_back(0x20);
    joined_.insert(joined_.end(), word.data, word.data + word.size);
    if (unique_.empty() || !equal(unique_.back(), word)) unique_.push_back(word);
  }
}

}  // namespace editops::fuzzy
