#include "common_affix.hpp"

#include <algorithm>

namespace editops::detail {
namespace {

// Index of the lowest set bit of a 4-bit mask (0 for 0, which is never asked).
constexpr uint8_t kLowestBit[16] = {0, 0, 1, 0, 2, 0, 1, 0, 3, 0, 1, 0, 2, 0, 1, 0};

// Length of the common prefix of x[0..limit) and y[0..limit). Four symbols at a time, with the
// mismatches of a group gathered into a mask without branches: short words end in one or two
// unpredictable branches instead of one per symbol.
size_t common_prefix(const Symbol* x, const Symbol* y, size_t limit) {
  size_t k = 0;
  for (; k + 4 <= limit; k += 4) {
    const Symbol* xs = x + k;
    const Symbol* ys = y + k;
    const unsigned ne = static_cast<unsigned>(xs[0] != ys[0]) | static_cast<unsigned>(xs[1] != ys[1]) << 1 |
                        static_cast<unsigned>(xs[2] != ys[2]) << 2 | static_cast<unsigned>(xs[3] != ys[3]) << 3;
    if (ne != 0) return k + kLowestBit[ne];
  }
  while (k < limit && x[k] == y[k]) ++k;
  return k;
}

// Length of the common suffix of x[0..xn) and y[0..yn), at most limit <= min(xn, yn): the same
// four-at-a-time scan, backwards from the ends.
size_t common_suffix(const Symbol* x, size_t xn, const Symbol* y, size_t yn, size_t limit) {
  const Symbol* xe = x + xn;
  const Symbol* ye = y + yn;
  size_t k = 0;
  for (; k + 4 <= limit; k += 4) {
    const Symbol* xs = xe - k - 4;
    const Symbol* ys = ye - k - 4;
    const unsigned ne = static_cast<unsigned>(xs[3] != ys[3]) | static_cast<unsigned>(xs[2] != ys[2]) << 1 |
                        static_cast<unsigned>(xs[1] != ys[1]) << 2 | static_cast<unsigned>(xs[0] != ys[0]) << 3;
    if (ne != 0) return k + kLowestBit[ne];
  }
  while (k < limit && x[xn - 1 - k] == y[yn - 1 - k]) ++k;
  return k;
}

}  // namespace

CommonAffix trim_common_affix(Sequence& a, Sequence& b) {
  CommonAffix affix;
  const size_t suffix_limit = std::min(a.size, b.size);
  if (suffix_limit == 0) return affix;  // data may be null for an empty sequence

  affix.suffix = common_suffix(a.data, a.size, b.data, b.size, suffix_limit);
  a.size -= affix.suffix;
  b.size -= affix.suffix;

  affix.prefix = common_prefix(a.data, b.data, std::min(a.size, b.size));
  if (affix.prefix > 0) {
    a.data += affix.prefix;
    b.data += affix.prefix;
    a.size -= affix.prefix;
    b.size -= affix.prefix;
  }
  return affix;
}

}  // namespace editops::detail
