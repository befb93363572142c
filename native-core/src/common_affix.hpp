// Common prefix and suffix trimming, shared by every metric's distance and editops.
#pragma once

#include <cstddef>

#include "editops/editops.hpp"

namespace editops::detail {

struct CommonAffix {
  size_t prefix = 0;  // symbols removed from the front of both sequences
  size_t suffix = 0;  // symbols removed from the back of both sequences
};

// Narrows a and b in place: first removes their common suffix, then the common prefix of what is
// left. Removing a common affix never changes the Levenshtein distance, and it is the cheapest
// speed-up there is (most real pairs share a lot of both).
//
// The ORDER is part of the library's contract: the canonical edit script is defined on the core
// left after trimming, and when the two affixes overlap the order decides which symbols count as
// kept. With a = "ab", b = "aab", suffix first keeps the trailing "ab" and leaves "" vs "a", so the
// script is [insert srcPos 0, destPos 0]; prefix first would give an insert at position 1.
CommonAffix trim_common_affix(Sequence& a, Sequence& b);

}  // namespace editops::detail
