// Jaro and Jaro-Winkler (src/fuzzy/jaro.cpp): RapidFuzz's hand-checked cases, the textbook O(n*m)
// oracle on random pairs (short and longer than one 64-symbol word), symmetry and the cutoff.
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

double jaro(const Seq& a, const Seq& b, double cutoff = 0.0) { return fz::jaro_similarity(view(a), view(b), cutoff); }
double jw(const Seq& a, const Seq& b, double cutoff = 0.0) {
  return fz::jaro_winkler_similarity(view(a), view(b), 0.1, cutoff);
}
Seq digits(const char* s) {
  Seq out;
  for (; *s; ++s) out.push_back(static_cast<editops::Symbol>(*s));
  return out;
}

struct Case {
  Seq a, b;
  double jaro, jaro_winkler;
};

}  // namespace

// Expected values: RapidFuzz tests/distance/test_Jaro.py and test_JaroWinkler.py
// (test_hash_special_case, test_edge_case_lengths), to the 4-5 decimals those tests state.
TEST_CASE(rapidfuzz_edge_case_lengths) {
  const Case cases[] = {
      {{}, {}, 0.0, 0.0},
      {seq(U"0"), seq(U"0"), 1.0, 1.0},
      {seq(U"00"), seq(U"00"), 1.0, 1.0},
      {seq(U"0"), seq(U"00"), 0.83333, 0.85},
      {repeat('0', 65), repeat('0', 65), 1.0, 1.0},
      {repeat('0', 64), repeat('0', 65), 0.99487, 0.9969},
      {repeat('0', 63), repeat('0', 65), 0.98974, 0.9938},
      {digits("10000000000000000000000000000000000000000000000000000000000000020"),
       digits("00000000000000000000000000000000000000000000000000000000000000000"), 0.97948, 0.97948},
      {digits("0000000000000000000000000000000000000000000000000000000000000000000000000000001"),
       digits("00000000000000100000000000000000000000010000000000000000000000000"), 0.92223, 0.95333},
      // [0, -1] vs [0, -2] in Python: two hashes that share their low bits.
      {{0, 0xFFFFFFFF}, {0, 0xFFFFFFFE}, 0.66666, 0.66666},
  };
  for (const Case& c : cases) {
    CHECK_NEAR(jaro(c.a, c.b), c.jaro, 1e-5);
    CHECK_NEAR(jaro(c.b, c.a), c.jaro, 1e-5);
    CHECK_NEAR(jw(c.a, c.b), c.jaro_winkler, 1e-4);
    CHECK_NEAR(jw(c.b, c.a), c.jaro_winkler, 1e-4);
  }
  // 128 symbols against 65 (several words of match flags).
  Seq long_text = repeat('0', 128);
  long_text[1] = '1';
  CHECK_NEAR(jaro(long_text, repeat('0', 65)), 0.83593, 1e-5);
  CHECK_NEAR(jw(long_text, repeat('0', 65)), 0.85234, 1e-5);
}

TEST_CASE(textbook_examples) {
  // Winkler 1990 / the usual MARTHA-MARHTA example: c = 6, t = 1.
  CHECK_NEAR(jaro(seq(U"MARTHA"), seq(U"MARHTA")), 0.944444, 1e-6);
  CHECK_NEAR(jw(seq(U"MARTHA"), seq(U"MARHTA")), 0.961111, 1e-6);
  CHECK_NEAR(jaro(seq(U"DIXON"), seq(U"DICKSONX")), 0.766667, 1e-6);
  CHECK_NEAR(jw(seq(U"DIXON"), seq(U"DICKSONX")), 0.813333, 1e-6);
  CHECK_EQ(jaro(seq(U"abc"), seq(U"xyz")), 0.0);
  CHECK_EQ(jaro(seq(U"a"), seq(U"b")), 0.0);
  CHECK_EQ(jaro(seq(U"abc"), {}), 0.0);
}

TEST_CASE(random_pairs_match_the_textbook_oracle) {
  std::mt19937_64 rng(testing::test_seed(17));
  for (int round = 0; round < testing::scaled(6000); ++round) {
    const size_t max_length = round % 3 == 0 ? 200 : 12;
    const Seq a = testing::random_symbols(rng, max_length, 2 + rng() % 6);
    const Seq b = round % 2 == 0 ? testing::random_symbols(rng, max_length, 2 + rng() % 6) : [&] {
      Seq c = a;
      testing::edit_randomly(rng, c, {'a', 'b', 'x'});
      return c;
    }();
    const double expected = naive::jaro(a, b);
    CHECK_EQ(jaro(a, b), expected);
    CHECK_EQ(jaro(b, a), naive::jaro(b, a));
    CHECK_EQ(jw(a, b), naive::jaro_winkler(a, b));
    const double weight = 0.25 * static_cast<double>(rng() % 5) / 4.0;
    CHECK_EQ(fz::jaro_winkler_similarity(view(a), view(b), weight), naive::jaro_winkler(a, b, weight));
  }
}

// A cutoff never changes a score that reaches it, and makes every other score 0.
TEST_CASE(score_cutoff) {
  std::mt19937_64 rng(testing::test_seed(18));
  for (int round = 0; round < testing::scaled(3000); ++round) {
    const Seq a = testing::random_symbols(rng, round % 2 ? 90 : 10, 3);
    const Seq b = testing::random_symbols(rng, round % 2 ? 90 : 10, 3);
    const double full = jaro(a, b);
    const double full_jw = jw(a, b);
    for (double cutoff : {full, full - 1e-9, full + 1e-9, 0.5, 0.75, 0.9, 1.0, 1.5}) {
      CHECK_EQ(jaro(a, b, cutoff), full >= cutoff ? full : 0.0);
    }
    for (double cutoff : {full_jw, full_jw - 1e-9, full_jw + 1e-9, 0.5, 0.75, 0.9, 1.0, 1.5}) {
      CHECK_EQ(jw(a, b, cutoff), full_jw >= cutoff ? full_jw : 0.0);
    }
  }
}

int main() { return check::run_all(); }
