// What the batch tests share: choices packed as the batch calls take them, and the answer
// extract must give, worked out the slow way (options_for is test_util.hpp's).
#pragma once

#include <algorithm>
#include <thread>
#include <utility>
#include <vector>

#include "editops/editops.hpp"
#include "random_pairs.hpp"
#include "test_util.hpp"

namespace testing {

struct Packed {
  std::vector<editops::Symbol> symbols;
  std::vector<uint32_t> offsets{0};
  editops::Choices view() const { return {symbols.data(), offsets.data(), offsets.size() - 1}; }
};

inline Packed pack(const std::vector<Seq>& choices) {
  Packed packed;
  for (const auto& choice : choices) {
    packed.symbols.insert(packed.symbols.end(), choice.begin(), choice.end());
    packed.offsets.push_back(static_cast<uint32_t>(packed.symbols.size()));
  }
  return packed;
}

// Every choice within options.max_distance, sorted by (distance, index), the first `limit`.
inline std::vector<std::pair<int64_t, int32_t>> sorted_pairwise(const Seq& query, const std::vector<Seq>& choices,
                                                                const editops::Options& options, size_t limit) {
  editops::Options exact = options;
  exact.max_distance = editops::kNoMaxDistance;
  std::vector<std::pair<int64_t, int32_t>> expected;
  for (size_t k = 0; k < choices.size(); ++k) {
    const int64_t d = editops::distance({query.data(), query.size()}, {choices[k].data(), choices[k].size()}, exact);
    if (options.max_distance < 0 || d <= options.max_distance) expected.emplace_back(d, static_cast<int32_t>(k));
  }
  std::sort(expected.begin(), expected.end());
  if (expected.size() > limit) expected.resize(limit);
  return expected;
}

// Runs `shared` on `threads` threads and returns its answer as (distance, index) pairs.
inline std::vector<std::pair<int64_t, int32_t>> run_on_threads(editops::SharedExtract& shared, size_t limit, size_t threads) {
  std::vector<std::thread> running;
  for (size_t t = 0; t < threads; ++t) running.emplace_back([&shared] { shared.run(); });
  for (auto& thread : running) thread.join();
  std::vector<int32_t> index(limit + 1);
  std::vector<int32_t> distance(limit + 1);
  const size_t count = shared.results(index.data(), distance.data());
  std::vector<std::pair<int64_t, int32_t>> answer;
  for (size_t k = 0; k < count; ++k) answer.emplace_back(distance[k], index[k]);
  return answer;
}

}  // namespace testing
