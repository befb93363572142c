#include "levenshtein.hpp"

#include <algorithm>
#include <random>

#include "check.hpp"
#include "naive.hpp"
#include "oracle_check.hpp"
#include "test_util.hpp"

using editops::Status;
using testing::agrees_with_oracle;
using testing::distance;
using testing::kDelete;
using testing::kInsert;
using testing::kReplace;
using testing::Ops;
using testing::script;
using testing::Seq;
using testing::seq;

TEST_CASE(empty_strings) {
  CHECK_EQ(distance({}, {}), 0);
  CHECK_EQ(distance(seq(U"abc"), {}), 3);
  CHECK_EQ(distance({}, seq(U"abcd")), 4);
  CHECK_EQ(script({}, {}).status, Status::Ok);
  CHECK(script({}, {}).ops.empty());
  CHECK_EQ(script(seq(U"ab"), {}).ops, (Ops{kDelete, 0, 0, kDelete, 1, 0}));
  CHECK_EQ(script({}, seq(U"ab")).ops, (Ops{kInsert, 0, 0, kInsert, 0, 1}));
}

TEST_CASE(equal_strings) {
  const Seq s = seq(U"the same text, twice");
  CHECK_EQ(distance(s, s), 0);
  CHECK_EQ(script(s, s).status, Status::Ok);
  CHECK(script(s, s).ops.empty());
}

TEST_CASE(kitten_sitting) {
  CHECK_EQ(distance(seq(U"kitten"), seq(U"sitting")), 3);
  CHECK_EQ(script(seq(U"kitten"), seq(U"sitting")).ops,
           (Ops{kReplace, 0, 0, kReplace, 4, 4, kInsert, 6, 6}));
  CHECK(agrees_with_oracle(seq(U"kitten"), seq(U"sitting"), 2));
}

TEST_CASE(overlapping_affixes_trim_suffix_first) {
  CHECK_EQ(script(seq(U"ab"), seq(U"aab")).ops, (Ops{kInsert, 0, 0}));
  CHECK_EQ(script(seq(U"aab"), seq(U"ab")).ops, (Ops{kDelete, 0, 0}));
  CHECK(agrees_with_oracle(seq(U"ab"), seq(U"aab")));
}

TEST_CASE(common_prefix_and_suffix_offset_positions) {
  const Seq a = seq(U"prefix-abc-suffix");
  const Seq b = seq(U"prefix-aXc-suffix");
  CHECK_EQ(distance(a, b), 1);
  CHECK_EQ(script(a, b).ops, (Ops{kReplace, 8, 8}));
  CHECK(agrees_with_oracle(seq(U"xxhello worldyy"), seq(U"xxhelo wordlyy")));
}

TEST_CASE(all_different) {
  CHECK_EQ(distance(seq(U"abc"), seq(U"xyz")), 3);
  CHECK_EQ(script(seq(U"abc"), seq(U"xyz")).ops,
           (Ops{kReplace, 0, 0, kReplace, 1, 1, kReplace, 2, 2}));
  CHECK_EQ(distance(seq(U"abc"), seq(U"vwxyz")), 5);
  CHECK(agrees_with_oracle(seq(U"abc"), seq(U"vwxyz")));
}

TEST_CASE(nul_and_wide_symbols) {
  // NUL is an ordinary symbol, and symbols above 0xFFFF (and above 0x10FFFF) compare exactly.
  const Seq a = {0, 0x1F600, 0, 0xFFFFFFFF, 65, 0x10000};
  const Seq b = {0x1F600, 0, 0, 0xFFFFFFFE, 65, 0x10000, 0};
  CHECK_EQ(distance(Seq{0}, Seq{}), 1);
  CHECK_EQ(distance(Seq{0, 0}, Seq{0}), 1);
  CHECK_EQ(distance(Seq{0x1F600}, Seq{0x1F601}), 1);
  CHECK(agrees_with_oracle(a, b));
  CHECK(agrees_with_oracle(Seq(70, 0x1F600), Seq(65, 0x1F601)));
  // 256 and 0x100 + 256k collide in low bits; 0 and 256 must not be confused either.
  CHECK(agrees_with_oracle(Seq{256, 512, 0, 768, 1024}, Seq{0, 256, 768, 512, 1280}));
}

TEST_CASE(word_boundaries) {
  std::mt19937_64 rng(64);
  const Seq alphabet = {'a', 'b', 'c', 0x10000};
  const size_t lengths[] = {1, 2, 63, 64, 65, 127, 128, 129, 191, 192, 193};
  for (size_t n : lengths) {
    for (size_t m : lengths) {
      const Seq a = testing::random_seq(rng, n, alphabet);
      const Seq b = testing::random_seq(rng, m, alphabet);
      if (!agrees_with_oracle(a, b, static_cast<int64_t>((n + m) / 4))) return;
      // A pattern whose last row is exactly a word boundary and a text that differs at the end.
      Seq c = a;
      c.back() = 'z';
      if (!agrees_with_oracle(a, c)) return;
    }
  }
}

TEST_CASE(long_strings) {
  std::mt19937_64 rng(5000);
  const Seq alphabet = {'A', 'C', 'G', 'T', 0, 0x2603, 0x1F600};
  const Seq a = testing::random_seq(rng, 5000, alphabet);
  const Seq b = testing::random_seq(rng, 3000, alphabet);
  CHECK(agrees_with_oracle(a, b));

  // Mostly equal long strings: few ops spread over many words.
  Seq c = a;
  for (size_t k = 17; k < c.size(); k += 499) c[k] = 'x';
  c.insert(c.begin() + 2500, {'y', 'y'});
  c.erase(c.begin() + 4000);
  CHECK(agrees_with_oracle(a, c, 20));
  CHECK(agrees_with_oracle(testing::random_wide_seq(rng, 700), testing::random_wide_seq(rng, 900)));
}

TEST_CASE(max_distance_clamps) {
  const Seq a = seq(U"kitten");
  const Seq b = seq(U"sitting");
  CHECK_EQ(distance(a, b, 0), 1);
  CHECK_EQ(distance(a, b, 1), 2);
  CHECK_EQ(distance(a, b, 2), 3);
  CHECK_EQ(distance(a, b, 3), 3);
  CHECK_EQ(distance(a, b, 100), 3);
  CHECK_EQ(distance(a, a, 0), 0);
  CHECK_EQ(distance(seq(U"a"), seq(U"abcdefgh"), 3), 4);  // early exit on |n - m|
  CHECK_EQ(script(a, b, 2).status, Status::OverMaxDistance);
  CHECK(script(a, b, 2).ops.empty());
  CHECK_EQ(script(a, b, 3).status, Status::Ok);
  CHECK_EQ(script(seq(U"a"), seq(U"abcdefgh"), 3).status, Status::OverMaxDistance);

  // The per-column early exit, on the single-word and the blocked path.
  std::mt19937_64 rng(3);
  const Seq ab = {'a', 'b'};
  for (size_t n : {40, 300}) {
    const Seq x = testing::random_seq(rng, n, ab);
    const Seq y = testing::random_seq(rng, n + 5, {'c'});
    for (int64_t k : {0, 1, 5, 6, 39, 299, 400}) {
      const int64_t d = editops::naive::levenshtein_distance(testing::view(x), testing::view(y));
      CHECK_EQ(distance(x, y, k), std::min(d, k + 1));
      CHECK_EQ(script(x, y, k).status, d > k ? Status::OverMaxDistance : Status::Ok);
    }
  }
}

TEST_CASE(editops_bytes_saturate) {
  using editops::detail::levenshtein_editops_bytes;
  CHECK_EQ(levenshtein_editops_bytes(0, 0), uint64_t{0});
  CHECK_EQ(levenshtein_editops_bytes(0, 10), uint64_t{120});
  CHECK(levenshtein_editops_bytes(5000, 3000) < editops::kEditopsMemoryBudget);
  // The split needs O(ceil(n / 64) * sqrt(m)) words: 1M x 1M fits, 3M x 3M does not; a cutoff
  // bounds the band, so 10M x 10M with a cutoff of 1000 fits too.
  CHECK(levenshtein_editops_bytes(1000000, 1000000) < editops::kEditopsMemoryBudget);
  CHECK(levenshtein_editops_bytes(3000000, 3000000) > editops::kEditopsMemoryBudget);
  CHECK(levenshtein_editops_bytes(10000000, 10000000, 1000) < editops::kEditopsMemoryBudget);
  CHECK_EQ(levenshtein_editops_bytes(UINT64_MAX, UINT64_MAX), UINT64_MAX);
}

int main() { return check::run_all(); }
