// CachedScorer: one query against many choices. This first version delegates to the pairwise
// distance; the fast paths (reusing the query's match vectors) live behind the same interface.
#include "editops/editops.hpp"

namespace editops {

struct CachedScorer::Impl {
  std::vector<Symbol> query;
  Options options;
};

CachedScorer::CachedScorer(Sequence query, const Options& options)
    : impl_(new Impl{std::vector<Symbol>(query.data, query.data + query.size), options}) {}

CachedScorer::~CachedScorer() { delete impl_; }

int64_t CachedScorer::distance(Sequence choice, int64_t max_distance) const {
  Options options = impl_->options;
  options.max_distance = max_distance;
  return editops::distance({impl_->query.data(), impl_->query.size()}, choice, options);
}

}  // namespace editops
