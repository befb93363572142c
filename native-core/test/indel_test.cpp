#include "indel.hpp"

#include <random>

#include "check.hpp"
#include "oracle_check.hpp"
#include "random_pairs.hpp"
#include "test_util.hpp"

using editops::Metric;
using editops::Status;
using testing::kDelete;
using testing::kInsert;
using testing::Ops;
using testing::options_for;
using testing::Seq;
using testing::seq;

namespace {

const editops::Options kIndel = options_for(Metric::Indel);

int64_t distance(const Seq& a, const Seq& b, int64_t max = -1) {
  return testing::distance(options_for(Metric::Indel, max), a, b);
}
testing::Script script(const Seq& a, const Seq& b, int64_t max = -1) {
  return testing::script(options_for(Metric::Indel, max), a, b);
}
bool agrees(const Seq& a, const Seq& b, int64_t max = -1) {
  return testing::agrees_with_oracle(options_for(Metric::Indel, max), a, b);
}

}  // namespace

TEST_CASE(hand_checked) {
  CHECK_EQ(distance(seq(U"kitten"), seq(U"sitting")), 5);  // LCS "ittn"
  CHECK_EQ(distance(seq(U"ab"), seq(U"ba")), 2);
  // From the end: b/a differ, L[1][2] == L[2][2] so delete b; a matches; insert b at the front.
  CHECK_EQ(script(seq(U"ab"), seq(U"ba")).ops, (Ops{kInsert, 0, 0, kDelete, 1, 2}));
  CHECK_EQ(script(seq(U"abc"), seq(U"axc")).ops, (Ops{kInsert, 1, 1, kDelete, 1, 2}));
  CHECK_EQ(script(seq(U"aaa"), seq(U"aa")).ops, (Ops{kDelete, 0, 0}));
  CHECK_EQ(script(seq(U"ab"), seq(U"aab")).ops, (Ops{kInsert, 0, 0}));
  CHECK(agrees(seq(U"kitten"), seq(U"sitting"), 4));
  CHECK(agrees(seq(U"kitten"), seq(U"sitting"), 5));
}

TEST_CASE(empty_and_equal) {
  CHECK_EQ(distance({}, {}), 0);
  CHECK_EQ(distance(seq(U"abc"), {}), 3);
  CHECK_EQ(distance({}, seq(U"abcd")), 4);
  CHECK(script({}, {}).ops.empty());
  CHECK_EQ(script(seq(U"ab"), {}).ops, (Ops{kDelete, 0, 0, kDelete, 1, 0}));
  CHECK_EQ(script({}, seq(U"ab")).ops, (Ops{kInsert, 0, 0, kInsert, 0, 1}));
  const Seq s = seq(U"the same text, twice");
  CHECK_EQ(distance(s, s), 0);
  CHECK(script(s, s).ops.empty());
}

TEST_CASE(nul_and_wide_symbols) {
  CHECK_EQ(distance(Seq{0}, Seq{}), 1);
  CHECK_EQ(distance(Seq{0x1F600}, Seq{0x1F601}), 2);
  CHECK(agrees(Seq{0, 0x1F600, 0, 0xFFFFFFFF, 65}, Seq{0x1F600, 0, 0, 65, 0xFFFFFFFF, 0}));
  CHECK(agrees(Seq{256, 512, 0, 768, 1024}, Seq{0, 256, 768, 512, 1280}));
}

TEST_CASE(word_boundaries) {
  std::mt19937_64 rng(64);
  const Seq alphabet = {'a', 'b', 'c', 0x10000};
  const size_t lengths[] = {1, 2, 63, 64, 65, 127, 128, 129, 191, 192, 193};
  for (size_t n : lengths) {
    for (size_t m : lengths) {
      const Seq a = testing::random_seq(rng, n, alphabet);
      const Seq b = testing::random_seq(rng, m, alphabet);
      if (!agrees(a, b, static_cast<int64_t>((n + m) / 3))) return;
      if (!agrees(a, testing::derive(rng, a, alphabet, n))) return;
    }
  }
}

TEST_CASE(long_strings) {
  std::mt19937_64 rng(5000);
  const Seq alphabet = {'A', 'C', 'G', 'T', 0, 0x2603, 0x1F600};
  const Seq a = testing::random_seq(rng, 3000, alphabet);
  CHECK(agrees(a, testing::random_seq(rng, 2000, alphabet)));
  Seq c = a;
  for (size_t k = 17; k < c.size(); k += 499) c[k] = 'x';
  c.insert(c.begin() + 2500, {'y', 'y'});
  CHECK(agrees(a, c, 20));
  CHECK(agrees(testing::random_wide_seq(rng, 700), testing::random_wide_seq(rng, 900)));
}

TEST_CASE(max_distance_clamps) {
  const Seq a = seq(U"kitten");
  const Seq b = seq(U"sitting");
  CHECK_EQ(distance(a, b, 0), 1);
  CHECK_EQ(distance(a, b, 4), 5);
  CHECK_EQ(distance(a, b, 5), 5);
  CHECK_EQ(script(a, b, 4).status, Status::OverMaxDistance);
  CHECK(script(a, b, 4).ops.empty());
  std::mt19937_64 rng(3);
  for (size_t n : {40, 300}) {  // the periodic early exit, single word and blocked
    const Seq x = testing::random_seq(rng, n, {'a', 'b'});
    const Seq y = testing::random_seq(rng, 3 * n, {'b', 'c'});
    for (int64_t k : {int64_t{0}, int64_t{1}, int64_t{5}, int64_t{79}, 2 * static_cast<int64_t>(n), int64_t{1000}}) CHECK(agrees(x, y, k));
  }
}

TEST_CASE(editops_bytes_saturate) {
  using editops::detail::indel_editops_bytes;
  CHECK_EQ(indel_editops_bytes(0, 10), uint64_t{120});
  CHECK(indel_editops_bytes(5000, 3000) < editops::kEditopsMemoryBudget);
  CHECK(indel_editops_bytes(1000000, 1000000) < editops::kEditopsMemoryBudget);
  CHECK(indel_editops_bytes(3000000, 3000000) > editops::kEditopsMemoryBudget);
  CHECK(indel_editops_bytes(10000000, 10000000, 1000) < editops::kEditopsMemoryBudget);
  CHECK_EQ(indel_editops_bytes(UINT64_MAX, UINT64_MAX), UINT64_MAX);
}

TEST_CASE(random_pairs_match_the_oracle) {
  testing::random_differential(3, 4000, [](std::mt19937_64&) { return kIndel; });
}

int main() { return check::run_all(); }
