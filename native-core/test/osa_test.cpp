#include "osa.hpp"

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
using testing::kTranspose;
using testing::Ops;
using testing::options_for;
using testing::Seq;
using testing::seq;

namespace {

const editops::Options kOsa = options_for(Metric::Osa);

int64_t distance(const Seq& a, const Seq& b, int64_t max = -1) {
  return testing::distance(options_for(Metric::Osa, max), a, b);
}
testing::Script script(const Seq& a, const Seq& b, int64_t max = -1) {
  return testing::script(options_for(Metric::Osa, max), a, b);
}
bool agrees(const Seq& a, const Seq& b, int64_t max = -1) {
  return testing::agrees_with_oracle(options_for(Metric::Osa, max), a, b);
}

}  // namespace

TEST_CASE(documented_examples) {
  CHECK_EQ(distance(seq(U"absolute"), seq(U"bsiluti")), 3);
  CHECK_EQ(script(seq(U"absolute"), seq(U"bsiluti")).ops,
           (Ops{kDelete, 0, 0, kReplace, 3, 2, kReplace, 7, 6}));
  CHECK_EQ(distance(seq(U"ca"), seq(U"abc")), 3);  // OSA may not edit the swapped pair again
  CHECK_EQ(distance(seq(U"ab"), seq(U"ba")), 1);
  CHECK_EQ(script(seq(U"ab"), seq(U"ba")).ops, (Ops{kTranspose, 0, 0}));
  for (const char32_t* a : {U"absolute", U"ca", U"ab", U"abc"}) {
    for (const char32_t* b : {U"bsiluti", U"abc", U"ba", U"acb", U"bca", U""}) {
      CHECK(agrees(seq(a), seq(b)));
    }
  }
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
  CHECK_EQ(script(s, s).status, Status::Ok);
  CHECK(script(s, s).ops.empty());
}

TEST_CASE(transpositions_between_affixes) {
  CHECK_EQ(script(seq(U"xxabyy"), seq(U"xxbayy")).ops, (Ops{kTranspose, 2, 2}));
  CHECK_EQ(script(seq(U"abcd"), seq(U"badc")).ops, (Ops{kTranspose, 0, 0, kTranspose, 2, 2}));
  CHECK(agrees(seq(U"abab"), seq(U"baba")));
  CHECK(agrees(seq(U"aabb"), seq(U"abab")));
}

TEST_CASE(nul_and_wide_symbols) {
  CHECK_EQ(script(Seq{0, 0x10000}, Seq{0x10000, 0}).ops, (Ops{kTranspose, 0, 0}));
  CHECK_EQ(script(Seq{0x1F600, 0, 5}, Seq{0, 0x1F600, 5}).ops, (Ops{kTranspose, 0, 0}));
  CHECK(agrees(Seq{0, 0x1F600, 0, 0xFFFFFFFF, 65}, Seq{0x1F600, 0, 0, 65, 0xFFFFFFFF, 0}));
  CHECK(agrees(Seq{256, 512, 0, 768, 1024}, Seq{0, 256, 768, 512, 1280}));
}

TEST_CASE(transposition_across_word_boundaries) {
  // Untrimmable pairs with one swap straddling rows 64 / 65 (and 128 / 129) of the blocked path.
  std::mt19937_64 rng(63);
  for (size_t swap_at : {62, 63, 64, 126, 127, 128}) {
    Seq a = testing::random_seq(rng, 140, {'a', 'b', 'c'});
    a[swap_at] = 'x';
    a[swap_at + 1] = 'y';
    Seq b = a;
    std::swap(b[swap_at], b[swap_at + 1]);
    b.front() = 'z';
    b.back() = 'z';
    const auto at = static_cast<int32_t>(swap_at);
    CHECK_EQ(distance(a, b), 3);
    CHECK_EQ(script(a, b).ops, (Ops{kReplace, 0, 0, kTranspose, at, at, kReplace, 139, 139}));
    CHECK(agrees(a, b, 2));
    CHECK(agrees(b, a, 3));
  }
}

TEST_CASE(word_boundaries) {
  std::mt19937_64 rng(64);
  const Seq alphabet = {'a', 'b', 'c', 0x10000};
  const size_t lengths[] = {1, 2, 63, 64, 65, 127, 128, 129, 191, 192, 193};
  for (size_t n : lengths) {
    for (size_t m : lengths) {
      const Seq a = testing::random_seq(rng, n, alphabet);
      const Seq b = testing::random_seq(rng, m, alphabet);
      if (!agrees(a, b, static_cast<int64_t>((n + m) / 4))) return;
      if (!agrees(a, testing::derive(rng, a, alphabet, n))) return;
    }
  }
}

TEST_CASE(long_strings) {
  std::mt19937_64 rng(1000);
  const Seq alphabet = {'A', 'C', 'G', 'T', 0, 0x1F600};
  const Seq a = testing::random_seq(rng, 1000, alphabet);
  CHECK(agrees(a, testing::random_seq(rng, 900, alphabet)));
  Seq c = a;
  for (size_t k = 17; k + 1 < c.size(); k += 97) std::swap(c[k], c[k + 1]);
  c.insert(c.begin() + 500, {'y', 'y'});
  CHECK(agrees(a, c, 15));
  CHECK(agrees(a, c));
}

TEST_CASE(max_distance_clamps) {
  const Seq a = seq(U"absolute");
  const Seq b = seq(U"bsiluti");
  CHECK_EQ(distance(a, b, 0), 1);
  CHECK_EQ(distance(a, b, 2), 3);
  CHECK_EQ(distance(a, b, 3), 3);
  CHECK_EQ(distance(a, a, 0), 0);
  CHECK_EQ(distance(seq(U"a"), seq(U"abcdefgh"), 3), 4);
  CHECK_EQ(script(a, b, 2).status, Status::OverMaxDistance);
  CHECK(script(a, b, 2).ops.empty());
  CHECK_EQ(script(a, b, 3).status, Status::Ok);
  std::mt19937_64 rng(3);
  for (size_t n : {40, 300}) {  // the per-column early exit, single word and blocked
    const Seq x = testing::random_seq(rng, n, {'a', 'b'});
    const Seq y = testing::random_seq(rng, n + 5, {'b', 'c'});
    for (int64_t k : {0, 1, 5, 6, 39, 299, 400}) CHECK(agrees(x, y, k));
  }
}

TEST_CASE(editops_bytes_saturate) {
  using editops::detail::osa_editops_bytes;
  CHECK_EQ(osa_editops_bytes(0, 10), uint64_t{120});
  CHECK(osa_editops_bytes(5000, 3000) < editops::kEditopsMemoryBudget);
  // The split needs O(ceil(n / 64) * sqrt(m)) words: 1M x 1M fits, 3M x 3M does not; a cutoff
  // bounds the band, so 10M x 10M with a cutoff of 1000 fits too.
  CHECK(osa_editops_bytes(1000000, 1000000) < editops::kEditopsMemoryBudget);
  CHECK(osa_editops_bytes(3000000, 3000000) > editops::kEditopsMemoryBudget);
  CHECK(osa_editops_bytes(10000000, 10000000, 1000) < editops::kEditopsMemoryBudget);
  CHECK_EQ(osa_editops_bytes(UINT64_MAX, UINT64_MAX), UINT64_MAX);
}

TEST_CASE(random_pairs_match_the_oracle) {
  testing::random_differential(1, 4000, [](std::mt19937_64&) { return kOsa; });
}

int main() { return check::run_all(); }
