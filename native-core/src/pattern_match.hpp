// Pattern match vectors for the bit-parallel algorithms (Myers 1999 calls them Peq, Hyyrö 2003
// calls them PM): for a pattern a and a symbol c, bit i of PM[c] is set iff a[i] == c.
//
// Symbols are arbitrary uint32 values, so PM cannot be a plain table indexed by symbol. Symbols
// below 256 (Latin-1, the common case) use a direct table; the rest go through a small
// open-addressing hash map. Lookups never allocate.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "editops/editops.hpp"

namespace editops::detail {

constexpr unsigned log2_exact(size_t x) { return x <= 1 ? 0 : 1 + log2_exact(x / 2); }

// Fixed-capacity open-addressing map from symbol to a 64-bit match mask, with linear probing.
// One 64-symbol word of a pattern has at most 64 distinct symbols, so a capacity of 128 keeps the
// load factor at or below 1/2 and probe runs short. A slot whose mask is 0 is empty: a stored
// symbol occurs at least once, so its mask always has a bit set. That frees every key value,
// including 0, for use as a symbol.
template <size_t Capacity>
class SymbolMaskMap {
  static_assert(Capacity >= 2 && (Capacity & (Capacity - 1)) == 0, "Capacity: a power of two");

 public:
  uint64_t get(Symbol c) const { return masks_[find(c)]; }

  // Callers insert at most Capacity / 2 distinct symbols, so find() always reaches a free slot.
  void add(Symbol c, uint64_t bits) {
    const size_t slot = find(c);
    keys_[slot] = c;
    masks_[slot] |= bits;
  }

 private:
  size_t find(Symbol c) const {
    // Fibonacci hashing (Knuth, TAOCP vol. 3, sec. 6.4): multiply by 2^32 / golden ratio and keep
    // the top bits, which mixes the low bits that consecutive code points differ in.
    constexpr unsigned kBits = log2_exact(Capacity);
    size_t slot = static_cast<uint32_t>(c * 0x9E3779B1u) >> (32 - kBits);
    while (masks_[slot] != 0 && keys_[slot] != c) slot = (slot + 1) & (Capacity - 1);
    return slot;
  }

  Symbol keys_[Capacity] = {};
  uint64_t masks_[Capacity] = {};
};

// PM for a pattern of 1..64 symbols, one word per symbol. Lives on the stack (about 3.5 KiB) so
// the short-string distance path allocates nothing.
class PatternMatchVector {
 public:
  explicit PatternMatchVector(Sequence pattern);

  uint64_t get(Symbol c) const { return c < 256 ? latin1_[c] : others_.get(c); }

 private:
  uint64_t latin1_[256] = {};
  SymbolMaskMap<128> others_;
};

// PM for a pattern of any length, split into ceil(n / 64) words (the "blocks" of Myers 1999).
// Each block has its own small map, so memory is O(n) (at most kBytesPerWord per word) whatever
// the alphabet, unlike a table of distinct symbols x blocks: O(n^2) for n distinct symbols.
class BlockPatternMatchVector {
 public:
  static constexpr size_t kBytesPerWord = 256 * sizeof(uint64_t) + sizeof(SymbolMaskMap<128>);

  explicit BlockPatternMatchVector(Sequence pattern);

  size_t words() const { return words_; }

  uint64_t get(size_t word, Symbol c) const {
    if (c < 256) return latin1_.empty() ? 0 : latin1_[c * words_ + word];
    return others_.empty() ? 0 : others_[word].get(c);
  }

 private:
  size_t words_;
  std::vector<uint64_t> latin1_;              // [c * words_ + word]; empty if no symbol < 256
  std::vector<SymbolMaskMap<128>> others_;  // one map per word; empty if no symbol >= 256
};

}  // namespace editops::detail
