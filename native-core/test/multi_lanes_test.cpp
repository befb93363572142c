// The multi-pattern lanes (multi_lanes.hpp): every SIMD path this machine runs, forced, and the
// scalar path give the naive distance of every pattern to every streamed text, for each lane width
// and metric; texts longer than 255 make the 8-bit lane counters wrap.
#include <random>
#include <string>
#include <vector>

#include "check.hpp"
#include "multi_lanes.hpp"
#include "naive.hpp"
#include "random_pairs.hpp"
#include "test_util.hpp"

using editops::detail::LaneMetric;
using editops::detail::LaneSet;
using editops::detail::SimdPath;
using editops::detail::StreamAlphabet;
using testing::Seq;
using testing::view;

namespace {

std::vector<SimdPath> runnable_paths() {
  std::vector<SimdPath> paths;
  for (const SimdPath path : {SimdPath::Scalar, SimdPath::Sse2, SimdPath::Avx2, SimdPath::Simd128, SimdPath::Neon}) {
    if (editops::detail::simd_path_runs(path)) paths.push_back(path);
  }
  return paths;
}

int64_t naive_distance(LaneMetric metric, const Seq& a, const Seq& b) {
  switch (metric) {
    case LaneMetric::Levenshtein:
      return editops::naive::levenshtein_distance(view(a), view(b));
    case LaneMetric::Osa:
      return editops::naive::osa_distance(view(a), view(b));
    default:
      return editops::naive::indel_distance(view(a), view(b));
  }
}

const char* metric_name(LaneMetric metric) {
  return metric == LaneMetric::Levenshtein ? "levenshtein" : metric == LaneMetric::Osa ? "osa" : "indel";
}

// Scores every pattern against every text on every path; false (after reporting) on a mismatch.
bool check_all_paths(const std::vector<Seq>& patterns, const std::vector<Seq>& texts, const char* file, int line) {
  StreamAlphabet alphabet;
  for (const Seq& text : texts) alphabet.add(view(text));
  std::vector<editops::Sequence> views;
  for (const Seq& pattern : patterns) views.push_back(view(pattern));
  for (const LaneMetric metric : {LaneMetric::Levenshtein, LaneMetric::Osa, LaneMetric::Indel}) {
    for (const SimdPath path : runnable_paths()) {
      LaneSet lanes(path, metric);
      lanes.build(views.data(), views.size(), alphabet);
      std::vector<int64_t> got(patterns.size());
      for (const Seq& text : texts) {
        std::vector<uint32_t> ids;
        alphabet.encode(view(text), ids);
        std::fill(got.begin(), got.end(), -7);
        lanes.distances(ids.data(), ids.size(), got.data());
        for (size_t k = 0; k < patterns.size(); ++k) {
          const int64_t want = naive_distance(metric, patterns[k], text);
          if (got[k] != want) {
            check::fail(file, line,
                        std::string(metric_name(metric)) + " on " + editops::detail::simd_path_name(path) + ": " +
                            std::to_string(got[k]) + " != " + std::to_string(want) + "\n    pattern " +
                            check::show(patterns[k]) + "\n    text " + check::show(text));
            return false;
          }
        }
      }
    }
  }
  return true;
}

}  // namespace

TEST_CASE(every_path_gives_the_naive_distance_for_every_lane_width) {
  std::mt19937_64 rng(testing::test_seed(2003));
  for (int round = 0; round < testing::scaled(60); ++round) {
    const Seq symbols = testing::random_alphabet(rng, 2 + rng() % 4);
    std::vector<Seq> patterns;
    // Enough patterns of each width class to fill several groups and leave one partly filled.
    const size_t count = 1 + rng() % 80;
    for (size_t k = 0; k < count; ++k) {
      const size_t widths[] = {8, 16, 32, 64};
      const size_t top = widths[rng() % 4];
      patterns.push_back(testing::random_seq(rng, 1 + rng() % top, symbols));
    }
    std::vector<Seq> texts;
    for (size_t t = 0; t < 4; ++t) {
      texts.push_back(rng() % 2 == 0 ? testing::random_seq(rng, rng() % 70, symbols)
                                     : testing::derive(rng, patterns[rng() % count], symbols, 70));
    }
    if (!check_all_paths(patterns, texts, __FILE__, __LINE__)) return;
  }
}

// A text of 300 to 700 symbols against 8-symbol patterns: the distance exceeds 255 and the 8-bit
// counters wrap, once or twice.
TEST_CASE(the_narrow_lane_counters_wrap_around_on_long_texts) {
  std::mt19937_64 rng(testing::test_seed(255));
  for (int round = 0; round < testing::scaled(8); ++round) {
    const Seq symbols = testing::random_alphabet(rng, 2 + rng() % 3);
    std::vector<Seq> patterns;
    for (size_t k = 0; k < 40; ++k) patterns.push_back(testing::random_seq(rng, 1 + rng() % 8, symbols));
    patterns.push_back(Seq(8, symbols[0]));
    std::vector<Seq> texts = {testing::random_seq(rng, 300 + rng() % 400, symbols), Seq(256, symbols[0]),
                              Seq(511, symbols[1]), Seq(0, 0)};
    if (!check_all_paths(patterns, texts, __FILE__, __LINE__)) return;
  }
}

// Pattern symbols that no text has (row 0), wide and Latin-1 symbols mixed.
TEST_CASE(symbols_only_the_patterns_have_match_nothing) {
  const std::vector<Seq> patterns = {testing::seq(U"kitten"), testing::seq(U"\U0001F600ab"), testing::seq(U"zzzz"),
                                     Seq{0xFFFFFFFF, 0, 'a'}};
  const std::vector<Seq> texts = {testing::seq(U"sitting"), testing::seq(U"ab\U0001F600"), Seq{0, 'a'},
                                  testing::seq(U"")};
  check_all_paths(patterns, texts, __FILE__, __LINE__);
}

TEST_CASE(the_active_path_is_one_that_runs) {
  CHECK(editops::detail::simd_path_runs(editops::detail::active_simd_path()));
  CHECK(editops::detail::simd_path_runs(SimdPath::Scalar));
#if defined(__x86_64__) && !defined(__EMSCRIPTEN__)
  CHECK(editops::detail::simd_path_runs(SimdPath::Sse2));
  __builtin_cpu_init();
  CHECK_EQ(editops::detail::simd_path_runs(SimdPath::Avx2), __builtin_cpu_supports("avx2") != 0);
#endif
  SimdPath path = SimdPath::Scalar;
  CHECK(editops::detail::simd_path_from_name("avx2", path));
  CHECK_EQ(path, SimdPath::Avx2);
  CHECK(!editops::detail::simd_path_from_name("avx512", path));
}

int main() { return check::run_all(); }
