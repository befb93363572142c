// The public search API (include/editops/search.hpp) over MatchFinder: Levenshtein runs on the
// bit-parallel scanners (one word up to 64 symbols, blocks beyond), Indel, OSA and the empty pattern on the DP scanner.
#include "editops/search.hpp"

#include <algorithm>
#include <memory>

#include "dp_scanner.hpp"
#include "match_finder.hpp"
#include "myers_scanner.hpp"

namespace editops {

namespace {

using search_detail::DpScanner;
using search_detail::MatchFinder;
using search_detail::MyersScanner;
using search_detail::MyersWordScanner;

bool supported(Metric metric) {
  return metric == Metric::Levenshtein || metric == Metric::Indel || metric == Metric::Osa;
}

// The finder behind a Searcher, whichever scanner it runs on.
class AnyFinder {
 public:
  virtual ~AnyFinder() = default;
  virtual void feed(Sequence chunk, std::vector<SearchMatch>& out) = 0;
  virtual void feed_units(const uint16_t* units, size_t count, std::vector<SearchMatch>& out) = 0;
  virtual void finish(std::vector<SearchMatch>& out) = 0;
  virtual bool done() const = 0;
  virtual Status best(Sequence text, BestMatch& out) = 0;
  virtual Status best_units(const uint16_t* units, size_t count, BestMatch& out) = 0;
};

template <class Scanner>
class Finder final : public AnyFinder {
 public:
  template <class Make>
  Finder(Sequence pattern, const SearchOptions& options, size_t limit, Make&& make)
      : finder_(pattern, options, limit, make) {}
  void feed(Sequence chunk, std::vector<SearchMatch>& out) override { finder_.feed(chunk.data, chunk.size, out); }
  void feed_units(const uint16_t* units, size_t count, std::vector<SearchMatch>& out) override {
    finder_.feed(units, count, out);
  }
  void finish(std::vector<SearchMatch>& out) override { finder_.finish(out); }
  bool done() const override { return finder_.done(); }
  Status best(Sequence text, BestMatch& out) override { return finder_.best(text.data, text.size, out); }
  Status best_units(const uint16_t* units, size_t count, BestMatch& out) override {
    return finder_.best(units, count, out);
  }

 private:
  MatchFinder<Scanner> finder_;
};

std::unique_ptr<AnyFinder> make_finder(Sequence pattern, const SearchOptions& options, size_t limit) {
  if (options.metric == Metric::Levenshtein && pattern.size > 0 && pattern.size <= 64) {
    return std::make_unique<Finder<MyersWordScanner>>(pattern, options, limit, [](Sequence p, int64_t k, bool anchored) {
      return MyersWordScanner(p, k, anchored);
    });
  }
  if (options.metric == Metric::Levenshtein && pattern.size > 0) {
    return std::make_unique<Finder<MyersScanner>>(
        pattern, options, limit, [](Sequence p, int64_t k, bool anchored) { return MyersScanner(p, k, anchored); });
  }
  const Metric metric = options.metric;
  return std::make_unique<Finder<DpScanner>>(pattern, options, limit, [metric](Sequence p, int64_t k, bool anchored) {
    return DpScanner(p, metric, k, anchored);
  });
}

}  // namespace

struct Searcher::Impl {
  Status status = Status::Ok;
  std::unique_ptr<AnyFinder> finder;
};

Searcher::Searcher(Sequence pattern, const SearchOptions& options, size_t limit) : impl_(std::make_unique<Impl>()) {
  if (!supported(options.metric)) {
    impl_->status = Status::Unsupported;
    return;
  }
  impl_->finder = make_finder(pattern, options, limit);
}

Searcher::~Searcher() = default;

Status Searcher::status() const { return impl_->status; }

void Searcher::feed(Sequence chunk, std::vector<SearchMatch>& out) {
  if (impl_->finder) impl_->finder->feed(chunk, out);
}

void Searcher::feed_units(const uint16_t* units, size_t count, std::vector<SearchMatch>& out) {
  if (impl_->finder) impl_->finder->feed_units(units, count, out);
}

void Searcher::finish(std::vector<SearchMatch>& out) {
  if (impl_->finder) impl_->finder->finish(out);
}

bool Searcher::done() const { return !impl_->finder || impl_->finder->done(); }

Status search(Sequence pattern, Sequence text, const SearchOptions& options, size_t limit,
              std::vector<SearchMatch>& out) {
  out.clear();
  Searcher searcher(pattern, options, limit);
  if (searcher.status() != Status::Ok) return searcher.status();
  searcher.feed(text, out);
  searcher.finish(out);
  return Status::Ok;
}

namespace {

// The finder of search_best: the least distance is at most m (in Infix the empty window costs m,
// in Prefix so does end 0), so k = m loses nothing and lets the cutoff work.
std::unique_ptr<AnyFinder> best_finder(Sequence pattern, const SearchOptions& options) {
  const auto m = static_cast<int64_t>(pattern.size);
  SearchOptions bounded = options;
  bounded.max_distance = options.max_distance < 0 ? m : std::min(options.max_distance, m);
  return make_finder(pattern, bounded, 0);
}

}  // namespace

Status search_best(Sequence pattern, Sequence text, const SearchOptions& options, BestMatch& out) {
  out = BestMatch{};
  if (!supported(options.metric)) return Status::Unsupported;
  return best_finder(pattern, options)->best(text, out);
}

Status search_best_units(Sequence pattern, const uint16_t* units, size_t count, const SearchOptions& options,
                         BestMatch& out) {
  out = BestMatch{};
  if (!supported(options.metric)) return Status::Unsupported;
  return best_finder(pattern, options)->best_units(units, count, out);
}

}  // namespace editops
