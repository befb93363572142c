// LCSseq, Prefix and Postfix as metrics of editops::distance / editops (src/similarity_metrics.cpp),
// and Jaro / Jaro-Winkler refused there (their distances are floats). Checked against the naive
// similarities (reference/naive_fuzzy.cpp): distance = max(n, m) - similarity, with the cutoff rule
// of every metric; LCSseq's script is the Indel one; the batch calls agree with the pairwise ones.
#include <algorithm>
#include <random>

#include "check.hpp"
#include "fuzzy_test_util.hpp"
#include "naive.hpp"
#include "naive_fuzzy.hpp"
#include "random_pairs.hpp"
#include "test_util.hpp"

namespace naive = editops::naive::fuzzy;
using editops::Metric;
using editops::Status;
using testing::options_for;
using testing::Seq;
using testing::seq;

namespace {

int64_t distance(Metric metric, const Seq& a, const Seq& b, int64_t max = -1) {
  return testing::distance(options_for(metric, max), a, b);
}

int64_t longer(const Seq& a, const Seq& b) { return static_cast<int64_t>(std::max(a.size(), b.size())); }

int64_t expected(Metric metric, const Seq& a, const Seq& b) {
  switch (metric) {
    case Metric::Lcsseq:
      return longer(a, b) - naive::lcs_length(a, b);
    case Metric::Prefix:
      return longer(a, b) - naive::prefix_length(a, b);
    default:
      return longer(a, b) - naive::postfix_length(a, b);
  }
}

constexpr Metric kMetrics[] = {Metric::Lcsseq, Metric::Prefix, Metric::Postfix};

}  // namespace

TEST_CASE(hand_checked) {
  // LCSseq docstring (RapidFuzz distance/LCSseq_py.py): distance("lewenstein", "levenshtein") == 2.
  CHECK_EQ(distance(Metric::Lcsseq, seq(U"lewenstein"), seq(U"levenshtein")), 2);
  CHECK_EQ(distance(Metric::Lcsseq, seq(U"lewenstein"), seq(U"levenshtein"), 1), 2);
  // "lewenstein" / "levenshtein" share the prefix "le" and the suffix "tein" (of 11).
  CHECK_EQ(distance(Metric::Prefix, seq(U"lewenstein"), seq(U"levenshtein")), 9);
  CHECK_EQ(distance(Metric::Postfix, seq(U"lewenstein"), seq(U"levenshtein")), 7);
  CHECK_EQ(distance(Metric::Prefix, {}, {}), 0);
  CHECK_EQ(distance(Metric::Postfix, seq(U"abc"), {}), 3);
  CHECK_EQ(distance(Metric::Lcsseq, seq(U"abc"), seq(U"abc"), 0), 0);
  // An LCS alignment: no replaces, and "ab" -> "ba" keeps one of the two.
  const testing::Script ab = testing::script(options_for(Metric::Lcsseq), seq(U"ab"), seq(U"ba"));
  CHECK(ab.status == Status::Ok);
  CHECK_EQ(ab.ops.size(), size_t{6});
  // Over the cutoff: distance 1 (LCS "a" of two), but a cutoff of 0 rules it out.
  CHECK(testing::script(options_for(Metric::Lcsseq, 0), seq(U"ab"), seq(U"ba")).status == Status::OverMaxDistance);
  CHECK(testing::script(options_for(Metric::Lcsseq, 1), seq(U"ab"), seq(U"ba")).status == Status::Ok);
  // Only the length difference: "abc" -> "a" is LCSseq 2; cutoff 1 rules it out before any work.
  CHECK(testing::script(options_for(Metric::Lcsseq, 1), seq(U"abc"), seq(U"a")).status == Status::OverMaxDistance);
}

TEST_CASE(metrics_without_integer_distance_or_script) {
  for (Metric metric : {Metric::Jaro, Metric::JaroWinkler}) {
    CHECK_EQ(distance(metric, seq(U"ab"), seq(U"ba")), -1);
    CHECK(testing::script(options_for(metric), seq(U"ab"), seq(U"ba")).status == Status::Unsupported);
  }
  for (Metric metric : {Metric::Prefix, Metric::Postfix}) {
    const testing::Script s = testing::script(options_for(metric), seq(U"ab"), seq(U"ba"));
    CHECK(s.status == Status::Unsupported);
    CHECK(s.ops.empty());
  }
}

TEST_CASE(random_pairs_match_the_oracles) {
  std::mt19937_64 rng(testing::test_seed(31));
  for (int round = 0; round < testing::scaled(2000); ++round) {
    const Seq a = testing::random_symbols(rng, round % 5 == 0 ? 140 : 12, 2 + rng() % 4);
    Seq b = testing::derive(rng, a, {'a', 'b', 0x100}, 150);
    for (Metric metric : kMetrics) {
      const int64_t d = expected(metric, a, b);
      CHECK_EQ(distance(metric, a, b), d);
      CHECK_EQ(distance(metric, b, a), d);
      for (int64_t k : {d - 1, d, d + 1, int64_t{0}}) {
        if (k < 0) continue;
        CHECK_EQ(distance(metric, a, b, k), d <= k ? d : k + 1);
      }
    }
    // LCSseq's script is the canonical Indel script, under LCSseq's cutoff.
    const int64_t d = expected(Metric::Lcsseq, a, b);
    const testing::Script indel = testing::script(options_for(Metric::Indel), a, b);
    for (int64_t k : {int64_t{-1}, d - 1, d, d + 1}) {
      if (k < -1) continue;
      const testing::Script got = testing::script(options_for(Metric::Lcsseq, k), a, b);
      if (k >= 0 && d > k) {
        CHECK(got.status == Status::OverMaxDistance);
        CHECK(got.ops.empty());
      } else {
        CHECK(got.status == Status::Ok);
        CHECK_EQ(got.ops, indel.ops);
      }
    }
  }
}

TEST_CASE(batch_calls_agree_with_the_pairwise_distance) {
  std::mt19937_64 rng(testing::test_seed(32));
  const Seq query = testing::random_symbols(rng, 20, 4);
  std::vector<Seq> list;
  for (int i = 0; i < 200; ++i) list.push_back(testing::derive(rng, query, {'a', 'b', 0x100}, 40));
  std::vector<editops::Symbol> symbols;
  std::vector<uint32_t> offsets{0};
  for (const Seq& s : list) {
    symbols.insert(symbols.end(), s.begin(), s.end());
    offsets.push_back(static_cast<uint32_t>(symbols.size()));
  }
  const editops::Choices choices{symbols.data(), offsets.data(), list.size()};
  for (Metric metric : kMetrics) {
    for (int64_t k : {int64_t{-1}, int64_t{3}}) {
      std::vector<int32_t> out(list.size());
      editops::distance_many(testing::view(query), choices, 0, list.size(), options_for(metric, k), out.data());
      for (size_t i = 0; i < list.size(); ++i) CHECK_EQ(out[i], distance(metric, query, list[i], k));
    }
  }
}

int main() { return check::run_all(); }
