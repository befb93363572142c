#include "pattern_match.hpp"

#include <algorithm>

namespace editops::detail {

PatternMatchVector::PatternMatchVector(Sequence pattern) {
  for (uint64_t& entry : latin1_) entry = 0;
  add_pattern(pattern);
}

PatternMatchVector::PatternMatchVector(Sequence pattern, Sequence text) {
  // Clearing latin1_[c % 256] for a wide c as well is harmless (it only clears more), and keeps
  // these loops free of branches.
  Symbol all = 0;
  for (size_t j = 0; j < text.size; ++j) {
    all |= text.data[j];
    latin1_[text.data[j] & 255] = 0;
  }
  for (size_t i = 0; i < pattern.size; ++i) {
    all |= pattern.data[i];
    latin1_[pattern.data[i] & 255] = 0;
  }
  if (all < 256) {
    latin1_only_ = true;
    for (size_t i = 0; i < pattern.size; ++i) latin1_[pattern.data[i]] |= uint64_t{1} << i;
    return;
  }
  add_pattern(pattern);
}

void PatternMatchVector::add_pattern(Sequence pattern) {
  size_t wide = 0;
  for (size_t i = 0; i < pattern.size; ++i) wide += pattern.data[i] >= 256;
  wide_ = wide > 0;
  if (!wide_) {
    for (size_t i = 0; i < pattern.size; ++i) latin1_[pattern.data[i]] |= uint64_t{1} << i;
    return;
  }
  others_.init(wide);
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
  // Give every distinct symbol an id, in order of first occurrence, until there are too many.
  size_t distinct = 0;
  bool dense = true;
  for (size_t i = 0; i < pattern.size && dense; ++i) {
    const Symbol c = pattern.data[i];
    if (c < 256) {
      if (small_ids_[c] == 0) {
        if (distinct == kMaxDenseSymbols) {
          dense = false;
          break;
        }
        small_ids_[c] = static_cast<uint16_t>(++distinct);
      }
      continue;
    }
    if (ids_.empty()) {
      ids_.assign(16, IdSlot{0, 0});
      id_bits_ = 4;
    }
    if (id_of(c) != 0) continue;
    if (distinct == kMaxDenseSymbols) {
      dense = false;
      break;
    }
    // Grow at half load, rehashing what is there.
    if (2 * (distinct + 1) > ids_.size()) {
      std::vector<IdSlot> old;
      old.swap(ids_);
      ids_.assign(2 * old.size(), IdSlot{0, 0});
      ++id_bits_;
      for (const IdSlot& s : old) {
        if (s.id == 0) continue;
        size_t slot = fibonacci_slot(s.symbol, id_bits_);
        while (ids_[slot].id != 0) slot = (slot + 1) & (ids_.size() - 1);
        ids_[slot] = s;
      }
    }
    size_t slot = fibonacci_slot(c, id_bits_);
    while (ids_[slot].id != 0) slot = (slot + 1) & (ids_.size() - 1);
    ids_[slot] = IdSlot{c, static_cast<uint32_t>(++distinct)};
  }

  if (dense) {
    table_.assign((distinct + 1) * words_, 0);
    for (size_t i = 0; i < pattern.size; ++i) {
      table_[id_of(pattern.data[i]) * words_ + i / 64] |= uint64_t{1} << (i % 64);
    }
    return;
  }

  // Too many distinct symbols for the table: one map per word (each word has at most 64).
  std::fill(std::begin(small_ids_), std::end(small_ids_), uint16_t{0});
  std::vector<IdSlot>().swap(ids_);
  maps_.resize(words_);
  for (SymbolMaskMap& map : maps_) map.init(64);
  for (size_t i = 0; i < pattern.size; ++i) {
    maps_[i / 64].add(pattern.data[i], uint64_t{1} << (i % 64));
  }
}

}  // namespace editops::detail
