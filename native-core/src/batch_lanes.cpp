// QueryLanes and distance_matrix_lanes (batch_lanes.hpp).
#include "batch_lanes.hpp"

#include <algorithm>
#include <climits>

namespace editops::detail {
namespace {

int32_t saturate(int64_t distance) { return distance > INT32_MAX ? INT32_MAX : static_cast<int32_t>(distance); }

}  // namespace

QueryLanes::QueryLanes(Sequence query, const Options& options)
    : lanes_(active_simd_path(), LaneMetric::Levenshtein) {
  if (!kMultiLanesBuilt || !lane_metric_of(options, metric_)) return;
  alphabet_.add(query);
  if (alphabet_.size() > LaneSet::kMaxAlphabet) return;
  alphabet_.encode(query, ids_);
  lanes_ = LaneSet(active_simd_path(), metric_);
  usable_ = true;
}

void QueryLanes::distances(const Choices& choices, const uint32_t* picked, size_t count, int64_t* out) {
  const size_t per_build = LaneSet::patterns_per_build(active_simd_path(), alphabet_.size());
  for (size_t from = 0; from < count; from += per_build) {
    const size_t take = std::min(per_build, count - from);
    patterns_.resize(take);
    for (size_t k = 0; k < take; ++k) patterns_[k] = choices.at(picked[from + k]);
    lanes_.build(patterns_.data(), take, alphabet_);
    lanes_.distances(ids_.data(), ids_.size(), out + from);
  }
}

// The choices that fit a lane go in blocks of consecutive indices, so that each row's writes for
// a block stay within a few KiB of the output; every row of the range is streamed through a
// block's tables before the next block is built. The other choices go through one CachedScorer
// per row.
bool distance_matrix_lanes(const Choices& queries, const Choices& choices, size_t row_begin, size_t row_end,
                           const Options& options, int32_t* out, StopFlag stop) {
  LaneMetric metric;
  if (!kMultiLanesBuilt || !lane_metric_of(options, metric) || row_begin >= row_end) return false;
  StreamAlphabet alphabet;
  for (size_t row = row_begin; row < row_end; ++row) alphabet.add(queries.at(row));
  if (alphabet.size() > LaneSet::kMaxAlphabet) return false;
  std::vector<uint32_t> ids;
  std::vector<size_t> row_start;
  for (size_t row = row_begin; row < row_end; ++row) {
    row_start.push_back(ids.size());
    alphabet.encode(queries.at(row), ids);
  }
  row_start.push_back(ids.size());

  const int64_t k = options.max_distance;
  const size_t columns = choices.count;
  std::vector<uint32_t> others;
  for (size_t c = 0; c < columns; ++c) {
    if (!LaneSet::fits(choices.at(c).size)) others.push_back(static_cast<uint32_t>(c));
  }
  if (!others.empty()) {
    for (size_t row = row_begin; row < row_end; ++row) {
      if (stopped(stop)) return true;
      CachedScorer scorer(queries.at(row), options);
      for (const uint32_t c : others) out[row * columns + c] = saturate(scorer.distance(choices.at(c), k));
    }
  }

  const SimdPath path = active_simd_path();
  LaneSet lanes(path, metric);
  const size_t per_build = LaneSet::patterns_per_build(path, alphabet.size());
  std::vector<Sequence> patterns;
  std::vector<uint32_t> members;
  std::vector<int64_t> distances;
  for (size_t c = 0; c < columns;) {
    if (stopped(stop)) return true;
    patterns.clear();
    members.clear();
    for (; c < columns && patterns.size() < per_build; ++c) {
      const Sequence choice = choices.at(c);
      if (!LaneSet::fits(choice.size)) continue;
      patterns.push_back(choice);
      members.push_back(static_cast<uint32_t>(c));
    }
    if (patterns.empty()) continue;
    lanes.build(patterns.data(), patterns.size(), alphabet);
    distances.resize(patterns.size());
    for (size_t row = row_begin; row < row_end; ++row) {
      const size_t r = row - row_begin;
      lanes.distances(ids.data() + row_start[r], row_start[r + 1] - row_start[r], distances.data());
      int32_t* out_row = out + row * columns;
      for (size_t p = 0; p < members.size(); ++p) out_row[members[p]] = saturate(clamp_to_cutoff(distances[p], k));
    }
  }
  return true;
}

}  // namespace editops::detail
