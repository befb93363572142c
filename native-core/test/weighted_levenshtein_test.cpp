#include "weighted_levenshtein.hpp"

#include <random>

#include "check.hpp"
#include "oracle_check.hpp"
#include "random_pairs.hpp"
#include "test_util.hpp"

using editops::Metric;
using editops::Status;
using editops::Weights;
using testing::kDelete;
using testing::kInsert;
using testing::kReplace;
using testing::Ops;
using testing::options_for;
using testing::Seq;
using testing::seq;

namespace {

// Weights{insert, remove, replace}.
int64_t distance(const Seq& a, const Seq& b, Weights w, int64_t max = -1) {
  return testing::distance(options_for(Metric::Levenshtein, max, w), a, b);
}
testing::Script script(const Seq& a, const Seq& b, Weights w, int64_t max = -1) {
  return testing::script(options_for(Metric::Levenshtein, max, w), a, b);
}
bool agrees(const Seq& a, const Seq& b, Weights w, int64_t max = -1) {
  return testing::agrees_with_oracle(options_for(Metric::Levenshtein, max, w), a, b);
}

}  // namespace

TEST_CASE(replace_dearer_than_insert_plus_delete) {
  const Weights w{1, 1, 3};
  CHECK_EQ(distance(seq(U"a"), seq(U"b"), w), 2);
  // From (1, 1): no match, replace costs 3, delete reaches D = 2; then insert along row 0.
  CHECK_EQ(script(seq(U"a"), seq(U"b"), w).ops, (Ops{kInsert, 0, 0, kDelete, 0, 1}));
  CHECK_EQ(script(seq(U"abc"), seq(U"abd"), w).ops, (Ops{kInsert, 2, 2, kDelete, 2, 3}));
  CHECK_EQ(distance(seq(U"kitten"), seq(U"sitting"), Weights{1, 1, 2}), 5);  // the indel distance
  CHECK(agrees(seq(U"kitten"), seq(U"sitting"), Weights{1, 1, 2}));
  CHECK(agrees(seq(U"kitten"), seq(U"sitting"), w, 4));
}

TEST_CASE(unequal_insert_and_delete) {
  const Weights cheap_insert{1, 10, 10};
  CHECK_EQ(distance(seq(U"abc"), seq(U"xyz"), cheap_insert), 30);
  CHECK_EQ(distance(seq(U"abc"), seq(U"xyz"), Weights{1, 2, 10}), 9);
  CHECK_EQ(distance(seq(U"xyz"), seq(U"abc"), Weights{2, 1, 10}), 9);
  CHECK_EQ(distance(seq(U"ab"), seq(U"b"), Weights{10, 1, 10}), 1);
  CHECK_EQ(distance({}, seq(U"abc"), Weights{2, 3, 4}), 6);
  CHECK_EQ(distance(seq(U"ab"), {}, Weights{2, 3, 4}), 6);
  CHECK_EQ(script(seq(U"ab"), {}, Weights{2, 3, 4}).ops, (Ops{kDelete, 0, 0, kDelete, 1, 0}));
  CHECK_EQ(script({}, seq(U"ab"), Weights{2, 3, 4}).ops, (Ops{kInsert, 0, 0, kInsert, 0, 1}));
  CHECK(agrees(seq(U"abc"), seq(U"xyz"), Weights{1, 2, 10}));
  CHECK(agrees(seq(U"abcdef"), seq(U"azced"), Weights{3, 1, 2}));
}

TEST_CASE(uniform_weights_scale_the_unit_script) {
  const Weights two{2, 2, 2};
  const Seq a = seq(U"kitten");
  const Seq b = seq(U"sitting");
  CHECK_EQ(distance(a, b, two), 6);
  CHECK_EQ(script(a, b, two).ops, (Ops{kReplace, 0, 0, kReplace, 4, 4, kInsert, 6, 6}));
  CHECK_EQ(distance(a, b, two, 5), 6);
  CHECK_EQ(distance(a, b, two, 6), 6);
  CHECK_EQ(distance(a, b, two, 7), 6);
  CHECK_EQ(script(a, b, two, 5).status, Status::OverMaxDistance);
  CHECK_EQ(script(a, b, two, 6).status, Status::Ok);
  CHECK(agrees(a, b, Weights{5, 5, 5}, 14));
}

TEST_CASE(empty_and_equal) {
  const Weights w{2, 3, 5};
  CHECK_EQ(distance({}, {}, w), 0);
  CHECK(script({}, {}, w).ops.empty());
  const Seq s = seq(U"the same text, twice");
  CHECK_EQ(distance(s, s, w), 0);
  CHECK_EQ(script(s, s, w).status, Status::Ok);
  CHECK(script(s, s, w).ops.empty());
}

TEST_CASE(nul_and_wide_symbols) {
  const Weights w{1, 2, 2};
  CHECK_EQ(distance(Seq{0}, Seq{}, w), 2);
  CHECK_EQ(distance(Seq{0x1F600}, Seq{0x1F601}, w), 2);
  CHECK(agrees(Seq{0, 0x1F600, 0, 0xFFFFFFFF, 65}, Seq{0x1F600, 0, 0, 65, 0xFFFFFFFF, 0}, w));
  CHECK(agrees(Seq{256, 512, 0, 768, 1024}, Seq{0, 256, 768, 512, 1280}, Weights{3, 1, 2}));
}

TEST_CASE(max_distance_clamps) {
  const Weights w{1, 2, 3};
  const Seq a = seq(U"kitten");
  const Seq b = seq(U"sitting");
  const int64_t d = distance(a, b, w);
  for (int64_t k = 0; k <= d + 1; ++k) {
    CHECK_EQ(distance(a, b, w, k), std::min(d, k + 1));
    CHECK_EQ(script(a, b, w, k).status, d > k ? Status::OverMaxDistance : Status::Ok);
  }
  CHECK_EQ(distance(seq(U"a"), seq(U"abcdefgh"), Weights{2, 1, 1}, 13), 14);  // length bound
  std::mt19937_64 rng(3);
  const Seq x = testing::random_seq(rng, 150, {'a', 'b'});
  const Seq y = testing::random_seq(rng, 170, {'b', 'c'});
  for (int64_t k : {0, 5, 60, 150, 1000}) CHECK(agrees(x, y, Weights{2, 1, 3}, k));
}

TEST_CASE(unsupported_and_too_large_weights) {
  const Seq a = seq(U"abc");
  const Seq b = seq(U"abd");
  Ops ops = {1, 2, 3};
  editops::Options negative = options_for(Metric::Levenshtein, -1, Weights{1, -1, 1});
  CHECK_EQ(testing::distance(negative, a, b), -1);
  CHECK_EQ(editops::editops(testing::view(a), testing::view(b), negative, ops), Status::Unsupported);
  CHECK(ops.empty());
  for (const Weights w : {Weights{INT64_MAX / 2, 1, 1}, Weights{INT64_MAX / 3, INT64_MAX / 3,
                                                                 INT64_MAX / 3}}) {
    const editops::Options huge = options_for(Metric::Levenshtein, -1, w);
    CHECK_EQ(testing::distance(huge, a, b), editops::kDistanceTooLarge);
    CHECK_EQ(editops::editops(testing::view(a), testing::view(b), huge, ops), Status::TooLarge);
    CHECK(ops.empty());
  }
  // Weights of the TypeScript layer's maximum (2^20) are fine.
  CHECK_EQ(distance(a, b, Weights{1 << 20, 1 << 20, 1 << 19}), 1 << 19);
}

TEST_CASE(editops_bytes_saturate) {
  using editops::detail::weighted_levenshtein_editops_bytes;
  CHECK_EQ(weighted_levenshtein_editops_bytes(0, 10), uint64_t{120});
  CHECK(weighted_levenshtein_editops_bytes(30000, 30000) < editops::kEditopsMemoryBudget);
  CHECK(weighted_levenshtein_editops_bytes(300000, 300000) > editops::kEditopsMemoryBudget);
  CHECK_EQ(weighted_levenshtein_editops_bytes(UINT64_MAX, UINT64_MAX), UINT64_MAX);
}

TEST_CASE(random_pairs_match_the_oracle) {
  testing::random_differential(5, 4000, [](std::mt19937_64& rng) {
    const auto weight = [&rng]() -> int64_t { return rng() % 8 == 0 ? 0 : 1 + rng() % 4; };
    return options_for(Metric::Levenshtein, -1, Weights{weight(), weight(), weight()});
  });
}

int main() { return check::run_all(); }
