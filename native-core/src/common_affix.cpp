#include "common_affix.hpp"

#include <algorithm>

namespace editops::detail {

CommonAffix trim_common_affix(Sequence& a, Sequence& b) {
  CommonAffix affix;

  const size_t suffix_limit = std::min(a.size, b.size);
  while (affix.suffix < suffix_limit &&
         a.data[a.size - 1 - affix.suffix] == b.data[b.size - 1 - affix.suffix]) {
    ++affix.suffix;
  }
  a.size -= affix.suffix;
  b.size -= affix.suffix;

  const size_t prefix_limit = std::min(a.size, b.size);
  while (affix.prefix < prefix_limit && a.data[affix.prefix] == b.data[affix.prefix]) {
    ++affix.prefix;
  }
  if (affix.prefix > 0) {  // data may be null for an empty sequence; never offset a null pointer
    a.data += affix.prefix;
    b.data += affix.prefix;
    a.size -= affix.prefix;
    b.size -= affix.prefix;
  }
  return affix;
}

}  // namespace editops::detail
