// CachedScorer::distance(choice, k) must equal editops::distance(query, choice, k) for every
// metric, weights, cutoff, query length (empty, one word, several words) and choice.
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "check.hpp"
#include "random_pairs.hpp"
#include "test_util.hpp"

using editops::Metric;
using testing::Seq;
using testing::view;

namespace {

editops::Options options_of(std::mt19937_64& rng, Metric metric) {
  editops::Options options;
  options.metric = metric;
  if (metric == Metric::Levenshtein && rng() % 4 == 0) options.weights = {1 + int64_t(rng() % 3), 1 + int64_t(rng() % 3), 1 + int64_t(rng() % 4)};
  return options;
}

// A choice: unrelated, or the query with a few edits, or a piece of it.
Seq choice_for(std::mt19937_64& rng, const Seq& query, const Seq& symbols, size_t max_len) {
  switch (rng() % 4) {
    case 0:
      return testing::random_seq(rng, rng() % (max_len + 1), symbols);
    case 1: {
      const size_t from = query.empty() ? 0 : rng() % query.size();
      return Seq(query.begin() + static_cast<std::ptrdiff_t>(from), query.end());
    }
    default:
      return testing::derive(rng, query, symbols, max_len);
  }
}

bool agrees(const editops::CachedScorer& scorer, const editops::Options& options, const Seq& query, const Seq& choice,
            int64_t k) {
  editops::Options with_k = options;
  with_k.max_distance = k;
  const int64_t want = editops::distance(view(query), view(choice), with_k);
  const int64_t got = scorer.distance(view(choice), k);
  if (got == want) return true;
  check::fail(__FILE__, __LINE__,
              "CachedScorer " + std::to_string(got) + ", distance " + std::to_string(want) + "\n    metric " +
                  check::show(options.metric) + ", k " + std::to_string(k) + "\n    query " + check::show(query) +
                  "\n    choice " + check::show(choice));
  return false;
}

}  // namespace

TEST_CASE(every_metric_and_cutoff_matches_the_pairwise_distance) {
  const uint64_t seed = testing::test_seed(77);
  std::mt19937_64 rng(seed);
  for (int q = 0; q < testing::scaled(400); ++q) {
    const Metric metric = static_cast<Metric>(rng() % 5);
    const editops::Options options = options_of(rng, metric);
    const Seq symbols = testing::random_alphabet(rng, 2 + rng() % 4);
    const size_t lengths[] = {0, 1, 5, 9, 40, 63, 64, 65, 130, 300};
    const size_t n = q % 7 == 0 ? lengths[rng() % 10] : rng() % 70;
    const Seq query = testing::random_seq(rng, n, symbols);
    const editops::CachedScorer scorer(view(query), options);
    for (int c = 0; c < 30; ++c) {
      const Seq choice = choice_for(rng, query, symbols, n + 10);
      if (metric == Metric::Hamming && rng() % 2 == 0) continue;
      for (int64_t k : {editops::kNoMaxDistance, int64_t(0), int64_t(1), int64_t(2), int64_t(3), int64_t(rng() % 12),
                        int64_t(rng() % (2 * n + 3))}) {
        if (!agrees(scorer, options, query, choice, k)) {
          std::printf("failed at query %d (seed %llu)\n", q, static_cast<unsigned long long>(seed));
          return;
        }
      }
    }
  }
}

TEST_CASE(wide_symbols_and_long_queries) {
  std::mt19937_64 rng(4096);
  for (Metric metric : {Metric::Levenshtein, Metric::Osa, Metric::Indel}) {
    for (size_t n : {size_t{30}, size_t{64}, size_t{200}, size_t{1500}}) {
      const Seq query = testing::random_wide_seq(rng, n);
      editops::Options options;
      options.metric = metric;
      const editops::CachedScorer scorer(view(query), options);
      Seq symbols(query.begin(), query.begin() + 8);
      for (int c = 0; c < 12; ++c) {
        Seq choice = testing::derive(rng, query, symbols, n + 20);
        for (int64_t k : {editops::kNoMaxDistance, int64_t(2), int64_t(n / 10), int64_t(n)}) {
          if (!agrees(scorer, options, query, choice, k)) return;
        }
      }
    }
  }
}

// distances() takes choices eight at a time through SIMD lanes (myers_lanes.hpp) when the query
// has at most 32 symbols: it must give distance()'s answers, for lanes of mixed lengths (empty
// ones too), wide symbols, counts that leave a partial group, and every cutoff.
TEST_CASE(distances_equal_distance_one_at_a_time) {
  std::mt19937_64 rng(testing::test_seed(61));
  for (int round = 0; round < testing::scaled(300); ++round) {
    const Seq symbols = testing::random_alphabet(rng, 2 + rng() % 4);
    const Seq query = testing::random_seq(rng, 1 + rng() % 40, symbols);
    std::vector<Seq> choices;
    for (size_t k = 0, count = rng() % 40; k < count; ++k) choices.push_back(choice_for(rng, query, symbols, 45));
    std::vector<editops::Sequence> views;
    for (const Seq& choice : choices) views.push_back(view(choice));
    for (Metric metric : {Metric::Levenshtein, Metric::Osa, Metric::Indel}) {
      const editops::Options options = options_of(rng, metric);
      const editops::CachedScorer scorer(view(query), options);
      const int64_t k = rng() % 3 == 0 ? static_cast<int64_t>(rng() % 8) : editops::kNoMaxDistance;
      std::vector<int64_t> got(choices.size(), -7);
      scorer.distances(views.data(), views.size(), k, got.data());
      for (size_t i = 0; i < choices.size(); ++i) {
        editops::Options with_k = options;
        with_k.max_distance = k;
        if (got[i] != editops::distance(view(query), view(choices[i]), with_k)) {
          check::fail(__FILE__, __LINE__,
                      "distances()[" + std::to_string(i) + "] " + std::to_string(got[i]) + "\n    metric " +
                          check::show(metric) + ", k " + std::to_string(k) + "\n    query " + check::show(query) +
                          "\n    choice " + check::show(choices[i]));
          return;
        }
      }
    }
  }
}

TEST_CASE(same_scorer_many_choices_is_stateless) {
  // Answers do not depend on which choices came before.
  const Seq query = testing::seq(U"levenshtein");
  editops::Options options;
  const editops::CachedScorer scorer(view(query), options);
  CHECK_EQ(scorer.distance(view(testing::seq(U"meilenstein")), -1), 4);
  CHECK_EQ(scorer.distance(view(testing::seq(U"levenshtein")), 0), 0);
  CHECK_EQ(scorer.distance(view(testing::seq(U"")), -1), 11);
  CHECK_EQ(scorer.distance(view(testing::seq(U"meilenstein")), 2), 3);
  CHECK_EQ(scorer.distance(view(testing::seq(U"lévenshtein")), 3), 1);
  const editops::CachedScorer empty({nullptr, 0}, options);
  CHECK_EQ(empty.distance(view(testing::seq(U"abc")), -1), 3);
  CHECK_EQ(empty.distance(view(testing::seq(U"abc")), 1), 2);
}

int main() { return check::run_all(); }
