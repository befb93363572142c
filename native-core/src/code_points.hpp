// UTF-16 units to code points for the C API's string entry points (c_api.cpp, fuzzy/c_api_fuzzy.cpp,
// search/c_api_search.cpp): a valid surrogate pair is one symbol, a lone surrogate its own. The
// bindings pass a JS string's units as they are, so decoding happens once, here, and not in JS.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

#include "editops/editops.hpp"

namespace editops::detail {

// Whether units[i] starts a surrogate pair that units[i + 1] completes (i + 1 < count).
inline bool starts_pair(const uint16_t* units, size_t i, size_t count) {
  return units[i] >= 0xD800 && units[i] <= 0xDBFF && i + 1 < count && units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF;
}

// A buffer of decoded symbols, reused from call to call (one per thread: the addon calls from
// several JS threads), so short inputs allocate nothing; a large one is given back after the call.
// Growing it does not zero-fill: Decode writes every symbol it returns.
class CodePoints {
 public:
  // By code point, or with by_unit each UTF-16 unit a symbol (unit: 'utf16').
  Sequence Decode(const uint16_t* units, uint32_t count, bool by_unit = false) {
    if (capacity_ < count) {
      symbols_.reset();
      symbols_.reset(new Symbol[count]);
      capacity_ = count;
    }
    Symbol* symbols = symbols_.get();
    // Most text has no surrogate: widen every unit in one branch-free loop (the compiler unrolls
    // and vectorizes it), and decode pairs only when a unit in 0xD800-0xDFFF was seen. A branch
    // per unit made the string path slower than the JS encoder it replaced on longer strings.
    uint32_t surrogates = 0;
    for (uint32_t i = 0; i < count; ++i) {
      const uint32_t unit = units[i];
      symbols[i] = unit;
      surrogates |= static_cast<uint32_t>(unit - 0xD800u < 0x800u);
    }
    if (by_unit || surrogates == 0) return {symbols, count};
    size_t size = 0;
    for (uint32_t i = 0; i < count; ++i) {
      uint32_t unit = units[i];
      if (starts_pair(units, i, count)) {
        unit = ((unit - 0xD800) << 10) + (units[i + 1] - 0xDC00) + 0x10000;
        ++i;
      }
      symbols[size++] = unit;
    }
    return {symbols, size};
  }

  // Gives the buffer back when it holds more than `retained` symbols.
  void Trim(size_t retained = kRetained) {
    if (capacity_ > retained) {
      symbols_.reset();
      capacity_ = 0;
    }
  }

 private:
  static constexpr size_t kRetained = size_t{1} << 16;
  std::unique_ptr<Symbol[]> symbols_;
  size_t capacity_ = 0;
};

}  // namespace editops::detail
