// Which algorithm answers a call, decided once from the options: the one place that reads the
// metric together with the weights. editops.cpp (distance, editops) and cached_scorer.cpp (which
// bit-parallel kind a query caches) both dispatch on its answer, so a rule such as "Levenshtein
// with every weight 1 takes the unweighted paths" is written here only.
#pragma once

#include <cstdint>

#include "editops/editops.hpp"

namespace editops::detail {

enum class Algorithm : uint8_t {
  UnitLevenshtein,
  WeightedLevenshtein,
  Osa,
  Damerau,
  Indel,
  Hamming,
  Lcsseq,
  Prefix,
  Postfix,
  Unsupported,  // not a metric with an integer distance (Jaro, Jaro-Winkler) or not a Metric at all
};

inline bool unit_weights(const Weights& w) { return w.insert == 1 && w.remove == 1 && w.replace == 1; }

inline Algorithm algorithm_of(const Options& options) {
  switch (options.metric) {
    case Metric::Levenshtein:
      return unit_weights(options.weights) ? Algorithm::UnitLevenshtein : Algorithm::WeightedLevenshtein;
    case Metric::Osa:
      return Algorithm::Osa;
    case Metric::Damerau:
      return Algorithm::Damerau;
    case Metric::Indel:
      return Algorithm::Indel;
    case Metric::Hamming:
      return Algorithm::Hamming;
    case Metric::Lcsseq:
      return Algorithm::Lcsseq;
    case Metric::Prefix:
      return Algorithm::Prefix;
    case Metric::Postfix:
      return Algorithm::Postfix;
    case Metric::Jaro:
    case Metric::JaroWinkler:
      break;
  }
  return Algorithm::Unsupported;
}

// The query-cached, bit-parallel pass an algorithm can use in CachedScorer (its traits in
// bit_parallel_metrics.hpp), or None: then each choice takes the pairwise distance.
enum class CachedKind : uint8_t { None, Levenshtein, Osa, Indel };

// Indexed by Algorithm.
constexpr CachedKind kCachedKind[] = {
    CachedKind::Levenshtein,  // UnitLevenshtein
    CachedKind::None,         // WeightedLevenshtein
    CachedKind::Osa,          // Osa
    CachedKind::None,         // Damerau
    CachedKind::Indel,        // Indel
    CachedKind::None,         // Hamming
    CachedKind::None,         // Lcsseq (its cutoff is converted per pair: lcsseq_metrics.cpp)
    CachedKind::None,         // Prefix
    CachedKind::None,         // Postfix
    CachedKind::None,         // Unsupported
};
static_assert(sizeof(kCachedKind) / sizeof(kCachedKind[0]) == static_cast<size_t>(Algorithm::Unsupported) + 1,
              "one CachedKind per Algorithm");

inline CachedKind cached_kind(Algorithm algorithm) { return kCachedKind[static_cast<size_t>(algorithm)]; }

}  // namespace editops::detail
