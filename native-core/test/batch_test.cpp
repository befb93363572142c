// Batch calls against the pairwise distance: distance_many must equal mapping distance() over the
// choices, and extract must equal sorting those distances by (distance, index) and taking the
// first `limit` within the cutoff.
#include <algorithm>
#include <random>
#include <thread>
#include <vector>

#include "check.hpp"
#include "editops/editops.hpp"
#include "batch_lists.hpp"
#include "random_pairs.hpp"

namespace {

using editops::Metric;
using testing::Packed;
using testing::options_for;
using testing::pack;

const Metric kMetrics[] = {Metric::Levenshtein, Metric::Osa, Metric::Damerau, Metric::Indel, Metric::Hamming};

}  // namespace

TEST_CASE(distance_many_equals_pairwise_distance) {
  std::mt19937_64 rng(testing::test_seed(41));
  for (int round = 0; round < 60; ++round) {
    const auto alphabet = testing::random_alphabet(rng, 2 + rng() % 3);
    const auto query = testing::random_seq(rng, rng() % 20, alphabet);
    std::vector<testing::Seq> choices;
    for (size_t k = 0, count = rng() % 40; k < count; ++k) choices.push_back(testing::random_seq(rng, rng() % 24, alphabet));
    const Packed packed = pack(choices);
    for (Metric metric : kMetrics) {
      const int64_t cutoff = rng() % 3 == 0 ? editops::kNoMaxDistance : static_cast<int64_t>(rng() % 6);
      const auto options = options_for(metric, cutoff);
      std::vector<int32_t> out(choices.size(), -7);
      editops::distance_many({query.data(), query.size()}, packed.view(), 0, choices.size(), options, out.data());
      for (size_t k = 0; k < choices.size(); ++k) {
        CHECK_EQ(int64_t{out[k]}, editops::distance({query.data(), query.size()}, {choices[k].data(), choices[k].size()}, options));
      }
    }
  }
}

TEST_CASE(extract_equals_sorted_pairwise_distances) {
  std::mt19937_64 rng(testing::test_seed(43));
  for (int round = 0; round < 80; ++round) {
    const auto alphabet = testing::random_alphabet(rng, 2 + rng() % 3);
    const auto query = testing::random_seq(rng, rng() % 16, alphabet);
    std::vector<testing::Seq> choices;
    for (size_t k = 0, count = rng() % 50; k < count; ++k) choices.push_back(testing::random_seq(rng, rng() % 16, alphabet));
    const Packed packed = pack(choices);
    for (Metric metric : kMetrics) {
      const int64_t cutoff = rng() % 2 == 0 ? editops::kNoMaxDistance : static_cast<int64_t>(rng() % 8);
      const size_t limit = rng() % 12;
      const auto options = options_for(metric, cutoff);
      const auto expected = testing::sorted_pairwise(query, choices, options, limit);

      std::vector<int32_t> index(limit + 1, -1);
      std::vector<int32_t> distance(limit + 1, -1);
      const size_t count = editops::extract({query.data(), query.size()}, packed.view(), 0, choices.size(), options,
                                            limit, index.data(), distance.data());
      CHECK_EQ(count, expected.size());
      for (size_t k = 0; k < std::min(count, expected.size()); ++k) {
        CHECK_EQ(index[k], expected[k].second);
        CHECK_EQ(int64_t{distance[k]}, expected[k].first);
      }
    }
  }
}

// closest (limit 1) first runs a pass under a small cutoff and falls back to a full pass when that
// finds nothing: both outcomes, with and without the caller's cutoff, on lists of a few thousand
// choices drawn near to or far from the query, must give the best (distance, index) of all.
TEST_CASE(extract_limit_one_equals_the_best_pairwise_distance) {
  std::mt19937_64 rng(testing::test_seed(53));
  for (int round = 0; round < 24; ++round) {
    const auto alphabet = testing::random_alphabet(rng, 4 + rng() % 2);
    const auto query = testing::random_seq(rng, 2 + rng() % 14, alphabet);
    std::vector<testing::Seq> choices;
    // Near choices (0 to 4 random edits of the query) in half the rounds: then the best is mostly
    // within the first pass's cutoff; otherwise mostly further.
    const bool near = round % 2 == 0;
    for (size_t k = 0, count = 500 + rng() % 3000; k < count; ++k) {
      testing::Seq choice = near && rng() % 50 == 0 ? query : testing::random_seq(rng, rng() % 18, alphabet);
      if (near && choice == query) {
        for (size_t e = 0, edits = rng() % 5; e < edits; ++e) testing::edit_randomly(rng, choice, alphabet);
      }
      choices.push_back(choice);
    }
    const Packed packed = pack(choices);
    for (Metric metric : kMetrics) {
      if (metric == Metric::Hamming) continue;  // needs equal lengths: covered by the test above
      const int64_t cutoff = rng() % 3 == 0 ? static_cast<int64_t>(rng() % 6) : editops::kNoMaxDistance;
      const auto options = options_for(metric, cutoff);
      std::pair<int64_t, int32_t> expected{INT64_MAX, -1};
      for (size_t k = 0; k < choices.size(); ++k) {
        const int64_t d = editops::distance({query.data(), query.size()}, {choices[k].data(), choices[k].size()},
                                            options_for(metric, editops::kNoMaxDistance));
        if ((cutoff < 0 || d <= cutoff) && d < expected.first) expected = {d, static_cast<int32_t>(k)};
      }
      int32_t index = -1;
      int32_t distance = -1;
      const size_t count = editops::extract({query.data(), query.size()}, packed.view(), 0, choices.size(), options, 1,
                                            &index, &distance);
      CHECK_EQ(count, size_t{expected.second >= 0 ? 1u : 0u});
      if (count == 1) {
        CHECK_EQ(index, expected.second);
        CHECK_EQ(int64_t{distance}, expected.first);
      }
    }
  }
}

TEST_CASE(extract_on_a_sub_range_keeps_global_indexes) {
  const std::vector<testing::Seq> choices = {{'a'}, {'b'}, {'a', 'b'}, {'a'}};
  const Packed packed = pack(choices);
  const testing::Seq query = {'a'};
  int32_t index[4];
  int32_t distance[4];
  const size_t count = editops::extract({query.data(), query.size()}, packed.view(), 1, 4,
                                        options_for(Metric::Levenshtein, editops::kNoMaxDistance), 4, index, distance);
  CHECK_EQ(count, size_t{3});
  CHECK_EQ(index[0], 3);
  CHECK_EQ(distance[0], 0);
  CHECK_EQ(index[1], 1);
  CHECK_EQ(index[2], 2);
}

TEST_CASE(a_raised_stop_flag_ends_the_work) {
  const std::vector<testing::Seq> choices(100, testing::Seq{'a', 'b'});
  const Packed packed = pack(choices);
  const testing::Seq query = {'a'};
  const volatile uint8_t stop = 1;
  int32_t index[5];
  int32_t distance[5];
  CHECK_EQ(editops::extract({query.data(), query.size()}, packed.view(), 0, 100,
                            options_for(Metric::Levenshtein, editops::kNoMaxDistance), 5, index, distance, &stop),
           size_t{0});
}

TEST_CASE(distance_matrix_is_row_major_distance_many) {
  const std::vector<testing::Seq> queries = {{'a'}, {'a', 'b'}, {}};
  const std::vector<testing::Seq> choices = {{'b'}, {'a', 'b', 'c'}};
  const Packed q = pack(queries);
  const Packed c = pack(choices);
  std::vector<int32_t> out(6, -1);
  editops::distance_matrix(q.view(), c.view(), 0, 3, options_for(Metric::Levenshtein, editops::kNoMaxDistance), out.data());
  CHECK_EQ(out, (std::vector<int32_t>{1, 2, 1, 1, 1, 3}));
}

// SharedExtract run by several threads gives exactly the single extract's answer. Thousands of
// choices, so the threads take several chunks each, and a small alphabet, so distances tie often
// and the order by index is tested.
TEST_CASE(shared_extract_on_threads_equals_extract) {
  std::mt19937_64 rng(testing::test_seed(47));
  for (int round = 0; round < 12; ++round) {
    const auto alphabet = testing::random_alphabet(rng, 2 + rng() % 4);
    const auto query = testing::random_seq(rng, 1 + rng() % 12, alphabet);
    std::vector<testing::Seq> choices;
    for (size_t k = 0, count = 1000 + rng() % 5000; k < count; ++k) choices.push_back(testing::random_seq(rng, rng() % 14, alphabet));
    const Packed packed = pack(choices);
    for (Metric metric : kMetrics) {
      const auto options = options_for(metric, rng() % 3 == 0 ? static_cast<int64_t>(rng() % 4) : editops::kNoMaxDistance);
      const size_t limit = rng() % 20;
      std::vector<int32_t> index(limit + 1), distance(limit + 1);
      const size_t count = editops::extract({query.data(), query.size()}, packed.view(), 0, choices.size(), options, limit,
                                            index.data(), distance.data());
      std::vector<std::pair<int64_t, int32_t>> single;
      for (size_t k = 0; k < count; ++k) single.emplace_back(distance[k], index[k]);

      editops::SharedExtract shared({query.data(), query.size()}, packed.view(), options, limit);
      CHECK_EQ(testing::run_on_threads(shared, limit, 2 + rng() % 3), single);
    }
  }
}

int main() { return check::run_all(); }
