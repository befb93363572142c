// The public entry points: dispatch on the algorithm the options pick (metric_table.hpp). No
// algorithm lives here.
#include "editops/editops.hpp"

#include "damerau.hpp"
#include "hamming.hpp"
#include "indel.hpp"
#include "levenshtein.hpp"
#include "metric_table.hpp"
#include "osa.hpp"
#include "similarity_metrics.hpp"
#include "weighted_levenshtein.hpp"

namespace editops {

using detail::Algorithm;

int64_t distance(Sequence a, Sequence b, const Options& options) {
  const int64_t max = options.max_distance;
  switch (detail::algorithm_of(options)) {
    case Algorithm::UnitLevenshtein:
      return detail::levenshtein_distance(a, b, max);
    case Algorithm::WeightedLevenshtein:
      return detail::weighted_levenshtein_distance(a, b, options.weights, max);
    case Algorithm::Osa:
      return detail::osa_distance(a, b, max);
    case Algorithm::Damerau:
      return detail::damerau_distance(a, b, max);
    case Algorithm::Indel:
      return detail::indel_distance(a, b, max);
    case Algorithm::Hamming:
      return detail::hamming_distance(a, b, max);
    case Algorithm::Lcsseq:
      return detail::lcsseq_distance(a, b, max);
    case Algorithm::Prefix:
      return detail::prefix_distance(a, b, max);
    case Algorithm::Postfix:
      return detail::postfix_distance(a, b, max);
    case Algorithm::Unsupported:
      break;
  }
  return -1;
}

Status editops(Sequence a, Sequence b, const Options& options, std::vector<int32_t>& ops) {
  ops.clear();
  const int64_t max = options.max_distance;
  switch (detail::algorithm_of(options)) {
    case Algorithm::UnitLevenshtein:
      return detail::levenshtein_editops(a, b, max, options.path, ops);
    case Algorithm::WeightedLevenshtein:
      return detail::weighted_levenshtein_editops(a, b, options.weights, max, ops);
    case Algorithm::Osa:
      return detail::osa_editops(a, b, max, options.path, ops);
    case Algorithm::Damerau:
      return detail::damerau_editops(a, b, max, ops);
    case Algorithm::Indel:
      return detail::indel_editops(a, b, max, options.path, ops);
    case Algorithm::Hamming:
      return detail::hamming_editops(a, b, max, ops);
    case Algorithm::Lcsseq:
      return detail::lcsseq_editops(a, b, max, options.path, ops);
    case Algorithm::Prefix:
    case Algorithm::Postfix:
    case Algorithm::Unsupported:
      break;
  }
  return Status::Unsupported;
}

}  // namespace editops
