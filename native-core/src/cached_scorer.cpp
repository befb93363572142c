// CachedScorer: one query against many choices. The query's pattern match vectors (PM, see
// pattern_match.hpp) are built once; each distance(choice, k) then runs the same fast paths as the
// pairwise distance with the query as the pattern:
//
//   - query of at most 64 symbols: trim the common suffix and prefix, and read the trimmed core's
//     match vector as (PM[c] >> prefix) & mask (rows prefix .. n - suffix - 1 of the query), so
//     trimming costs nothing extra; then mbleven for a cutoff <= 3 (Levenshtein, Indel), else the
//     single-word kernel (myers_single.hpp).
//   - longer queries: trim only the common suffix (the rows of the cached PM then still start at
//     the query's first symbol) and run the banded blocked pass with band doubling (Levenshtein,
//     OSA; band_editops.hpp) or the blocked LCS pass (Indel).
//
// Trimming common affixes never changes these distances, so every answer equals
// editops::distance(query, choice, options with max_distance = k). Weighted Levenshtein, Damerau
// and Hamming have no match-vector path and call the pairwise distance.
#include <algorithm>
#include <memory>

#include "band_editops.hpp"
#include "common_affix.hpp"
#include "edit_script.hpp"
#include "editops/editops.hpp"
#include "indel.hpp"
#include "mbleven.hpp"
#include "myers_lanes.hpp"
#include "myers_single.hpp"
#include "pattern_match.hpp"
#include "weighted_levenshtein.hpp"

namespace editops {

using detail::BlockPatternMatchVector;
using detail::PatternMatchVector;

struct CachedScorer::Impl {
  enum class Kind { Pairwise, Levenshtein, Osa, Indel };

  std::vector<Symbol> query;
  Options options;
  Kind kind = Kind::Pairwise;
  std::unique_ptr<PatternMatchVector> single;       // query of 1..64 symbols
  std::unique_ptr<BlockPatternMatchVector> blocks;  // longer queries

  static Kind kind_of(const Options& options);
  Sequence query_view() const { return {query.data(), query.size()}; }
  int64_t single_word(Sequence b, size_t prefix, size_t n, int64_t k) const;
  int64_t blocked(Sequence b, size_t n, int64_t k) const;
  bool rejects_by_foreign_symbols(Sequence b, int64_t k) const;
};

bool CachedScorer::Impl::rejects_by_foreign_symbols(Sequence b, int64_t k) const {
  int64_t foreign = 0;
  for (size_t j = 0; j < b.size; ++j) {
    foreign += single->get(b.data[j]) == 0;
    if (foreign > k) return true;
  }
  return false;
}

CachedScorer::Impl::Kind CachedScorer::Impl::kind_of(const Options& options) {
  switch (options.metric) {
    case Metric::Levenshtein:
      return detail::unit_weights(options.weights) ? Kind::Levenshtein : Kind::Pairwise;
    case Metric::Osa:
      return Kind::Osa;
    case Metric::Indel:
      return Kind::Indel;
    default:
      return Kind::Pairwise;
  }
}

int64_t CachedScorer::Impl::single_word(Sequence b, size_t prefix, size_t n, int64_t k) const {
  const uint64_t mask = n == 64 ? ~uint64_t{0} : (uint64_t{1} << n) - 1;
  const PatternMatchVector& PM = *single;
  const auto get = [&PM, prefix, mask](Symbol c) { return (PM.get(c) >> prefix) & mask; };
  switch (kind) {
    case Kind::Levenshtein:
      return detail::myers_single_word<false>(n, b, k, get);
    case Kind::Osa:
      return detail::myers_single_word<true>(n, b, k, get);
    default: {
      const int64_t lcs = detail::lcs_single_word(n, b, k, get);
      return lcs < 0 ? k + 1 : static_cast<int64_t>(n + b.size) - 2 * lcs;
    }
  }
}

int64_t CachedScorer::Impl::blocked(Sequence b, size_t n, int64_t k) const {
  switch (kind) {
    case Kind::Levenshtein:
      return detail::band_distance<detail::BandKind::Levenshtein>(*blocks, n, b, k);
    case Kind::Osa:
      return detail::band_distance<detail::BandKind::Osa>(*blocks, n, b, k);
    default:
      return detail::indel_distance_blocked(*blocks, n, b, k);
  }
}

CachedScorer::CachedScorer(Sequence query, const Options& options)
    : impl_(new Impl) {
  impl_->query.assign(query.data, query.data + query.size);
  impl_->options = options;
  impl_->kind = Impl::kind_of(options);
  if (impl_->kind == Impl::Kind::Pairwise || query.size == 0) return;
  if (query.size <= 64) {
    impl_->single.reset(new PatternMatchVector(impl_->query_view()));
  } else {
    impl_->blocks.reset(new BlockPatternMatchVector(impl_->query_view()));
  }
}

CachedScorer::~CachedScorer() { delete impl_; }

int64_t CachedScorer::distance(Sequence choice, int64_t max_distance) const {
  using detail::clamp_to_cutoff;
  using detail::over;
  const Impl& impl = *impl_;
  if (impl.kind == Impl::Kind::Pairwise || impl.query.empty()) {
    Options options = impl.options;
    options.max_distance = max_distance;
    return editops::distance(impl.query_view(), choice, options);
  }
  const int64_t k = max_distance;
  // |n - m| bounds all three distances from below. Checked before the trim, so a choice whose
  // length alone rules it out costs no look at its symbols: in extract, once the cutoff is small,
  // that is most choices.
  const size_t n0 = impl.query.size();
  if (over(static_cast<int64_t>(n0 > choice.size ? n0 - choice.size : choice.size - n0), k)) return k + 1;
  // Every symbol of the choice that the query lacks costs at least one edit (an insert or a
  // replace) in all three metrics, so more than k of them rule the choice out. Counting them is a
  // table lookup per symbol, several times cheaper than the bit-parallel pass it saves, and under
  // the small cutoffs of extract it rejects most choices that pass the length test.
  if (impl.single && k >= 0 && impl.rejects_by_foreign_symbols(choice, k)) return k + 1;
  const bool indel = impl.kind == Impl::Kind::Indel;
  Sequence a = impl.query_view();
  Sequence b = choice;
  size_t prefix = 0;
  if (impl.single) {
    prefix = detail::trim_common_affix(a, b).prefix;
  } else {
    // The suffix only: the cached rows must keep starting at the query's first symbol.
    size_t suffix = 0;
    while (suffix < std::min(a.size, b.size) && a.data[a.size - 1 - suffix] == b.data[b.size - 1 - suffix]) ++suffix;
    a.size -= suffix;
    b.size -= suffix;
  }
  const size_t n = a.size;
  const size_t m = b.size;
  if (n == 0 || m == 0) return clamp_to_cutoff(static_cast<int64_t>(indel ? n + m : std::max(n, m)), k);
  if (over(static_cast<int64_t>(n > m ? n - m : m - n), k)) return k + 1;
  if (k >= 0 && k <= 0 && impl.kind != Impl::Kind::Osa) {
    return indel ? detail::mbleven_indel(a, b, k) : detail::mbleven_levenshtein(a, b, k);
  }
  const int64_t d = impl.single ? impl.single_word(b, prefix, n, k) : impl.blocked(b, n, k);
  return clamp_to_cutoff(d, k);
}

void CachedScorer::distances(const Sequence* choices, size_t count, int64_t max_distance, int64_t* out) const {
  const Impl& impl = *impl_;
  const size_t n = impl.query.size();
  const bool lanes = detail::kLanesPay && impl.single && n <= detail::kMaxLanePattern &&
                     (impl.kind == Impl::Kind::Levenshtein || impl.kind == Impl::Kind::Osa);
  // Under a small cutoff the one-at-a-time path wins: it rejects most choices by their length or
  // their foreign symbols, and runs mbleven on the rest, long before a full pass would end.
  if (!lanes || (max_distance >= 0 && max_distance <= 3)) {
    for (size_t i = 0; i < count; ++i) out[i] = distance(choices[i], max_distance);
    return;
  }
  const bool osa = impl.kind == Impl::Kind::Osa;
  size_t i = 0;
  for (; i + detail::kLanes <= count; i += detail::kLanes) {
    detail::myers_lanes_distance(*impl.single, n, osa, choices + i, out + i);
    for (size_t l = 0; l < detail::kLanes; ++l) out[i + l] = detail::clamp_to_cutoff(out[i + l], max_distance);
  }
  for (; i < count; ++i) out[i] = distance(choices[i], max_distance);
}

}  // namespace editops
