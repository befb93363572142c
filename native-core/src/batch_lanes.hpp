// The batch calls over the multi-pattern lanes (multi_lanes.hpp): the choices go into the lanes,
// the query (or each row of the matrix) is streamed through them.
//
// score_choices (distance_many's loop; extract keeps its one-at-a-time loop, see batch.cpp) visits
// the choices of a range in blocks: a choice whose length difference alone
// puts it over its cutoff is dropped at once; the rest that fit a lane (1..64 symbols) wait in the
// block's LaneSet (unless their symbols missing from the query already exceed the cutoff) and get
// exact distances together, the others go through the CachedScorer one at
// a time. The cutoff of a choice comes from cutoff_for(i), asked when the block is filled and once
// more when its lane distances are known, so a tightening cutoff (extract) still rejects as soon
// as it can.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "edit_script.hpp"
#include "editops/editops.hpp"
#include "multi_lanes.hpp"

namespace editops::detail {

// A cutoff_for answer: the choice cannot enter at all.
constexpr int64_t kSkipChoice = INT64_MIN;

// One query's side of the lanes: its alphabet and ids, and a LaneSet reused block after block.
class QueryLanes {
 public:
  QueryLanes(Sequence query, const Options& options);
  // False when the lanes have no kernel for the options or the query has too many symbols.
  bool usable() const { return usable_; }
  // Whether more than k >= 0 of the choice's symbols are missing from the query: each costs an
  // edit in all three metrics. Stops reading at the (k + 1)-th, so under the small cutoffs of
  // extract it rejects most choices after a few symbols, before any lane work.
  bool rejects_by_foreign_symbols(Sequence choice, int64_t k) const {
    int64_t foreign = 0;
    for (size_t j = 0; j < choice.size; ++j) {
      foreign += alphabet_.id(choice.data[j]) == 0;
      if (foreign > k) return true;
    }
    return false;
  }
  // out[k] = distance(query, choices.at(picked[k])) for picked choices that fit a lane.
  void distances(const Choices& choices, const uint32_t* picked, size_t count, int64_t* out);

 private:
  bool usable_ = false;
  LaneMetric metric_ = LaneMetric::Levenshtein;
  StreamAlphabet alphabet_;
  std::vector<uint32_t> ids_;
  LaneSet lanes_;
  std::vector<Sequence> patterns_;
};

// Under a cutoff of 0..3 the scorer's one-at-a-time checks (its foreign symbols, mbleven, a
// one-word pass that stops once over the cutoff) cost less than a lane per choice: measured on
// the misspellings x word list top-10 extract, where the cutoff falls to 1 or 2 within the first
// few hundred choices, lanes for every survivor cost 1.5x the scorer, and still 1.2x with this
// rule, which is why extract does not use score_choices at all.
inline bool small_cutoff(int64_t k) { return k >= 0 && k <= 3; }

inline bool stopped(StopFlag stop) { return stop != nullptr && *stop != 0; }

template <class CutoffFor, class Offer>
void score_choices(const CachedScorer& scorer, QueryLanes& lanes, size_t query_size, const Choices& choices,
                   size_t begin, size_t end, CutoffFor&& cutoff_for, Offer&& offer, StopFlag stop) {
  constexpr size_t kBlock = 256;
  uint32_t picked[kBlock];
  int64_t distances[kBlock];
  for (size_t block = begin; block < end; block += kBlock) {
    if (stopped(stop)) return;
    const size_t block_end = block + kBlock < end ? block + kBlock : end;
    size_t count = 0;
    for (size_t i = block; i < block_end; ++i) {
      const int64_t k = cutoff_for(i);
      if (k == kSkipChoice) continue;
      const Sequence choice = choices.at(i);
      if (over(length_difference(query_size, choice.size), k)) continue;
      if (lanes.usable() && LaneSet::fits(choice.size) && !small_cutoff(k)) {
        if (k >= 0 && lanes.rejects_by_foreign_symbols(choice, k)) continue;
        picked[count++] = static_cast<uint32_t>(i);
        continue;
      }
      const int64_t d = scorer.distance(choice, k);
      if (!over(d, k)) offer(i, d);
    }
    if (count == 0) continue;
    lanes.distances(choices, picked, count, distances);
    for (size_t p = 0; p < count; ++p) {
      const int64_t k = cutoff_for(picked[p]);
      if (k != kSkipChoice && !over(distances[p], k)) offer(picked[p], distances[p]);
    }
  }
}

// distance_matrix on the lanes; false (nothing written) when they do not apply to these options
// or rows.
bool distance_matrix_lanes(const Choices& queries, const Choices& choices, size_t row_begin, size_t row_end,
                           const Options& options, int32_t* out, StopFlag stop);

}  // namespace editops::detail
