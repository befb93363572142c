// Batch calls: one query against many choices, through one CachedScorer.
//
// extract keeps the best `limit` matches in a max-heap ordered by (distance, index). Once the heap
// is full its worst distance is a cutoff for every later choice: a choice can only enter with a
// distance at most that worst (equal distances lose to the lower index already held), so the
// scorer may stop early on anything above it.
#include <algorithm>
#include <vector>

#include "editops/editops.hpp"

namespace editops {

namespace {

struct Match {
  int64_t distance;
  int32_t index;
};

// Heap order: the worst match (largest distance, then largest index) on top.
bool Better(const Match& x, const Match& y) {
  return x.distance != y.distance ? x.distance < y.distance : x.index < y.index;
}

}  // namespace

void distance_many(Sequence query, const Choices& choices, size_t begin, size_t end, const Options& options,
                   int64_t* out, const volatile bool* stop) {
  CachedScorer scorer(query, options);
  for (size_t i = begin; i < end; ++i) {
    if (stop != nullptr && *stop) return;
    out[i] = scorer.distance(choices.at(i), options.max_distance);
  }
}

size_t extract(Sequence query, const Choices& choices, size_t begin, size_t end, const Options& options,
               size_t limit, int32_t* out_index, int64_t* out_distance, const volatile bool* stop) {
  if (limit == 0 || begin >= end) return 0;
  CachedScorer scorer(query, options);
  std::vector<Match> heap;
  heap.reserve(std::min(limit, end - begin));
  int64_t cutoff = options.max_distance;  // negative: none yet
  for (size_t i = begin; i < end; ++i) {
    if (stop != nullptr && *stop) return 0;
    const int64_t distance = scorer.distance(choices.at(i), cutoff);
    if (cutoff >= 0 && distance > cutoff) continue;
    const Match match{distance, static_cast<int32_t>(i)};
    if (heap.size() < limit) {
      heap.push_back(match);
      std::push_heap(heap.begin(), heap.end(), Better);
    } else if (Better(match, heap.front())) {
      std::pop_heap(heap.begin(), heap.end(), Better);
      heap.back() = match;
      std::push_heap(heap.begin(), heap.end(), Better);
    } else {
      continue;
    }
    if (heap.size() == limit) {
      // Later choices have larger indexes, so a tie with the worst held match loses: only a
      // strictly smaller distance can enter.
      const int64_t worst = heap.front().distance;
      if (worst == 0) break;
      cutoff = worst - 1;
    }
  }
  std::sort_heap(heap.begin(), heap.end(), Better);
  for (size_t k = 0; k < heap.size(); ++k) {
    out_index[k] = heap[k].index;
    out_distance[k] = heap[k].distance;
  }
  return heap.size();
}

}  // namespace editops
