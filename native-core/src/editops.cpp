// The public entry points: dispatch on Options::metric. No algorithm lives here.
#include "editops/editops.hpp"

#include "levenshtein.hpp"

namespace editops {

int64_t distance(Sequence a, Sequence b, const Options& options) {
  switch (options.metric) {
    case Metric::Levenshtein:
      return detail::levenshtein_distance(a, b, options.max_distance);
    case Metric::Osa:
    case Metric::Damerau:
    case Metric::Indel:
    case Metric::Hamming:
      break;
  }
  return -1;  // not implemented by this build (or not a Metric value at all)
}

Status editops(Sequence a, Sequence b, const Options& options, std::vector<int32_t>& ops) {
  ops.clear();
  switch (options.metric) {
    case Metric::Levenshtein:
      return detail::levenshtein_editops(a, b, options.max_distance, ops);
    case Metric::Osa:
    case Metric::Damerau:
    case Metric::Indel:
    case Metric::Hamming:
      break;
  }
  return Status::Unsupported;
}

}  // namespace editops
