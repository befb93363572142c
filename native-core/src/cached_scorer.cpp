// CachedScorer: one query against many choices. The query's pattern match vectors (PM, see
// pattern_match.hpp) are built once; each distance(choice, k) then runs the steps of the pairwise
// driver (bit_parallel_distance.hpp) with the query as the pattern, over the same metric traits
// (bit_parallel_metrics.hpp):
//
//   - a query that fits one word: trim the common suffix and prefix, and read the trimmed core's
//     match vector as (PM[c] >> prefix) & mask (rows prefix .. n - suffix - 1 of the query), so
//     trimming costs nothing extra; then mbleven for a cutoff of 0 (Levenshtein, Indel), else the
//     one-word pass (Traits::one_word).
//   - longer queries: trim only the common suffix (the rows of the cached PM then still start at
//     the query's first symbol) and run the banded blocked pass with band doubling
//     (band_distance.hpp).
//
// Trimming common affixes never changes these distances, so every answer equals
// editops::distance(query, choice, options with max_distance = k). Which metrics have a cached
// pass is metric_table.hpp's kCachedKind; the others call the pairwise distance.
#include <algorithm>
#include <memory>

#include "band_distance.hpp"
#include "bit_parallel_distance.hpp"
#include "bit_parallel_metrics.hpp"
#include "common_affix.hpp"
#include "edit_script.hpp"
#include "metric_table.hpp"
#include "editops/editops.hpp"
#include "myers_lanes.hpp"
#include "pattern_match.hpp"

namespace editops {

using detail::BlockPatternMatchVector;
using detail::PatternMatchVector;

struct CachedScorer::Impl {
  // Pairwise: no cached pass (detail::CachedKind::None); each choice takes editops::distance.
  using Kind = detail::CachedKind;
  static constexpr Kind kPairwise = Kind::None;

  std::vector<Symbol> query;
  Options options;
  Kind kind = kPairwise;
  std::unique_ptr<PatternMatchVector> single;       // a query that fits one word
  std::unique_ptr<BlockPatternMatchVector> blocks;  // longer queries

  static Kind kind_of(const Options& options);
  Sequence query_view() const { return {query.data(), query.size()}; }
  bool rejects_by_foreign_symbols(Sequence b, int64_t k) const;
  template <class Traits>
  int64_t distance(Sequence choice, int64_t k) const;

  // fn(traits) with the traits of a bit-parallel kind (not Pairwise).
  template <class Fn>
  static auto with_traits(Kind kind, Fn&& fn) {
    switch (kind) {
      case Kind::Levenshtein:
        return fn(detail::LevenshteinTraits{});
      case Kind::Osa:
        return fn(detail::OsaTraits{});
      default:
        return fn(detail::IndelTraits{});
    }
  }
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
  return detail::cached_kind(detail::algorithm_of(options));
}

// The query's distance to a choice that passed the checks of CachedScorer::distance.
template <class Traits>
int64_t CachedScorer::Impl::distance(Sequence choice, int64_t k) const {
  using detail::clamp_to_cutoff;
  using detail::over;
  Sequence a = query_view();
  Sequence b = choice;
  size_t prefix = 0;
  if (single) {
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
  // An empty side costs one insert (or delete) per symbol of the other, in all three metrics.
  if (n == 0 || m == 0) return clamp_to_cutoff(static_cast<int64_t>(n + m), k);
  if (over(detail::length_difference(n, m), k)) return k + 1;
  if constexpr (Traits::kSmallCutoffModels) {
    if (k == 0) return Traits::small_cutoff(a, b, k);
  }
  if (!single) return clamp_to_cutoff(detail::band_distance<Traits>(*blocks, n, b, k), k);
  const uint64_t mask = detail::low_bits(n);
  const PatternMatchVector& PM = *single;
  const auto get = [&PM, prefix, mask](Symbol c) { return (PM.get(c) >> prefix) & mask; };
  return clamp_to_cutoff(Traits::one_word(n, b, k, get), k);
}

CachedScorer::CachedScorer(Sequence query, const Options& options)
    : impl_(new Impl) {
  impl_->query.assign(query.data, query.data + query.size);
  impl_->options = options;
  impl_->kind = Impl::kind_of(options);
  if (impl_->kind == Impl::kPairwise || query.size == 0) return;
  if (detail::fits_one_word(query.size)) {
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
  if (impl.kind == Impl::kPairwise || impl.query.empty()) {
    Options options = impl.options;
    options.max_distance = max_distance;
    return editops::distance(impl.query_view(), choice, options);
  }
  const int64_t k = max_distance;
  // |n - m| bounds all three distances from below. Checked before the trim, so a choice whose
  // length alone rules it out costs no look at its symbols: in extract, once the cutoff is small,
  // that is most choices.
  if (over(detail::length_difference(impl.query.size(), choice.size), k)) return k + 1;
  // Every symbol of the choice that the query lacks costs at least one edit (an insert or a
  // replace) in all three metrics, so more than k of them rule the choice out. Counting them is a
  // table lookup per symbol, several times cheaper than the bit-parallel pass it saves, and under
  // the small cutoffs of extract it rejects most choices that pass the length test.
  if (impl.single && k >= 0 && impl.rejects_by_foreign_symbols(choice, k)) return k + 1;
  return Impl::with_traits(impl.kind, [&](auto traits) {
    return impl.distance<decltype(traits)>(choice, k);
  });
}

void CachedScorer::distances(const Sequence* choices, size_t count, int64_t max_distance, int64_t* out) const {
  const Impl& impl = *impl_;
  const size_t n = impl.query.size();
  const auto one_at_a_time = [&](size_t from) {
    for (size_t i = from; i < count; ++i) out[i] = distance(choices[i], max_distance);
  };
  // Under a small cutoff the one-at-a-time path wins: it rejects most choices by their length or
  // their foreign symbols, and runs mbleven on the rest, long before a full pass would end.
  if (!detail::kLanesPay || impl.kind == Impl::kPairwise || !impl.single || n > detail::kMaxLanePattern ||
      (max_distance >= 0 && max_distance <= detail::kSmallCutoff)) {
    one_at_a_time(0);
    return;
  }
  Impl::with_traits(impl.kind, [&](auto traits) {
    using Traits = decltype(traits);
    size_t i = 0;
    if constexpr (Traits::kLanes) {
      constexpr bool osa = Traits::kRecurrence == detail::Recurrence::Osa;
      for (; i + detail::kLanes <= count; i += detail::kLanes) {
        detail::myers_lanes_distance(*impl.single, n, osa, choices + i, out + i);
        for (size_t l = 0; l < detail::kLanes; ++l) out[i + l] = detail::clamp_to_cutoff(out[i + l], max_distance);
      }
    }
    one_at_a_time(i);
  });
}

}  // namespace editops
