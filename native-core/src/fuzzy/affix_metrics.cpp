// Prefix and Postfix similarity: the length of the common prefix / suffix (RapidFuzz's Prefix and
// Postfix metrics). A scan from one end; nothing to speed up.
#include <algorithm>

#include "editops/fuzzy.hpp"

namespace editops::fuzzy {

int64_t prefix_similarity(Sequence a, Sequence b, int64_t score_cutoff) {
  const size_t limit = std::min(a.size, b.size);
  size_t k = 0;
  while (k < limit && a.data[k] == b.data[k]) ++k;
  const auto sim = static_cast<int64_t>(k);
  return sim >= score_cutoff ? sim : 0;
}

int64_t postfix_similarity(Sequence a, Sequence b, int64_t score_cutoff) {
  const size_t limit = std::min(a.size, b.size);
  size_t k = 0;
  while (k < limit && a.data[a.size - 1 - k] == b.data[b.size - 1 - k]) ++k;
  const auto sim = static_cast<int64_t>(k);
  return sim >= score_cutoff ? sim : 0;
}

}  // namespace editops::fuzzy
