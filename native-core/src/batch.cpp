// Batch calls: one query against many choices, through one CachedScorer per query and, for the
// metrics and choices they have, the multi-pattern lanes (batch_lanes.hpp).
//
// extract keeps the best `limit` matches in a max-heap ordered by (distance, index). Once the heap
// is full its worst distance is a cutoff for every later choice: a later choice has a larger
// index, so it enters only with a strictly smaller distance, and the scorer may stop early on
// anything above that. extract stays one choice at a time: its cutoff falls to 1 or 2 within the
// first few hundred choices, and from there the scorer's checks (length, foreign symbols, mbleven)
// cost less than putting the survivors in lanes (docs/decisions.md, issue 20). With the choices'
// index (prepared choices) it walks SharedExtract's rings instead, on one thread: by length
// difference, with the signature bound before any symbol is read.
#include <algorithm>
#include <atomic>
#include <climits>
#include <mutex>
#include <vector>

#include "batch_lanes.hpp"
#include "editops/editops.hpp"
#include "length_rings.hpp"
#include "signature_bound.hpp"

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

// The best `limit` matches so far, in a max-heap by Better: the worst on top.
class BestMatches {
 public:
  explicit BestMatches(size_t limit, size_t expected) : limit_(limit) { heap_.reserve(std::min(limit, expected)); }

  bool full() const { return heap_.size() == limit_; }
  const Match& worst() const { return heap_.front(); }

  // Keeps `match` if it is among the best `limit` so far; returns whether it did.
  bool offer(const Match& match) {
    if (heap_.size() < limit_) {
      heap_.push_back(match);
      std::push_heap(heap_.begin(), heap_.end(), Better);
    } else if (Better(match, heap_.front())) {
      std::pop_heap(heap_.begin(), heap_.end(), Better);
      heap_.back() = match;
      std::push_heap(heap_.begin(), heap_.end(), Better);
    } else {
      return false;
    }
    return true;
  }

  // Writes the matches best first; returns how many.
  size_t write_sorted(int32_t* out_index, int32_t* out_distance) {
    std::sort_heap(heap_.begin(), heap_.end(), Better);
    for (size_t k = 0; k < heap_.size(); ++k) {
      out_index[k] = heap_[k].index;
      out_distance[k] = Saturate(heap_[k].distance);
    }
    return heap_.size();
  }

 private:
  size_t limit_;
  std::vector<Match> heap_;
};

bool Stopped(StopFlag stop) { return stop != nullptr && *stop != 0; }

}  // namespace

void distance_many(Sequence query, const Choices& choices, size_t begin, size_t end, const Options& options,
                   int32_t* out, StopFlag stop) {
  CachedScorer scorer(query, options);
  detail::QueryLanes lanes(query, options);
  if (lanes.usable()) {
    const int64_t k = options.max_distance;
    // Over the cutoff by length alone: k + 1 without a look at the symbols. (Written as the
    // saturated k + 1, which cannot overflow for k = INT64_MAX; no choice is over such a k.)
    const int32_t over_cutoff = k < 0 ? 0 : Saturate(std::min<int64_t>(k, INT32_MAX) + 1);
    for (size_t i = begin; i < end; ++i) out[i] = over_cutoff;
    detail::score_choices(
        scorer, lanes, query.size, choices, begin, end, [k](size_t) { return k; },
        [out](size_t i, int64_t distance) { out[i] = Saturate(distance); }, stop);
    return;
  }
  // Blocks of choices, so the scorer can take several at a time (CachedScorer::distances).
  constexpr size_t kBlock = 64;
  Sequence block[kBlock];
  int64_t distances[kBlock];
  for (size_t i = begin; i < end; i += kBlock) {
    if (Stopped(stop)) return;
    const size_t count = std::min(kBlock, end - i);
    for (size_t k = 0; k < count; ++k) block[k] = choices.at(i + k);
    scorer.distances(block, count, options.max_distance, distances);
    for (size_t k = 0; k < count; ++k) out[i + k] = Saturate(distances[k]);
  }
}

void distance_matrix(const Choices& queries, const Choices& choices, size_t row_begin, size_t row_end,
                     const Options& options, int32_t* out, StopFlag stop) {
  if (detail::distance_matrix_lanes(queries, choices, row_begin, row_end, options, out, stop)) return;
  for (size_t row = row_begin; row < row_end; ++row) {
    if (Stopped(stop)) return;
    distance_many(queries.at(row), choices, 0, choices.count, options, out + row * choices.count, stop);
  }
}

size_t extract(Sequence query, const Choices& choices, size_t begin, size_t end, const Options& options,
               size_t limit, int32_t* out_index, int32_t* out_distance, StopFlag stop) {
  if (limit == 0 || begin >= end) return 0;
  CachedScorer scorer(query, options);
  BestMatches best(limit, end - begin);
  int64_t cutoff = options.max_distance;  // negative: none yet
  for (size_t i = begin; i < end; ++i) {
    if (Stopped(stop)) return 0;
    const int64_t distance = scorer.distance(choices.at(i), cutoff);
    if (cutoff >= 0 && distance > cutoff) continue;
    if (!best.offer({distance, static_cast<int32_t>(i)}) || !best.full()) continue;
    const int64_t worst = best.worst().distance;
    if (worst == 0) break;  // nothing at a larger index can beat distance 0
    cutoff = worst - 1;
  }
  return best.write_sorted(out_index, out_distance);
}

// SharedExtract's heap holds the best matches of all threads. Its worst match is also published
// in one atomic word, (distance << 32) | index, which the threads read on every choice without
// the lock; kNoWorst until the heap is full. A thread's view of it may be stale, which only
// makes its cutoff looser than it could be, never wrong. A distance too large for 32 bits (only
// huge weighted inputs) is published as kHuge, which means no cutoff: looser, still right.
struct SharedExtract::State {
  static constexpr uint64_t kNoWorst = UINT64_MAX;
  static constexpr int64_t kHuge = 0xFFFFFFFE;
  static constexpr int64_t kSkip = INT64_MIN;  // cutoff_for: this choice cannot enter at all

  Sequence query;
  Choices choices;  // a view (pointers), copied: callers may pass a temporary
  Options options;
  size_t limit;
  const ChoiceIndex* index;  // or nullptr: the choices in order
  std::atomic<size_t> next_chunk{0};
  std::atomic<uint64_t> worst{kNoWorst};
  std::mutex mutex;
  BestMatches best;  // guarded by mutex
  std::mutex rings_mutex;
  detail::LengthRings rings;  // guarded by rings_mutex; unused without an index

  State(Sequence query, const Choices& choices, const Options& options, size_t limit, const ChoiceIndex* index)
      : query(query), choices(choices), options(options), limit(limit), index(index), best(limit, choices.count),
        rings(choices, index ? *index : ChoiceIndex{nullptr, nullptr, 0}, query.size) {}

  // The largest cutoff any choice can still have: the ring bound of LengthRings::next.
  int64_t loosest_cutoff() const {
    const uint64_t packed = worst.load(std::memory_order_relaxed);
    if (packed == kNoWorst || static_cast<int64_t>(packed >> 32) == kHuge) return options.max_distance;
    const auto distance = static_cast<int64_t>(packed >> 32);
    return options.max_distance >= 0 ? std::min(distance, options.max_distance) : distance;
  }

  bool next_ring_chunk(size_t& lo, size_t& hi, int64_t& ring) {
    std::lock_guard<std::mutex> lock(rings_mutex);
    return rings.next(kChunk, loosest_cutoff(), lo, hi, ring);
  }

  // The index walk of run(): rings of growing length difference, and the signature bound before
  // any look at a choice's symbols.
  void run_rings(const CachedScorer& scorer, const detail::SignatureBound& bound, StopFlag stop) {
    size_t lo = 0;
    size_t hi = 0;
    int64_t ring = 0;
    while (next_ring_chunk(lo, hi, ring)) {
      for (size_t p = lo; p < hi; ++p) {
        if (Stopped(stop)) return;
        const uint32_t i = index->order[p];
        const int64_t cutoff = cutoff_for(i);
        if (cutoff == kSkip || (cutoff >= 0 && ring > cutoff)) continue;
        if (cutoff >= 0) {
          if (bound(signature_at(*index, p)) > cutoff) continue;
        }
        const int64_t distance = scorer.distance(choices.at(i), cutoff);
        if (cutoff >= 0 && distance > cutoff) continue;
        offer({distance, static_cast<int32_t>(i)});
      }
    }
  }

  // The cutoff for choice i: a choice at the worst distance still enters when its index is lower
  // than the worst's, so it needs distance <= worst there, and < worst after it.
  int64_t cutoff_for(size_t i) const {
    const uint64_t packed = worst.load(std::memory_order_relaxed);
    if (packed == kNoWorst) return options.max_distance;
    const auto distance = static_cast<int64_t>(packed >> 32);
    if (distance == kHuge) return options.max_distance;
    const int64_t cutoff = i < (packed & 0xFFFFFFFFu) ? distance : distance - 1;
    if (cutoff < 0) return kSkip;  // after a worst of distance 0
    return options.max_distance >= 0 ? std::min(cutoff, options.max_distance) : cutoff;
  }

  void offer(const Match& match) {
    std::lock_guard<std::mutex> lock(mutex);
    if (best.offer(match) && best.full()) {
      const Match& w = best.worst();
      const auto distance = static_cast<uint64_t>(std::min(w.distance, kHuge));
      worst.store((distance << 32) | static_cast<uint32_t>(w.index), std::memory_order_relaxed);
    }
  }
};

SharedExtract::SharedExtract(Sequence query, const Choices& choices, const Options& options, size_t limit,
                             const ChoiceIndex* index)
    : state_(new State(query, choices, options, limit, index)) {}

SharedExtract::~SharedExtract() { delete state_; }

void SharedExtract::run(StopFlag stop) {
  State& state = *state_;
  if (state.limit == 0) return;
  CachedScorer scorer(state.query, state.options);
  if (state.index != nullptr) {
    const detail::SignatureBound bound(state.query, state.options);
    if (bound.applies()) {
      state.run_rings(scorer, bound, stop);
      return;
    }
  }
  const size_t count = state.choices.count;
  for (;;) {
    const size_t begin = state.next_chunk.fetch_add(1, std::memory_order_relaxed) * kChunk;
    if (begin >= count) return;
    const size_t end = std::min(count, begin + kChunk);
    for (size_t i = begin; i < end; ++i) {
      if (Stopped(stop)) return;
      const int64_t cutoff = state.cutoff_for(i);
      if (cutoff == State::kSkip) continue;
      const int64_t distance = scorer.distance(state.choices.at(i), cutoff);
      if (cutoff >= 0 && distance > cutoff) continue;
      state.offer({distance, static_cast<int32_t>(i)});
    }
  }
}

size_t SharedExtract::results(int32_t* out_index, int32_t* out_distance) {
  return state_->best.write_sorted(out_index, out_distance);
}

size_t extract(Sequence query, const Choices& choices, const ChoiceIndex& index, const Options& options, size_t limit,
               int32_t* out_index, int32_t* out_distance, StopFlag stop) {
  if (limit == 0 || choices.count == 0) return 0;
  // One thread through SharedExtract's index walk: its locks are never contended, and taking
  // them once per chunk or per match costs nothing beside the choices.
  SharedExtract walk(query, choices, options, limit, &index);
  walk.run(stop);
  if (Stopped(stop)) return 0;
  return walk.results(out_index, out_distance);
}

}  // namespace editops
