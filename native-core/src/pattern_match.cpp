#include "pattern_match.hpp"

namespace editops::detail {

PatternMatchVector::PatternMatchVector(Sequence pattern) {
  for (size_t i = 0; i < pattern.size; ++i) {
    const Symbol c = pattern.data[i];
    const uint64_t bit = uint64_t{1} << i;
    if (c < 256) {
      latin1_[c] |= bit;
    } else {
      others_.add(c, bit);
    }
  }
}

BlockPatternMatchVector::BlockPatternMatchVector(Sequence pattern)
    : words_((pattern.size + 63) / 64) {
  bool has_latin1 = false;
  bool has_others = false;
  for (size_t i = 0; i < pattern.size; ++i) {
    (pattern.data[i] < 256 ? has_latin1 : has_others) = true;
  }
  if (has_latin1) latin1_.assign(256 * words_, 0);
  if (has_others) others_.resize(words_);

  for (size_t i = 0; i < pattern.size; ++i) {
    const Symbol c = pattern.data[i];
    const size_t word = i / 64;
    const uint64_t bit = uint64_t{1} << (i % 64);
    if (c < 256) {
      latin1_[c * words_ + word] |= bit;
    } else {
      others_[word].add(c, bit);
    }
  }
}

}  // namespace editops::detail
