// Splitting into words, once per sequence, for the token scores: Python's str.split() with no
// argument (runs of whitespace separate words; leading and trailing whitespace make no empty
// word), then the words sorted by symbol values (Python compares str by code points).
//
// Most choices in a batch are one word, or words already in order: those are recognized in the
// splitting pass and keep views of the source, so building Tokens allocates nothing for them.
#include <algorithm>

#include "editops/fuzzy.hpp"

namespace editops::fuzzy {
namespace {

bool less(Sequence x, Sequence y) {
  return std::lexicographical_compare(x.data, x.data + x.size, y.data, y.data + y.size);
}

bool equal(Sequence x, Sequence y) { return x.size == y.size && std::equal(x.data, x.data + x.size, y.data); }

}  // namespace

Tokens::Tokens(Sequence s) { assign(s); }

void Tokens::assign(Sequence s) {
  source_ = s;
  first_ = {nullptr, 0};
  count_ = 0;
  sorted_.clear();
  unique_.clear();
  joined_.clear();
  joined_view_ = {nullptr, 0};
  duplicates_ = false;
  canonical_ = false;
  // The commonest choice of all: one word, no whitespace anywhere.
  size_t first_space = 0;
  while (first_space < s.size && !is_fuzzy_space(s.data[first_space])) ++first_space;
  if (first_space == s.size) {
    count_ = s.size > 0 ? 1 : 0;
    first_ = s;
    joined_view_ = s;
    canonical_ = true;
    return;
  }
  // One pass: split, and check whether the source already is "w1 w2 ..." with w1 < w2 < ...
  bool sorted_distinct_single_spaced = true;
  size_t i = 0;
  Sequence previous{nullptr, 0};
  while (i < s.size) {
    const size_t space_start = i;
    while (i < s.size && is_fuzzy_space(s.data[i])) ++i;
    const size_t start = i;
    while (i < s.size && !is_fuzzy_space(s.data[i])) ++i;
    if (i == start) {  // trailing whitespace
      sorted_distinct_single_spaced = false;
      break;
    }
    const Sequence word{s.data + start, i - start};
    const bool one_plain_space = count_ == 0 ? start == space_start : start == space_start + 1 && s.data[space_start] == 0x20;
    if (!one_plain_space || (count_ > 0 && !less(previous, word))) sorted_distinct_single_spaced = false;
    if (count_ == 0) {
      first_ = word;
    } else {
      if (count_ == 1) sorted_.push_back(first_);
      sorted_.push_back(word);
    }
    previous = word;
    ++count_;
  }
  if (sorted_distinct_single_spaced) {
    canonical_ = true;
    joined_view_ = s;
    return;
  }
  if (count_ > 1) std::sort(sorted_.begin(), sorted_.end(), less);
  const Words words = sorted_words();
  for (size_t k = 0; k < words.size(); ++k) {
    if (k > 0) joined_.push_back(0x20);
    joined_.insert(joined_.end(), words[k].data, words[k].data + words[k].size);
    if (k > 0 && equal(words[k - 1], words[k])) duplicates_ = true;
  }
  if (duplicates_) {
    for (const Sequence& word : words) {
      if (unique_.empty() || !equal(unique_.back(), word)) unique_.push_back(word);
    }
  }
  joined_view_ = {joined_.data(), joined_.size()};
  // A single word with whitespace around it: its sorted_joined() is the word, not the source.
  canonical_ = false;
}

}  // namespace editops::fuzzy
