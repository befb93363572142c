// Randomized differential test of the Levenshtein distance and editops against the naive oracle.
// Deterministic: the seed is fixed, and EDITOPS_TEST_SEED overrides it to explore further.
#include <cstdio>
#include <cstdlib>
#include <random>

#include "check.hpp"
#include "oracle_check.hpp"
#include "test_util.hpp"

using testing::Seq;

namespace {

uint64_t seed() {
  const char* env = std::getenv("EDITOPS_TEST_SEED");
  return env != nullptr ? std::strtoull(env, nullptr, 10) : 20240229;
}

// An alphabet of k symbols: Latin-1 letters, or a mix with NUL, astral and out-of-Unicode values.
Seq alphabet(std::mt19937_64& rng, size_t k) {
  static const Seq narrow = {'a', 'b', 'c', 'd', 'e'};
  static const Seq wide = {0, 0x1F600, 'a', 0xFFFFFFFF, 0x10000};
  const Seq& pool = rng() % 2 == 0 ? narrow : wide;
  return Seq(pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(k));
}

// b is either independent of a or a with a few random edits (so that affixes get trimmed and
// distances stay small relative to the lengths).
Seq derive(std::mt19937_64& rng, const Seq& a, const Seq& symbols, size_t max_len) {
  std::uniform_int_distribution<size_t> len(0, max_len);
  if (rng() % 3 == 0) return testing::random_seq(rng, len(rng), symbols);
  Seq b = a;
  const size_t edits = rng() % 8;
  for (size_t e = 0; e < edits; ++e) {
    const size_t pos = b.empty() ? 0 : rng() % (b.size() + 1);
    const editops::Symbol c = symbols[rng() % symbols.size()];
    switch (rng() % 3) {
      case 0:
        b.insert(b.begin() + static_cast<std::ptrdiff_t>(pos), c);
        break;
      case 1:
        if (pos < b.size()) b.erase(b.begin() + static_cast<std::ptrdiff_t>(pos));
        break;
      default:
        if (pos < b.size()) b[pos] = c;
        break;
    }
  }
  return b;
}

}  // namespace

TEST_CASE(random_pairs_match_the_oracle) {
  const uint64_t s = seed();
  std::printf("seed %llu\n", static_cast<unsigned long long>(s));
  std::mt19937_64 rng(s);
  constexpr size_t kMaxLen = 200;
  constexpr int kPairs = 4000;
  std::uniform_int_distribution<size_t> len(0, kMaxLen);
  std::uniform_int_distribution<size_t> alphabet_size(2, 5);
  for (int k = 0; k < kPairs; ++k) {
    const Seq symbols = alphabet(rng, alphabet_size(rng));
    const Seq a = testing::random_seq(rng, len(rng), symbols);
    const Seq b = derive(rng, a, symbols, kMaxLen);
    const int64_t cutoff = static_cast<int64_t>(rng() % 40);
    if (!testing::agrees_with_oracle(a, b, cutoff)) {
      std::printf("failed at pair %d (seed %llu)\n", k, static_cast<unsigned long long>(s));
      return;
    }
  }
}

int main() { return check::run_all(); }
