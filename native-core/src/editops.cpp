// The public entry points: dispatch on Options::metric. No algorithm lives here.
#include "editops/editops.hpp"

#include "damerau.hpp"
#include "hamming.hpp"
#include "indel.hpp"
#include "levenshtein.hpp"
#include "osa.hpp"
#include "weighted_levenshtein.hpp"

namespace editops {

int64_t distance(Sequence a, Sequence b, const Options& options) {
  const int64_t max = options.max_distance;
  switch (options.metric) {
    case Metric::Levenshtein:
      if (detail::unit_weights(options.weights)) return detail::levenshtein_distance(a, b, max);
      return detail::weighted_levenshtein_distance(a, b, options.weights, max);
    case Metric::Osa:
      return detail::osa_distance(a, b, max);
    case Metric::Damerau:
      return detail::damerau_distance(a, b, max);
    case Metric::Indel:
      return detail::indel_distance(a, b, max);
    case Metric::Hamming:
      return detail::hamming_distance(a, b, max);
  }
  return -1;  // not a Metric value at all
}

Status editops(Sequence a, Sequence b, const Options& options, std::vector<int32_t>& ops) {
  ops.clear();
  const int64_t max = options.max_distance;
  switch (options.metric) {
    case Metric::Levenshtein:
      if (detail::unit_weights(options.weights)) {
        return detail::levenshtein_editops(a, b, max, options.path, ops);
      }
      return detail::weighted_levenshtein_editops(a, b, options.weights, max, ops);
    case Metric::Osa:
      return detail::osa_editops(a, b, max, options.path, ops);
    case Metric::Damerau:
      return detail::damerau_editops(a, b, max, ops);
    case Metric::Indel:
      return detail::indel_editops(a, b, max, options.path, ops);
    case Metric::Hamming:
      return detail::hamming_editops(a, b, max, ops);
  }
  return Status::Unsupported;
}

}  // namespace editops
