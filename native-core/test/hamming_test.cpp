#include "hamming.hpp"

#include <random>

#include "check.hpp"
#include "oracle_check.hpp"
#include "random_pairs.hpp"
#include "test_util.hpp"

using editops::Metric;
using editops::Status;
using testing::kDelete;
using testing::kInsert;
using testing::kReplace;
using testing::Ops;
using testing::options_for;
using testing::Seq;
using testing::seq;

namespace {

const editops::Options kHamming = options_for(Metric::Hamming);

int64_t distance(const Seq& a, const Seq& b, int64_t max = -1) {
  return testing::distance(options_for(Metric::Hamming, max), a, b);
}
testing::Script script(const Seq& a, const Seq& b, int64_t max = -1) {
  return testing::script(options_for(Metric::Hamming, max), a, b);
}
bool agrees(const Seq& a, const Seq& b, int64_t max = -1) {
  return testing::agrees_with_oracle(options_for(Metric::Hamming, max), a, b);
}

}  // namespace

TEST_CASE(equal_lengths) {
  CHECK_EQ(distance(seq(U"karolin"), seq(U"kathrin")), 3);
  CHECK_EQ(script(seq(U"karolin"), seq(U"kathrin")).ops,
           (Ops{kReplace, 2, 2, kReplace, 3, 3, kReplace, 4, 4}));
  CHECK_EQ(distance(seq(U"ab"), seq(U"ba")), 2);
  CHECK(agrees(seq(U"karolin"), seq(U"kathrin"), 2));
}

TEST_CASE(padded) {
  CHECK_EQ(distance(seq(U"abc"), seq(U"abcde")), 2);
  CHECK_EQ(script(seq(U"abc"), seq(U"abcde")).ops, (Ops{kInsert, 3, 3, kInsert, 3, 4}));
  CHECK_EQ(distance(seq(U"abcde"), seq(U"xb")), 4);
  CHECK_EQ(script(seq(U"abcde"), seq(U"xb")).ops,
           (Ops{kReplace, 0, 0, kDelete, 2, 2, kDelete, 3, 2, kDelete, 4, 2}));
}

TEST_CASE(no_trimming) {
  // Trimming the common suffix "ab" first would leave one insert; Hamming compares by index.
  CHECK_EQ(distance(seq(U"ab"), seq(U"aab")), 2);
  CHECK_EQ(script(seq(U"ab"), seq(U"aab")).ops, (Ops{kReplace, 1, 1, kInsert, 2, 2}));
  CHECK_EQ(script(seq(U"xabc"), seq(U"abc")).ops,
           (Ops{kReplace, 0, 0, kReplace, 1, 1, kReplace, 2, 2, kDelete, 3, 3}));
}

TEST_CASE(empty_and_equal) {
  CHECK_EQ(distance({}, {}), 0);
  CHECK_EQ(distance(seq(U"abc"), {}), 3);
  CHECK(script({}, {}).ops.empty());
  CHECK_EQ(script(seq(U"ab"), {}).ops, (Ops{kDelete, 0, 0, kDelete, 1, 0}));
  CHECK_EQ(script({}, seq(U"ab")).ops, (Ops{kInsert, 0, 0, kInsert, 0, 1}));
  const Seq s = seq(U"the same text, twice");
  CHECK_EQ(distance(s, s), 0);
  CHECK(script(s, s).ops.empty());
}

TEST_CASE(nul_and_wide_symbols) {
  CHECK_EQ(distance(Seq{0, 0x10000, 0xFFFFFFFF}, Seq{0, 0x10001, 0xFFFFFFFF, 0}), 2);
  CHECK_EQ(script(Seq{0, 0x10000, 0xFFFFFFFF}, Seq{0, 0x10001, 0xFFFFFFFF, 0}).ops,
           (Ops{kReplace, 1, 1, kInsert, 3, 3}));
  CHECK(agrees(Seq{0, 0x1F600, 0, 0xFFFFFFFF, 65}, Seq{0x1F600, 0, 0, 65, 0xFFFFFFFF, 0}));
}

TEST_CASE(max_distance_clamps) {
  CHECK_EQ(distance(seq(U"karolin"), seq(U"kathrin"), 0), 1);
  CHECK_EQ(distance(seq(U"karolin"), seq(U"kathrin"), 2), 3);
  CHECK_EQ(distance(seq(U"karolin"), seq(U"kathrin"), 3), 3);
  CHECK_EQ(distance(seq(U"a"), seq(U"abcdefgh"), 3), 4);
  CHECK_EQ(script(seq(U"karolin"), seq(U"kathrin"), 2).status, Status::OverMaxDistance);
  CHECK(script(seq(U"karolin"), seq(U"kathrin"), 2).ops.empty());
  CHECK_EQ(script(seq(U"karolin"), seq(U"kathrin"), 3).status, Status::Ok);
}

TEST_CASE(random_pairs_match_the_oracle) {
  testing::random_differential(4, 4000, [](std::mt19937_64&) { return kHamming; });
}

int main() { return check::run_all(); }
