// Batch calls: one query against many choices, through one CachedScorer per query.
//
// extract keeps the best `limit` matches in a max-heap ordered by (distance, index). Once the heap
// is full its worst distance is a cutoff for every later choice: a later choice has a larger
// index, so it enters only with a strictly smaller distance, and the scorer may stop early on
// anything above that.
#include <algorithm>
#include <climits>
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

int32_t Saturate(int64_t distance) { return distance > INT32_MAX ? INT32_MAX : static_cast<int32_t>(distance); }

bool Stopped(StopFlag stop) { return stop != nullptr && *stop != 0; }

}  // namespace

void distance_many(Sequence query, const Choices& choices, size_t begin, size_t end, const Options& options,
                   int32_t* out, StopFlag stop) {
  CachedScorer scorer(query, options);
  for (size_t i = begin; i < end; ++i) {
    if (Stopped(stop)) return;
    out[i] = Saturate(scorer.distance(choices.at(i), options.max_distance));
  }
}

void distance_matrix(const Choices& queries, const Choices& choices, size_t row_begin, size_t row_end,
                     const Options& options, int32_t* out, StopFlag stop) {
  for (size_t row = row_begin; row < row_end; ++row) {
    if (Stopped(stop)) return;
    distance_many(queries.at(row), choices, 0, choices.count, options, out + row * choices.count, stop);
  }
}

size_t extract(Sequence query, const Choices& choices, size_t begin, size_t end, const Options& options,
               size_t limit, int32_t* out_index, int32_t* out_distance, StopFlag stop) {
  if (limit == 0 || begin >= end) return 0;
  CachedScorer scorer(query, options);
  std::vector<Match> heap;
  heap.reserve(std::min(limit, end - begin));
  int64_t cutoff = options.max_distance;  // negative: none yet
  for (size_t i = begin; i < end; ++i) {
    if (Stopped(stop)) return 0;
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
      const int64_t worst = heap.front().distance;
      if (worst == 0) break;  // nothing at a larger index can beat distance 0
      cutoff = worst - 1;
    }
  }
  std::sort_heap(heap.begin(), heap.end(), Better);
  for (size_t k = 0; k < heap.size(); ++k) {
    out_index[k] = heap[k].index;
    out_distance[k] = Saturate(heap[k].distance);
  }
  return heap.size();
}

size_t merge_extracted(const std::vector<std::vector<std::pair<int32_t, int32_t>>>& parts, size_t limit,
                       int32_t* out_index, int32_t* out_distance) {
  std::vector<std::pair<int32_t, int32_t>> all;  // (distance, index)
  for (const auto& part : parts) all.insert(all.end(), part.begin(), part.end());
  const size_t count = std::min(limit, all.size());
  std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(count), all.end());
  for (size_t k = 0; k < count; ++k) {
    out_distance[k] = all[k].first;
    out_index[k] = all[k].second;
  }
  return count;
}

}  // namespace editops
