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

#include "always_inline.hpp"
#include "editops/editops.hpp"

namespace editops::detail {

constexpr unsigned log2_exact(size_t x) { return x <= 1 ? 0 : 1 + log2_exact(x / 2); }

// The home slot of symbol c in a table of 2^bits slots (1 <= bits <= 32): Fibonacci hashing
// (Knuth, TAOCP vol. 3, sec. 6.4) multiplies by 2^32 / golden ratio and keeps the top bits, which
// mixes the low bits that consecutive code points differ in.
inline size_t fibonacci_slot(Symbol c, unsigned bits) { return static_cast<uint32_t>(c * 0x9E3779B1u) >> (32 - bits); }

// Open-addressing map from symbol to a 64-bit match mask, with linear probing, holding at most 128
// slots; the capacity in use is chosen at init(). One 64-symbol word of a pattern has at most 64
// distinct symbols, so a capacity of twice the symbols stored keeps the load factor at or below
// 1/2 and probe runs short. A slot whose mask is 0 is empty: a stored symbol occurs at least once,
// so its mask always has a bit set. That frees every key value, including 0, for use as a symbol.
// Only the slots in use are ever written or read, so a small map costs a small clear.
class SymbolMaskMap {
 public:
  static constexpr size_t kMaxCapacity = 128;

  // Uninitialized: call init() before use.
  SymbolMaskMap() {}

  // Clears just enough slots for `symbols` distinct symbols (1..64).
  void init(size_t symbols) {
    bits_ = 2;
    while ((size_t{1} << bits_) < 2 * symbols) ++bits_;
    for (size_t s = 0; s < (size_t{1} << bits_); ++s) masks_[s] = 0;
  }

  uint64_t get(Symbol c) const { return masks_[find(c)]; }

  void add(Symbol c, uint64_t bits) {
    const size_t slot = find(c);
    keys_[slot] = c;
    masks_[slot] |= bits;
  }

 private:
  size_t find(Symbol c) const {
    const size_t mask = (size_t{1} << bits_) - 1;
    size_t slot = fibonacci_slot(c, bits_);
    while (masks_[slot] != 0 && keys_[slot] != c) slot = (slot + 1) & mask;
    return slot;
  }

  unsigned bits_ = 0;
  // Deliberately not zero-initialized: init() clears the slots in use, and no others are read.
  Symbol keys_[kMaxCapacity];
  uint64_t masks_[kMaxCapacity];
};

// PM for a pattern of 1..64 symbols, one word per symbol. Lives on the stack, so the short-string
// paths allocate nothing.
class PatternMatchVector {
 public:
  // Valid for every symbol: clears the whole 2 KiB Latin-1 table (for scorers reused on many texts).
  explicit PatternMatchVector(Sequence pattern);

  // Valid only for the symbols of `pattern` and `text`: clears just the Latin-1 entries those
  // symbols can read, so the setup costs O(n + m) instead of a 2 KiB clear per call.
  PatternMatchVector(Sequence pattern, Sequence text);

  uint64_t get(Symbol c) const { return c < 256 ? latin1_[c] : (wide_ ? others_.get(c) : 0); }

  // Whether the pattern has symbols >= 256. Without any, get(c) is latin1_[c] for c < 256, else 0.
  bool has_wide_symbols() const { return wide_; }

  // When every symbol that will be looked up is below 256 (the second constructor found none in
  // pattern or text), callers may use this lookup, which has no branch.
  bool latin1_only() const { return latin1_only_; }
  uint64_t get_latin1(Symbol c) const { return latin1_[c]; }

 private:
  void add_pattern(Sequence pattern);

  uint64_t latin1_[256];  // cleared by the constructors: entirely, or only where it will be read
  bool wide_ = false;     // the pattern has symbols >= 256: others_ is in use
  bool latin1_only_ = false;
  SymbolMaskMap others_;
};

// Calls fn(lookup) with the cheapest lookup function valid for PM (see latin1_only()).
// Forced inline: see always_inline.hpp.
template <class Fn>
EDITOPS_ALWAYS_INLINE auto with_lookup(const PatternMatchVector& PM, Fn&& fn) {
  if (PM.latin1_only()) return fn([&PM](Symbol c) { return PM.get_latin1(c); });
  return fn([&PM](Symbol c) { return PM.get(c); });
}

// PM for a pattern of any length, split into W = ceil(n / 64) words (the "blocks" of Myers 1999).
//
// Dense table: each distinct symbol of the pattern gets an id (1, 2, ...; 0 for symbols not in the
// pattern) and a row of W words, so the words of one text symbol are contiguous and a column step
// looks its symbol up once. Symbols below 256 find their id in a direct array, others in a hash
// map. A pattern with more than kMaxDenseSymbols distinct symbols would make the table too big
// (it is O(n * sigma)), so it falls back to one small map per word, whose words column() gathers.
// Either way memory stays within kBytesPerWord per word.
class BlockPatternMatchVector {
 public:
  static constexpr size_t kMaxDenseSymbols = 447;  // (447 + 1) rows * 8 bytes = 3584 per word
  static constexpr size_t kBytesPerWord = (kMaxDenseSymbols + 1) * sizeof(uint64_t) + sizeof(SymbolMaskMap);

  explicit BlockPatternMatchVector(Sequence pattern);

  size_t words() const { return words_; }

  // A pointer P with P[w] = word w of PM[c] for every w in [begin, end). With the dense table it is
  // the table row (scratch unused); otherwise the words are gathered into scratch[begin, end).
  const uint64_t* column(Symbol c, size_t begin, size_t end, uint64_t* scratch) const {
    if (!maps_.empty()) {
      for (size_t w = begin; w < end; ++w) scratch[w] = maps_[w].get(c);
      return scratch;
    }
    return table_.data() + id_of(c) * words_;
  }

  uint64_t get(size_t word, Symbol c) const {
    return maps_.empty() ? table_[id_of(c) * words_ + word] : maps_[word].get(c);
  }

 private:
  size_t id_of(Symbol c) const {
    if (c < 256) return small_ids_[c];
    if (ids_.empty()) return 0;
    const size_t mask = ids_.size() - 1;
    size_t slot = fibonacci_slot(c, id_bits_);
    while (ids_[slot].id != 0 && ids_[slot].symbol != c) slot = (slot + 1) & mask;
    return ids_[slot].id;
  }

  struct IdSlot {
    Symbol symbol;
    uint32_t id;  // 0: empty
  };

  size_t words_;
  uint16_t small_ids_[256] = {};
  std::vector<IdSlot> ids_;  // symbols >= 256; power-of-two size, at most half full
  unsigned id_bits_ = 0;  // ids_ has 2^id_bits_ slots
  std::vector<uint64_t> table_;        // (distinct + 1) rows of words_; row 0 is all zeros
  std::vector<SymbolMaskMap> maps_;    // fallback: one map per word
};

}  // namespace editops::detail
