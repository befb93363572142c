// See naive_search.hpp. Everything here is the definition written out, without shortcuts.
#include "naive_search.hpp"

#include <algorithm>

#include "naive.hpp"
#include "naive_util.hpp"

namespace editops::naive {

namespace {

int64_t replace_cost(Metric metric) { return metric == Metric::Indel ? 2 : 1; }

// Full DP of pattern (rows) against text (columns); row 0 is 0 (free start) or j (anchored).
Matrix semi_global(Sequence p, Sequence t, Metric metric, bool free_start) {
  Matrix d(p.size + 1, t.size + 1);
  for (size_t i = 0; i <= p.size; ++i) d.at(i, 0) = static_cast<int64_t>(i);
  for (size_t j = 0; j <= t.size; ++j) d.at(0, j) = free_start ? 0 : static_cast<int64_t>(j);
  for (size_t i = 1; i <= p.size; ++i) {
    for (size_t j = 1; j <= t.size; ++j) {
      int64_t best = d.at(i - 1, j - 1) + (p.data[i - 1] == t.data[j - 1] ? 0 : replace_cost(metric));
      best = std::min(best, d.at(i - 1, j) + 1);
      best = std::min(best, d.at(i, j - 1) + 1);
      if (metric == Metric::Osa && i >= 2 && j >= 2 && p.data[i - 1] == t.data[j - 2] && p.data[i - 2] == t.data[j - 1]) {
        best = std::min(best, d.at(i - 2, j - 2) + 1);
      }
      d.at(i, j) = best;
    }
  }
  return d;
}

SearchMatch make_match(Sequence pattern, Sequence text, size_t s, size_t j, int64_t d, Metric metric) {
  SearchMatch match;
  match.start = s;
  match.end = j;
  match.distance = d;
  Options options;
  options.metric = metric;
  match.ops = naive::editops(pattern, Sequence{text.data + s, j - s}, options);
  return match;
}

// The leftmost start s (0 in Prefix) with window_distance(text[s, j)) == d: one anchored DP of
// the reversed pattern against text[0, j) reversed gives the distance of every window ending at j.
size_t leftmost_start(Sequence pattern, Sequence text, size_t j, int64_t d, Metric metric, SearchMode mode) {
  if (mode == SearchMode::Prefix) return 0;
  const std::vector<Symbol> p(pattern.data, pattern.data + pattern.size);
  const std::vector<Symbol> t(text.data, text.data + j);
  const std::vector<Symbol> rp(p.rbegin(), p.rend());
  const std::vector<Symbol> rt(t.rbegin(), t.rend());
  const Matrix back = semi_global(Sequence{rp.data(), rp.size()}, Sequence{rt.data(), rt.size()}, metric, false);
  for (size_t length = j + 1; length-- > 0;) {
    if (back.at(rp.size(), length) == d) return j - length;
  }
  return j;  // unreachable when d == D(j)
}

}  // namespace

int64_t window_distance(Sequence pattern, Sequence window, Metric metric) {
  return semi_global(pattern, window, metric, false).at(pattern.size, window.size);
}

std::vector<int64_t> end_distances(Sequence pattern, Sequence text, Metric metric, SearchMode mode) {
  const Matrix d = semi_global(pattern, text, metric, mode == SearchMode::Infix);
  std::vector<int64_t> out(text.size + 1);
  for (size_t j = 0; j <= text.size; ++j) out[j] = d.at(pattern.size, j);
  return out;
}

std::vector<SearchMatch> search(Sequence pattern, Sequence text, const SearchOptions& options, size_t limit) {
  const std::vector<int64_t> ends = end_distances(pattern, text, options.metric, options.mode);
  const auto within = [&](size_t j) { return options.max_distance < 0 || ends[j] <= options.max_distance; };
  std::vector<SearchMatch> out;
  size_t j = 0;
  while (j <= text.size && (limit == 0 || out.size() < limit)) {
    if (!within(j)) {
      ++j;
      continue;
    }
    size_t run_end = j;  // the run is [j, run_end]
    while (run_end + 1 <= text.size && within(run_end + 1)) ++run_end;
    int64_t least = ends[j];
    for (size_t e = j; e <= run_end; ++e) least = std::min(least, ends[e]);
    // Lowest distance, then leftmost start, then shortest (lowest end for that start).
    bool found = false;
    size_t best_s = 0;
    size_t best_e = 0;
    for (size_t e = j; e <= run_end; ++e) {
      if (ends[e] != least) continue;
      const size_t s = leftmost_start(pattern, text, e, least, options.metric, options.mode);
      if (!found || s < best_s) {
        found = true;
        best_s = s;
        best_e = e;
      }
    }
    out.push_back(make_match(pattern, text, best_s, best_e, least, options.metric));
    j = run_end + 1;
  }
  return out;
}

Status search_best(Sequence pattern, Sequence text, const SearchOptions& options, BestMatch& out) {
  out = BestMatch{};
  const std::vector<int64_t> ends = end_distances(pattern, text, options.metric, options.mode);
  const int64_t least = *std::min_element(ends.begin(), ends.end());
  if (options.max_distance >= 0 && least > options.max_distance) return Status::OverMaxDistance;
  for (size_t j = 0; j < ends.size(); ++j) {
    if (ends[j] == least) out.ends.push_back(j);
  }
  out.distance = least;
  const size_t e = out.ends.front();
  const size_t s = leftmost_start(pattern, text, e, least, options.metric, options.mode);
  out.match = make_match(pattern, text, s, e, least, options.metric);
  return Status::Ok;
}

}  // namespace editops::naive
