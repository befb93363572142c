// ratio, partial_ratio (+ alignment), QRatio, LCSseq, Prefix and Postfix (src/fuzzy): RapidFuzz's
// hand-checked cases, and the naive oracles (full LCS matrix; partial_ratio by brute force over
// every window) on random pairs.
#include <random>

#include "check.hpp"
#include "editops/fuzzy.hpp"
#include "fuzzy_test_util.hpp"
#include "naive_fuzzy.hpp"
#include "random_pairs.hpp"

namespace fz = editops::fuzzy;
namespace naive = editops::naive::fuzzy;
using testing::repeat;
using testing::Seq;
using testing::seq;
using testing::view;

namespace {

double ratio(const Seq& a, const Seq& b, double cutoff = 0.0) { return fz::ratio(view(a), view(b), cutoff); }
double partial(const Seq& a, const Seq& b, double cutoff = 0.0) {
  return fz::partial_ratio(view(a), view(b), cutoff);
}
fz::ScoreAlignment align(const Seq& a, const Seq& b, double cutoff = 0.0) {
  fz::ScoreAlignment out;
  fz::partial_ratio_alignment(view(a), view(b), cutoff, out);
  return out;
}

void check_alignment(const fz::ScoreAlignment& r, double score, size_t ss, size_t se, size_t ds, size_t de) {
  CHECK_NEAR(r.score, score, 1e-5);
  CHECK_EQ(r.src_start, ss);
  CHECK_EQ(r.src_end, se);
  CHECK_EQ(r.dest_start, ds);
  CHECK_EQ(r.dest_end, de);
}

// A pair that shares material: b is a window of a with a few edits, or a with a few edits.
std::pair<Seq, Seq> related_pair(std::mt19937_64& rng, size_t max_length) {
  Seq a = testing::random_symbols(rng, max_length, 2 + rng() % 5);
  Seq b = a;
  if (!b.empty() && rng() % 2 == 0) {
    const size_t start = rng() % b.size();
    const size_t length = rng() % (b.size() - start + 1);
    b = Seq(b.begin() + static_cast<std::ptrdiff_t>(start), b.begin() + static_cast<std::ptrdiff_t>(start + length));
  }
  for (size_t edits = rng() % 4; edits > 0; --edits) testing::edit_randomly(rng, b, {'a', 'b', 0x100});
  if (rng() % 2 == 0) std::swap(a, b);
  return {a, b};
}

}  // namespace

// Expected values: RapidFuzz tests/test_fuzz.py (the test names are given) and the examples in
// the docstrings of fuzz.ratio / fuzz.partial_ratio / fuzz.partial_ratio_alignment.
TEST_CASE(rapidfuzz_hand_checked_ratio) {
  CHECK_EQ(ratio(seq(U"new york mets"), seq(U"new york mets")), 100.0);  // test_no_processor
  CHECK(ratio(seq(U"new york mets"), seq(U"new YORK mets")) != 100.0);
  CHECK_NEAR(ratio(seq(U"this is a test"), seq(U"this is a test!")), 96.551724, 1e-5);  // docstring
  CHECK_EQ(ratio({}, {}), 100.0);                                                     // test_empty_string
  CHECK_EQ(fz::qratio(view(Seq{}), view(Seq{})), 0.0);
  CHECK(fz::qratio(view(seq(U"new york mets")), view(seq(U"the wonderful new york mets"))) != 100.0);
  CHECK_EQ(ratio(seq(U"ÁÄ"), seq(U"ABCD")), 0.0);  // test_simple_unicode_tests
}

TEST_CASE(rapidfuzz_hand_checked_partial_ratio) {
  CHECK_EQ(partial(seq(U"new york mets"), seq(U"the wonderful new york mets")), 100.0);  // test_partial_ratio
  CHECK_EQ(partial(seq(U"this is a test"), seq(U"this is a test!")), 100.0);             // docstring
  CHECK_NEAR(partial(seq(U"physics 2 vid"), seq(U"study physics physics 2")), 81.81818, 1e-5);  // test_issue76
  CHECK_EQ(partial(seq(U"physics 2 vid"), seq(U"study physics physics 2 video")), 100.0);
  CHECK_NEAR(partial(seq(U"ax b"), seq(U"a b a c b")), 85.71428, 1e-5);  // test_issue90
  Seq wide = repeat('a', 65);  // test_issue138: a symbol >= 256 in a needle longer than 64
  Seq other = repeat('a', 65);  // "a" + chr(256) + "a" * 63
  other[1] = 256;
  CHECK_NEAR(partial(wide, other), 99.22481, 1e-5);
  const Seq s1 = seq(U"aaaaaaaaaaaaaaaaaaaaaaaabacaaaaaaaabaaabaaaaaaaababbbbbbbbbbabbcb");  // testIssue257
  const Seq s2 = seq(U"aaaaaaaaaaaaaaaaaaaaaaaababaaaaaaaabaaabaaaaaaaababbbbbbbbbbabbcb");
  CHECK_NEAR(partial(s1, s2), 98.46153846153847, 1e-9);
  CHECK_NEAR(partial(s2, s1), 98.46153846153847, 1e-9);
  CHECK_EQ(partial({}, {}), 100.0);  // test_empty_string
  CHECK_EQ(partial(seq(U"ÁÄ"), seq(U"ABCD")), 0.0);
}

TEST_CASE(rapidfuzz_hand_checked_alignment) {
  const Seq a = seq(U"a certain string");  // test_partial_ratio_alignment
  const Seq s = seq(U"certain");
  check_alignment(align(s, a), 100.0, 0, 7, 2, 9);
  check_alignment(align(a, s), 100.0, 2, 9, 0, 7);
  fz::ScoreAlignment none;
  CHECK(!fz::partial_ratio_alignment(view(seq(U"test")), view(seq(U"tesx")), 90.0, none));
  CHECK_EQ(none.score, 0.0);
  check_alignment(align(a, seq(U"cetain")), 83.33333333333334, 2, 8, 0, 6);  // docstring
  // test_issue231: the best window is a prefix of the longer text.
  const Seq x = seq(U"er merkantilismus förderte handle und verkehr mit teils marktkonformen, teils dirigistischen maßnahmen.");
  const Seq y = seq(U"ils marktkonformen, teils dirigistischen maßnahmen. an der schwelle zum 19. jahrhundert entstand ein neu");
  const fz::ScoreAlignment r = align(x, y);
  CHECK_EQ(r.src_start, 0u);
  CHECK_EQ(r.src_end, 103u);
  CHECK_EQ(r.dest_start, 0u);
  CHECK_EQ(r.dest_end, 51u);
}

TEST_CASE(lcsseq_prefix_postfix) {
  // LCSseq docstring: distance("lewenstein", "levenshtein") = 2, normalized similarity 0.8181...
  const Seq a = seq(U"lewenstein");
  const Seq b = seq(U"levenshtein");
  CHECK_EQ(fz::lcsseq_similarity(view(a), view(b)), 9);
  CHECK_EQ(fz::lcsseq_similarity(view(a), view(b), 9), 9);
  CHECK_EQ(fz::lcsseq_similarity(view(a), view(b), 10), 0);
  CHECK_EQ(fz::prefix_similarity(view(a), view(b)), 2);
  CHECK_EQ(fz::postfix_similarity(view(a), view(b)), 4);
  CHECK_EQ(fz::postfix_similarity(view(a), view(b), 5), 0);
  CHECK_EQ(fz::prefix_similarity(view(Seq{}), view(b)), 0);
}

TEST_CASE(random_pairs_match_the_oracles) {
  std::mt19937_64 rng(testing::test_seed(21));
  for (int round = 0; round < testing::scaled(3000); ++round) {
    const auto [a, b] = related_pair(rng, round % 4 == 0 ? 150 : 14);
    CHECK_EQ(ratio(a, b), naive::ratio(a, b));
    CHECK_EQ(fz::lcsseq_similarity(view(a), view(b)), naive::lcs_length(a, b));
    CHECK_EQ(fz::prefix_similarity(view(a), view(b)), naive::prefix_length(a, b));
    CHECK_EQ(fz::postfix_similarity(view(a), view(b)), naive::postfix_length(a, b));
    const naive::Alignment expected = naive::partial_ratio_alignment(a, b);
    const fz::ScoreAlignment got = align(a, b);
    CHECK_EQ(got.score, expected.score);
    CHECK_EQ(got.src_start, expected.src_start);
    CHECK_EQ(got.src_end, expected.src_end);
    CHECK_EQ(got.dest_start, expected.dest_start);
    CHECK_EQ(got.dest_end, expected.dest_end);
  }
}

// partial_ratio is symmetric (RapidFuzz tests it with symmetric_scorer_tester); with a cutoff,
// every score that reaches it is unchanged and every other one is 0.
TEST_CASE(symmetry_and_cutoff) {
  std::mt19937_64 rng(testing::test_seed(22));
  for (int round = 0; round < testing::scaled(2000); ++round) {
    const auto [a, b] = related_pair(rng, round % 4 == 0 ? 100 : 12);
    const double r = ratio(a, b);
    const double p = partial(a, b);
    CHECK_EQ(ratio(b, a), r);
    CHECK_EQ(partial(b, a), p);
    for (double cutoff : {r, r - 1e-4, r + 1e-4, 50.0, 80.0, 100.0, 101.0}) {
      CHECK_EQ(ratio(a, b, cutoff), r >= cutoff ? r : 0.0);
    }
    for (double cutoff : {p, p - 1e-4, p + 1e-4, 50.0, 80.0, 100.0, 101.0}) {
      CHECK_EQ(partial(a, b, cutoff), p >= cutoff ? p : 0.0);
    }
    const auto lcs = naive::lcs_length(a, b);
    CHECK_EQ(fz::lcsseq_similarity(view(a), view(b), lcs), lcs);
    CHECK_EQ(fz::lcsseq_similarity(view(a), view(b), lcs + 1), 0);
  }
}

int main() { return check::run_all(); }
