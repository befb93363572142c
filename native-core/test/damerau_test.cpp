#include "damerau.hpp"

#include <algorithm>
#include <deque>
#include <random>

#include "check.hpp"
#include "naive.hpp"
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

const editops::Options kDamerau = options_for(Metric::Damerau);

int64_t distance(const Seq& a, const Seq& b, int64_t max = -1) {
  return testing::distance(options_for(Metric::Damerau, max), a, b);
}
testing::Script script(const Seq& a, const Seq& b, int64_t max = -1) {
  return testing::script(options_for(Metric::Damerau, max), a, b);
}
bool agrees(const Seq& a, const Seq& b, int64_t max = -1) {
  return testing::agrees_with_oracle(options_for(Metric::Damerau, max), a, b);
}

}  // namespace

TEST_CASE(documented_examples) {
  CHECK_EQ(distance(seq(U"ca"), seq(U"abc")), 2);
  CHECK_EQ(script(seq(U"ca"), seq(U"abc")).ops, (Ops{kTranspose, 0, 0, kInsert, 1, 1}));
  CHECK_EQ(script(seq(U"ab"), seq(U"ba")).ops, (Ops{kTranspose, 0, 0}));
  CHECK_EQ(distance(seq(U"absolute"), seq(U"bsiluti")), 3);
  CHECK(agrees(seq(U"ca"), seq(U"abc")));
  CHECK(agrees(seq(U"absolute"), seq(U"bsiluti")));
}

TEST_CASE(transposition_blocks) {
  // x = 1, y = 0: "a" "b" "c" -> "c" "a": delete b, swap a and c.
  CHECK_EQ(distance(seq(U"abc"), seq(U"ca")), 2);
  CHECK_EQ(script(seq(U"abc"), seq(U"ca")).ops, (Ops{kTranspose, 0, 0, kDelete, 1, 1}));
  // x = y = 1 only ties with three replaces, and the transposition comes first.
  CHECK_EQ(distance(seq(U"axb"), seq(U"bya")), 3);
  CHECK_EQ(script(seq(U"axb"), seq(U"bya")).ops,
           (Ops{kTranspose, 0, 0, kDelete, 1, 1, kInsert, 2, 1}));
  // x = 0, y = 2 inside a common prefix and suffix.
  CHECK_EQ(script(seq(U"<ab>"), seq(U"<bxya>")).ops,
           (Ops{kTranspose, 1, 1, kInsert, 2, 2, kInsert, 2, 3}));
  // x = 3, y = 0.
  CHECK_EQ(script(seq(U"axyzb"), seq(U"ba")).ops,
           (Ops{kTranspose, 0, 0, kDelete, 1, 1, kDelete, 2, 1, kDelete, 3, 1}));
  for (const char32_t* a : {U"abc", U"axb", U"axyzb", U"abcabc", U"cab"}) {
    for (const char32_t* b : {U"ca", U"bya", U"ba", U"cbacba", U"bc", U""}) {
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
  CHECK(script(s, s).ops.empty());
}

TEST_CASE(nul_and_wide_symbols) {
  CHECK_EQ(script(Seq{0, 0x10000}, Seq{0x10000, 0}).ops, (Ops{kTranspose, 0, 0}));
  CHECK_EQ(script(Seq{0x1F600, 7, 0}, Seq{0, 0x1F600}).ops, (Ops{kTranspose, 0, 0, kDelete, 1, 1}));
  CHECK(agrees(Seq{0, 0x1F600, 0, 0xFFFFFFFF, 65}, Seq{0x1F600, 0, 0, 65, 0xFFFFFFFF, 0}));
  CHECK(agrees(Seq{256, 512, 0, 768, 1024}, Seq{0, 256, 768, 512, 1280}));
}

// Breadth-first search over all strings on {1, 2, 3} of length <= 6, with unit-cost insert,
// delete, replace and swap of two neighbours: the true (unrestricted) Damerau-Levenshtein
// distance, independent of any DP. Lowrance-Wagner (and its oracle) must agree on every pair of
// length <= 4. A string is coded as its symbols in base 4, last symbol most significant.
TEST_CASE(equals_true_edit_distance_on_small_strings) {
  constexpr size_t kLongest = 6;
  const auto decode = [](uint32_t code) {
    Seq s;
    for (; code != 0; code /= 4) s.push_back(code % 4);
    return s;
  };
  const auto encode = [](const Seq& s) {
    uint32_t code = 0;
    for (size_t p = s.size(); p-- > 0;) code = 4 * code + s[p];
    return code;
  };
  std::vector<uint32_t> sources;
  for (uint32_t code = 0; code < 4 * 4 * 4 * 4; ++code) {
    const Seq s = decode(code);
    if (encode(s) == code && std::find(s.begin(), s.end(), 0u) == s.end()) sources.push_back(code);
  }
  CHECK_EQ(sources.size(), size_t{1 + 3 + 9 + 27 + 81});

  int mismatches = 0;
  std::vector<int64_t> dist(size_t{1} << (2 * kLongest));
  for (const uint32_t source : sources) {
    std::fill(dist.begin(), dist.end(), -1);
    dist[source] = 0;
    std::deque<uint32_t> queue = {source};
    const auto visit = [&](const Seq& t, int64_t d) {
      const uint32_t code = encode(t);
      if (dist[code] < 0) dist[code] = d, queue.push_back(code);
    };
    while (!queue.empty()) {
      const uint32_t code = queue.front();
      queue.pop_front();
      const Seq s = decode(code);
      const int64_t d = dist[code] + 1;
      for (size_t p = 0; p <= s.size(); ++p) {
        for (editops::Symbol c = 1; c <= 3; ++c) {
          Seq t = s;
          if (s.size() < kLongest) t.insert(t.begin() + static_cast<std::ptrdiff_t>(p), c);
          if (s.size() < kLongest) visit(t, d);
          if (p < s.size() && s[p] != c) {
            t = s;
            t[p] = c;
            visit(t, d);
          }
        }
        if (p < s.size()) {
          Seq t = s;
          t.erase(t.begin() + static_cast<std::ptrdiff_t>(p));
          visit(t, d);
        }
        if (p + 1 < s.size()) {
          Seq t = s;
          std::swap(t[p], t[p + 1]);
          visit(t, d);
        }
      }
    }
    const Seq a = decode(source);
    for (const uint32_t target : sources) {
      const Seq b = decode(target);
      const int64_t want = dist[target];
      const int64_t oracle = editops::naive::damerau_distance(testing::view(a), testing::view(b));
      if ((distance(a, b) != want || oracle != want) && ++mismatches <= 5) {
        CHECK_EQ(distance(a, b), want);
        CHECK_EQ(oracle, want);
      }
    }
  }
  CHECK_EQ(mismatches, 0);
}

TEST_CASE(ordering_of_the_metrics) {
  // damerau <= osa <= levenshtein <= indel, and levenshtein <= padded hamming.
  std::mt19937_64 rng(7);
  for (int k = 0; k < 2000; ++k) {
    const Seq symbols = testing::random_alphabet(rng, 2 + k % 3);
    const Seq a = testing::random_seq(rng, rng() % 30, symbols);
    const Seq b = testing::derive(rng, a, symbols, 30);
    const auto d = [&](Metric metric) { return testing::distance(options_for(metric), a, b); };
    CHECK(d(Metric::Damerau) <= d(Metric::Osa));
    CHECK(d(Metric::Osa) <= d(Metric::Levenshtein));
    CHECK(d(Metric::Levenshtein) <= d(Metric::Indel));
    CHECK(d(Metric::Levenshtein) <= d(Metric::Hamming));
  }
}

TEST_CASE(long_strings) {
  std::mt19937_64 rng(1000);
  const Seq alphabet = {'A', 'C', 'G', 'T', 0, 0x1F600};
  const Seq a = testing::random_seq(rng, 700, alphabet);
  CHECK(agrees(a, testing::random_seq(rng, 600, alphabet)));
  Seq c = a;
  for (size_t k = 17; k + 3 < c.size(); k += 97) std::swap(c[k], c[k + 1 + k % 3]);
  c.insert(c.begin() + 500, {'y', 'y'});
  CHECK(agrees(a, c, 15));
  CHECK(agrees(a, c));
}

// The distance runs in a band of width max_distance, or of doubling width without one (band 8,
// 16, 32, ...): similar pairs of up to 60 symbols with up to a dozen edits, transpositions among
// them, cross the band's edges, and every cutoff from none to past the distance is tried.
TEST_CASE(banded_distance_equals_the_oracle) {
  std::mt19937_64 rng(testing::test_seed(1200));
  const Seq alphabet = {'a', 'b', 'c', 0x1F600};
  for (int round = 0; round < testing::scaled(1500); ++round) {
    const Seq symbols(alphabet.begin(), alphabet.begin() + 2 + static_cast<std::ptrdiff_t>(rng() % 3));
    const Seq a = testing::random_seq(rng, rng() % 61, symbols);
    Seq b = a;
    for (size_t edits = rng() % 13; edits > 0; --edits) testing::edit_randomly(rng, b, symbols);
    const int64_t want = editops::naive::damerau_distance(testing::view(a), testing::view(b));
    for (int64_t k : {int64_t{-1}, want - 1, want, want + 3, int64_t{8}}) {
      if (k < -1) continue;
      const int64_t expected = k >= 0 && want > k ? k + 1 : want;
      if (distance(a, b, k) != expected || distance(b, a, k) != expected) {
        CHECK_EQ(distance(a, b, k), expected);
        return;
      }
    }
  }
}

TEST_CASE(max_distance_clamps) {
  const Seq a = seq(U"axyzb");
  const Seq b = seq(U"ba");
  CHECK_EQ(distance(a, b), 4);
  CHECK_EQ(distance(a, b, 0), 1);
  CHECK_EQ(distance(a, b, 3), 4);
  CHECK_EQ(distance(a, b, 4), 4);
  CHECK_EQ(distance(seq(U"a"), seq(U"abcdefgh"), 3), 4);
  CHECK_EQ(script(a, b, 3).status, Status::OverMaxDistance);
  CHECK(script(a, b, 3).ops.empty());
  CHECK_EQ(script(a, b, 4).status, Status::Ok);
  CHECK(agrees(a, b, 3));
}

TEST_CASE(editops_bytes_saturate) {
  using editops::detail::damerau_editops_bytes;
  CHECK_EQ(damerau_editops_bytes(10, 0), uint64_t{120});
  CHECK(damerau_editops_bytes(20000, 20000) < editops::kEditopsMemoryBudget);
  CHECK(damerau_editops_bytes(300000, 300000) > editops::kEditopsMemoryBudget);
  CHECK_EQ(damerau_editops_bytes(UINT64_MAX, UINT64_MAX), UINT64_MAX);
}

TEST_CASE(random_pairs_match_the_oracle) {
  testing::random_differential(2, 4000, [](std::mt19937_64&) { return kDamerau; });
}

int main() { return check::run_all(); }
