// mbleven (mbleven.cpp) against the naive oracles: every pair of short strings over three symbols,
// every cutoff k <= 3, for Levenshtein and Indel; then random longer pairs with few edits.
#include "mbleven.hpp"

#include <random>
#include <vector>

#include "check.hpp"
#include "naive.hpp"
#include "random_pairs.hpp"
#include "test_util.hpp"

using testing::Seq;
using testing::view;

namespace {

bool agrees(const Seq& a, const Seq& b) {
  const int64_t lev = editops::naive::levenshtein_distance(view(a), view(b));
  const int64_t indel = editops::naive::indel_distance(view(a), view(b));
  for (int64_t k = 0; k <= 3; ++k) {
    const int64_t want_lev = lev > k ? k + 1 : lev;
    const int64_t want_indel = indel > k ? k + 1 : indel;
    const int64_t got_lev = editops::detail::mbleven_levenshtein(view(a), view(b), k);
    const int64_t got_indel = editops::detail::mbleven_indel(view(a), view(b), k);
    if (got_lev != want_lev || got_indel != want_indel) {
      CHECK_EQ(got_lev, want_lev);
      CHECK_EQ(got_indel, want_indel);
      CHECK_EQ(k, int64_t{-1});  // names k in the report
      CHECK_EQ(a, b);            // names the pair
      return false;
    }
  }
  return true;
}

}  // namespace

TEST_CASE(all_short_pairs_over_three_symbols) {
  std::vector<Seq> all = {{}};
  for (size_t begin = 0, len = 0; len < 5; ++len) {
    const size_t end = all.size();
    for (size_t s = begin; s < end; ++s) {
      for (editops::Symbol c : {'a', 'b', 'c'}) {
        Seq next = all[s];
        next.push_back(c);
        all.push_back(next);
      }
    }
    begin = end;
  }
  const size_t limit = testing::scaled(4) == 4 ? all.size() : 121;  // lengths <= 4 in slow builds
  for (size_t x = 0; x < limit; ++x) {
    for (size_t y = 0; y < limit; ++y) {
      if (!agrees(all[x], all[y])) return;
    }
  }
}

TEST_CASE(longer_pairs_with_few_edits) {
  std::mt19937_64 rng(3);
  for (int k = 0; k < testing::scaled(4000); ++k) {
    const Seq symbols = testing::random_alphabet(rng, 2 + rng() % 4);
    const Seq a = testing::random_seq(rng, rng() % 60, symbols);
    const Seq b = testing::derive(rng, a, symbols, 60);
    if (!agrees(a, b)) return;
  }
}

int main() { return check::run_all(); }
