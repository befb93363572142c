// The SIMD lanes (myers_lanes.hpp): every build of the loop this CPU can run (the baseline and,
// on x86-64 with AVX2, the AVX2 one) must give the naive distance for each lane, and the build
// the dispatcher picks must be the AVX2 one wherever the CPU has AVX2.
#include <random>
#include <string>
#include <vector>

#include "check.hpp"
#include "myers_lanes.hpp"
#include "naive.hpp"
#include "pattern_match.hpp"
#include "random_pairs.hpp"
#include "test_util.hpp"

using editops::detail::LanesTarget;
using testing::Seq;
using testing::view;

namespace {

std::vector<LanesTarget> runnable_targets() {
  std::vector<LanesTarget> targets = {LanesTarget::Baseline};
  if (editops::detail::lanes_target() == LanesTarget::Avx2) targets.push_back(LanesTarget::Avx2);
  return targets;
}

}  // namespace

TEST_CASE(every_lanes_build_gives_the_naive_distance) {
  std::mt19937_64 rng(testing::test_seed(83));
  for (int round = 0; round < testing::scaled(400); ++round) {
    const Seq symbols = testing::random_alphabet(rng, 2 + rng() % 4);
    const Seq pattern = testing::random_seq(rng, 1 + rng() % editops::detail::kMaxLanePattern, symbols);
    std::vector<Seq> texts;
    std::vector<editops::Sequence> views;
    for (size_t l = 0; l < editops::detail::kLanes; ++l) texts.push_back(testing::random_seq(rng, rng() % 40, symbols));
    for (const Seq& text : texts) views.push_back(view(text));
    const editops::detail::PatternMatchVector PM(view(pattern));
    for (const bool osa : {false, true}) {
      for (const LanesTarget target : runnable_targets()) {
        std::vector<int64_t> got(editops::detail::kLanes, -7);
        editops::detail::myers_lanes_distance_on(target, PM, pattern.size(), osa, views.data(), got.data());
        for (size_t l = 0; l < texts.size(); ++l) {
          const int64_t want = osa ? editops::naive::osa_distance(view(pattern), views[l])
                                   : editops::naive::levenshtein_distance(view(pattern), views[l]);
          if (got[l] != want) {
            check::fail(__FILE__, __LINE__,
                        "lane " + std::to_string(l) + ": " + std::to_string(got[l]) + " != " + std::to_string(want) +
                            (osa ? " (osa" : " (levenshtein") +
                            (target == LanesTarget::Avx2 ? ", avx2)" : ", baseline)") + "\n    pattern " +
                            check::show(pattern) + "\n    text " + check::show(texts[l]));
            return;
          }
        }
      }
    }
  }
}

TEST_CASE(the_dispatcher_picks_avx2_where_the_cpu_has_it) {
#if defined(__x86_64__) && !defined(__EMSCRIPTEN__)
  __builtin_cpu_init();
  const bool cpu_has_avx2 = __builtin_cpu_supports("avx2") != 0;
  CHECK_EQ(editops::detail::lanes_target(), cpu_has_avx2 ? LanesTarget::Avx2 : LanesTarget::Baseline);
#else
  CHECK_EQ(editops::detail::lanes_target(), LanesTarget::Baseline);
#endif
}

int main() { return check::run_all(); }
