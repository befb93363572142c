// The token scores, WRatio and QRatio (src/fuzzy): RapidFuzz's hand-checked cases, the naive
// oracles on random word texts (repeated words, several kinds of whitespace), symmetry, the
// cutoff, and the batch calls against one pairwise call per choice.
#include <algorithm>
#include <random>

#include "check.hpp"
#include "editops/fuzzy.hpp"
#include "fuzzy_test_util.hpp"
#include "naive_fuzzy.hpp"
#include "random_pairs.hpp"

namespace fz = editops::fuzzy;
namespace naive = editops::naive::fuzzy;
using fz::Scorer;
using testing::Seq;
using testing::seq;
using testing::view;

namespace {

double score(Scorer s, const Seq& a, const Seq& b, double cutoff = 0.0) {
  return fz::score(s, view(a), view(b), cutoff);
}

double oracle(Scorer s, const Seq& a, const Seq& b) {
  switch (s) {
    case Scorer::Ratio: return naive::ratio(a, b);
    case Scorer::PartialRatio: return naive::partial_ratio(a, b);
    case Scorer::TokenSortRatio: return naive::token_sort_ratio(a, b);
    case Scorer::TokenSetRatio: return naive::token_set_ratio(a, b);
    case Scorer::TokenRatio: return naive::token_ratio(a, b);
    case Scorer::PartialTokenSortRatio: return naive::partial_token_sort_ratio(a, b);
    case Scorer::PartialTokenSetRatio: return naive::partial_token_set_ratio(a, b);
    case Scorer::PartialTokenRatio: return naive::partial_token_ratio(a, b);
    case Scorer::WRatio: return naive::wratio(a, b);
    case Scorer::QRatio: return naive::qratio(a, b);
  }
  return -1.0;
}

constexpr Scorer kAll[] = {Scorer::Ratio,          Scorer::PartialRatio,          Scorer::TokenSortRatio,
                           Scorer::TokenSetRatio,  Scorer::TokenRatio,            Scorer::PartialTokenSortRatio,
                           Scorer::PartialTokenSetRatio, Scorer::PartialTokenRatio, Scorer::WRatio,
                           Scorer::QRatio};

}  // namespace

// Expected values: RapidFuzz tests/test_fuzz.py (test names given) and the docstring examples of
// fuzz.token_sort_ratio / fuzz.token_set_ratio.
TEST_CASE(rapidfuzz_hand_checked) {
  const Seq mets = seq(U"new york mets");
  const Seq vs1 = seq(U"new york mets vs atlanta braves");
  const Seq vs2 = seq(U"atlanta braves vs new york mets");
  CHECK_EQ(score(Scorer::TokenSortRatio, mets, mets), 100.0);          // test_token_sort_ratio
  CHECK_EQ(score(Scorer::PartialTokenSortRatio, mets, mets), 100.0);   // testPartialTokenSortRatio
  CHECK_EQ(score(Scorer::PartialTokenSortRatio, vs1, vs2), 100.0);
  CHECK_EQ(score(Scorer::TokenSetRatio, vs1, vs2), 100.0);             // testTokenSetRatio
  CHECK_EQ(score(Scorer::TokenSetRatio, seq(U"js"), seq(U"vue js")), 100.0);
  CHECK_EQ(score(Scorer::PartialTokenSetRatio, vs1, vs2), 100.0);      // testPartialTokenSetRatio
  CHECK_EQ(score(Scorer::WRatio, mets, mets), 100.0);                  // testWRatioUnicode
  CHECK_EQ(score(Scorer::WRatio, mets, seq(U"the wonderful new york mets")), 90.0);  // testWRatioPartialMatch
  CHECK_EQ(score(Scorer::WRatio, vs1, vs2), 95.0);                     // testWRatioMisorderedMatch
  CHECK_NEAR(score(Scorer::WRatio, seq(U"South Korea"), seq(U"North Korea")), 81.81818, 1e-5);  // test_issue196
  CHECK_EQ(score(Scorer::WRatio, seq(U"South Korea"), seq(U"North Korea"), 85.4), 0.0);
  CHECK_EQ(score(Scorer::WRatio, seq(U"South Korea"), seq(U"North Korea"), 85.5), 0.0);

  CHECK_EQ(score(Scorer::TokenSortRatio, seq(U"fuzzy wuzzy was a bear"), seq(U"wuzzy fuzzy was a bear")), 100.0);
  // The token_set_ratio docstring also prints token_sort_ratio for this pair as 83.8709716796875,
  // which no definition gives: checked by hand instead, "a bear fuzzy was" (16) against
  // "a bear fuzzy fuzzy was" (22) has LCS 16, so Indel 6 of 38: (1 - 6/38) * 100.
  CHECK_NEAR(score(Scorer::TokenSortRatio, seq(U"fuzzy was a bear"), seq(U"fuzzy fuzzy was a bear")),
             84.21052631578947, 1e-9);
  CHECK_EQ(score(Scorer::TokenSetRatio, seq(U"fuzzy was a bear"), seq(U"fuzzy fuzzy was a bear")), 100.0);
  CHECK_EQ(score(Scorer::TokenSetRatio, seq(U"fuzzy was a bear but not a dog"), seq(U"fuzzy was a bear")), 100.0);
  CHECK_NEAR(score(Scorer::TokenSetRatio, seq(U"fuzzy was a bear but not a dog"),
                   seq(U"fuzzy was a bear but not a cat")),
             92.3076923076923, 1e-9);
}

// test_empty_string: two empty strings are a perfect match for some scores and no match for
// others; only whitespace counts as no words.
TEST_CASE(rapidfuzz_empty_strings) {
  const Seq empty;
  for (Scorer s : {Scorer::Ratio, Scorer::PartialRatio, Scorer::TokenSortRatio, Scorer::PartialTokenSortRatio,
                   Scorer::TokenRatio, Scorer::PartialTokenRatio}) {
    CHECK_EQ(score(s, empty, empty), 100.0);
  }
  for (Scorer s : {Scorer::WRatio, Scorer::QRatio, Scorer::TokenSetRatio, Scorer::PartialTokenSetRatio}) {
    CHECK_EQ(score(s, empty, empty), 0.0);
  }
  CHECK_EQ(score(Scorer::TokenSetRatio, seq(U"    "), seq(U"    ")), 0.0);
  CHECK_EQ(score(Scorer::PartialTokenSetRatio, seq(U"    "), seq(U"    ")), 0.0);
  // test_simple_unicode_tests, for every scorer.
  for (Scorer s : kAll) {
    CHECK_EQ(score(s, seq(U"ÁÄ"), seq(U"ABCD")), 0.0);
    CHECK_EQ(score(s, seq(U"ÁÄ"), seq(U"ÁÄ")), 100.0);
  }
}

TEST_CASE(tokens_split_like_python) {
  const Seq text = {' ', 'b', 0x3000, 'a', '\t', '\n', 'b', 0x2009, 'c', 0xA0};
  const fz::Tokens t(view(text));
  CHECK_EQ(t.sorted_words().size(), 4u);
  CHECK_EQ(t.unique_words().size(), 3u);
  const Seq joined(t.sorted_joined().data, t.sorted_joined().data + t.sorted_joined().size);
  CHECK_EQ(joined, seq(U"a b b c"));
  CHECK(!fz::is_fuzzy_space(0x200B));  // zero-width space is not whitespace in Python
  CHECK(fz::is_fuzzy_space(0x1F));
}

TEST_CASE(random_texts_match_the_oracles) {
  std::mt19937_64 rng(testing::test_seed(31));
  for (int round = 0; round < testing::scaled(1500); ++round) {
    const size_t words = round % 5 == 0 ? 12 : 4;
    const Seq a = testing::random_text(rng, words, 4, 2 + rng() % 6);
    const Seq b = round % 3 == 0 ? a : testing::random_text(rng, words, 4, 2 + rng() % 6);
    for (Scorer s : kAll) {
      const double expected = oracle(s, a, b);
      CHECK_NEAR(score(s, a, b), expected, 1e-9);
      // Every one of these scores is symmetric in RapidFuzz (symmetric_scorer_tester).
      CHECK_NEAR(score(s, b, a), expected, 1e-9);
      const double got = score(s, a, b);
      CHECK_EQ(score(s, a, b, got - 1e-4), got);
      CHECK_EQ(score(s, a, b, got + 1e-4), 0.0);
      CHECK_EQ(score(s, a, b, 101.0), 0.0);
    }
  }
}

// Single words (no whitespace at all) take the shortcuts of token_ratios.cpp and wratio.cpp.
TEST_CASE(single_words_match_the_oracles) {
  std::mt19937_64 rng(testing::test_seed(33));
  for (int round = 0; round < testing::scaled(3000); ++round) {
    const Seq a = testing::random_symbols(rng, round % 3 == 0 ? 30 : 8, 2 + rng() % 5);
    const Seq b = round % 7 == 0 ? a : testing::random_symbols(rng, round % 3 == 0 ? 30 : 8, 2 + rng() % 5);
    for (Scorer s : kAll) {
      const double expected = oracle(s, a, b);
      CHECK_NEAR(score(s, a, b), expected, 1e-9);
      const double got = score(s, a, b);
      CHECK_EQ(score(s, a, b, got - 1e-4), got);
      CHECK_EQ(score(s, a, b, got + 1e-4), 0.0);
    }
  }
}

TEST_CASE(batch_calls_match_pairwise_scores) {
  std::mt19937_64 rng(testing::test_seed(32));
  std::vector<Seq> texts;
  for (int k = 0; k < 60; ++k) texts.push_back(testing::random_text(rng, 4, 4, 4));
  std::vector<editops::Symbol> symbols;
  std::vector<uint32_t> offsets{0};
  for (const Seq& t : texts) {
    symbols.insert(symbols.end(), t.begin(), t.end());
    offsets.push_back(static_cast<uint32_t>(symbols.size()));
  }
  const editops::Choices choices{symbols.data(), offsets.data(), texts.size()};
  for (Scorer s : kAll) {
    for (double cutoff : {0.0, 60.0}) {
      const Seq& query = texts[rng() % texts.size()];
      std::vector<double> many(texts.size());
      fz::score_many(s, view(query), choices, 0, texts.size(), cutoff, many.data());
      std::vector<std::pair<double, int32_t>> expected;
      for (size_t i = 0; i < texts.size(); ++i) {
        const double one = score(s, query, texts[i], cutoff);
        CHECK_EQ(many[i], one);
        if (one >= cutoff) expected.push_back({-one, static_cast<int32_t>(i)});
      }
      std::sort(expected.begin(), expected.end());
      for (size_t limit : {size_t{1}, size_t{5}, texts.size() + 3}) {
        std::vector<int32_t> index(limit);
        std::vector<double> scores(limit);
        const size_t found = fz::extract(s, view(query), choices, 0, texts.size(), cutoff, limit, index.data(),
                                         scores.data());
        CHECK_EQ(found, std::min(limit, expected.size()));
        for (size_t k = 0; k < found; ++k) {
          CHECK_EQ(index[k], expected[k].second);
          CHECK_EQ(scores[k], -expected[k].first);
        }
      }
      std::vector<float> matrix(2 * texts.size());
      fz::score_matrix(s, choices, choices, 3, 5, cutoff, matrix.data());
      for (size_t c = 0; c < texts.size(); ++c) {
        CHECK_EQ(matrix[c], static_cast<float>(score(s, texts[3], texts[c], cutoff)));
        CHECK_EQ(matrix[texts.size() + c], static_cast<float>(score(s, texts[4], texts[c], cutoff)));
      }
    }
  }
}

// Single-word queries and choices take the cached-distance path of extract (word_scorer.cpp).
TEST_CASE(extract_of_single_words_matches_pairwise_scores) {
  std::mt19937_64 rng(testing::test_seed(34));
  for (int round = 0; round < testing::scaled(40); ++round) {
    std::vector<Seq> texts;
    for (int k = 0; k < 80; ++k) {
      // Every fourth round, choices with symbols past ASCII (the query stays ASCII: the one-pass
      // table path of word_scorer.cpp), and now and then a no-break space (whitespace past ASCII).
      texts.push_back(k % 9 == 0 ? testing::random_text(rng, 2, 4, 3) : testing::random_symbols(rng, round % 2 ? 90 : 9, round % 4 == 2 ? 6 : 3));
      if (k % 13 == 5 && !texts.back().empty()) texts.back()[texts.back().size() / 2] = 0xA0;
    }
    std::vector<editops::Symbol> symbols;
    std::vector<uint32_t> offsets{0};
    for (const Seq& t : texts) {
      symbols.insert(symbols.end(), t.begin(), t.end());
      offsets.push_back(static_cast<uint32_t>(symbols.size()));
    }
    const editops::Choices choices{symbols.data(), offsets.data(), texts.size()};
    Seq query = testing::random_symbols(rng, round % 2 ? 90 : 9, 3);
    if (query.empty()) query.push_back('a');
    for (Scorer s : kAll) {
      for (double cutoff : {0.0, 50.0, 75.0}) {
        std::vector<std::pair<double, int32_t>> expected;
        for (size_t i = 0; i < texts.size(); ++i) {
          const double one = score(s, query, texts[i], cutoff);
          if (one >= cutoff) expected.push_back({-one, static_cast<int32_t>(i)});
        }
        std::sort(expected.begin(), expected.end());
        for (size_t limit : {size_t{1}, size_t{7}, texts.size()}) {
          std::vector<int32_t> index(limit);
          std::vector<double> scores(limit);
          const size_t found =
              fz::extract(s, view(query), choices, 0, texts.size(), cutoff, limit, index.data(), scores.data());
          CHECK_EQ(found, std::min(limit, expected.size()));
          for (size_t k = 0; k < found && k < expected.size(); ++k) {
            CHECK_EQ(index[k], expected[k].second);
            CHECK_EQ(scores[k], -expected[k].first);
          }
        }
      }
    }
  }
}

// extract's distance bound and interleaved passes (word_scorer.hpp, DistanceBound, indel_distances4): word-list-like choices of many lengths
// (printable ASCII, the path that rejects by length before reading), against queries of many
// lengths, with cutoffs up to 100 and small limits (the cutoff follows the worst match held, so
// it rises quickly); a few choices hold a space, a non-ASCII letter or DEL (the other paths), and
// some queries are not ASCII or longer than 64 symbols. The top matches must be the pairwise ones.
TEST_CASE(extract_length_bound_matches_pairwise_scores) {
  std::mt19937_64 rng(testing::test_seed(36));
  const Seq letters = {'e', 't', 'a', 'o', 'n', 'R', '\'', '-', 0x7E, 0x21};
  const auto word = [&](size_t max_length) {
    Seq w(1 + rng() % max_length);
    for (auto& c : w) c = letters[rng() % (rng() % 2 ? 4 : letters.size())];
    return w;
  };
  for (int round = 0; round < testing::scaled(30); ++round) {
    std::vector<Seq> texts;
    // A count that is not always a multiple of 4 (extract scores blocks of 4, then the rest).
    for (int k = 0; k < 118 + round % 4; ++k) {
      texts.push_back(word(round % 3 == 0 ? 30 : 12));
      if (k % 17 == 3) texts.back()[rng() % texts.back().size()] = k % 2 ? ' ' : 0x7F;
      if (k % 23 == 7) texts.back()[rng() % texts.back().size()] = 0xE9;
    }
    std::vector<editops::Symbol> symbols;
    std::vector<uint32_t> offsets{0};
    for (const Seq& t : texts) {
      symbols.insert(symbols.end(), t.begin(), t.end());
      offsets.push_back(static_cast<uint32_t>(symbols.size()));
    }
    const editops::Choices choices{symbols.data(), offsets.data(), texts.size()};
    Seq query = round % 5 == 4 ? word(80) : word(16);
    if (round % 7 == 6) query[0] = 0x100;
    for (Scorer s : {Scorer::Ratio, Scorer::QRatio, Scorer::TokenSortRatio, Scorer::TokenSetRatio, Scorer::TokenRatio,
                     Scorer::WRatio}) {
      for (double cutoff : {0.0, 40.0, 70.0, 85.0, 95.0, 100.0}) {
        std::vector<std::pair<double, int32_t>> expected;
        for (size_t i = 0; i < texts.size(); ++i) {
          const double one = score(s, query, texts[i], cutoff);
          if (one >= cutoff) expected.push_back({-one, static_cast<int32_t>(i)});
        }
        std::sort(expected.begin(), expected.end());
        for (size_t limit : {size_t{1}, size_t{3}, size_t{10}}) {
          std::vector<int32_t> index(limit);
          std::vector<double> scores(limit);
          const size_t found =
              fz::extract(s, view(query), choices, 0, texts.size(), cutoff, limit, index.data(), scores.data());
          CHECK_EQ(found, std::min(limit, expected.size()));
          for (size_t k = 0; k < found && k < expected.size(); ++k) {
            CHECK_EQ(index[k], expected[k].second);
            CHECK_EQ(scores[k], -expected[k].first);
          }
        }
      }
    }
  }
}

int main() { return check::run_all(); }
