// Random input pairs for the differential tests. Deterministic: the seed is fixed, and
// EDITOPS_TEST_SEED overrides it to explore further.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>

#include "oracle_check.hpp"
#include "test_util.hpp"

namespace testing {

inline uint64_t test_seed(uint64_t fallback) {
  const char* env = std::getenv("EDITOPS_TEST_SEED");
  return env != nullptr ? std::strtoull(env, nullptr, 10) : fallback;
}

// An alphabet of k (<= 5) symbols: Latin-1 letters, or a mix with NUL, astral and out-of-Unicode
// values.
inline Seq random_alphabet(std::mt19937_64& rng, size_t k) {
  static const Seq narrow = {'a', 'b', 'c', 'd', 'e'};
  static const Seq wide = {0, 0x1F600, 'a', 0xFFFFFFFF, 0x10000};
  const Seq& pool = rng() % 2 == 0 ? narrow : wide;
  return Seq(pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(k));
}

// One random edit of b: an insert, a delete, a replace, an adjacent swap or a swap across a short
// gap (so that transpositions occur).
inline void edit_randomly(std::mt19937_64& rng, Seq& b, const Seq& symbols) {
  const size_t pos = b.empty() ? 0 : rng() % (b.size() + 1);
  const editops::Symbol c = symbols[rng() % symbols.size()];
  const auto at = [&](size_t p) { return b.begin() + static_cast<std::ptrdiff_t>(p); };
  switch (rng() % 5) {
    case 0:
      b.insert(at(pos), c);
      break;
    case 1:
      if (pos < b.size()) b.erase(at(pos));
      break;
    case 2:
      if (pos < b.size()) b[pos] = c;
      break;
    default: {
      const size_t other = pos + 1 + (rng() % 4 == 0 ? rng() % 3 : 0);
      if (other < b.size()) std::swap(b[pos], b[other]);
      break;
    }
  }
}

// b is either independent of a or a with a few random edits (so that affixes get trimmed,
// transpositions occur, and distances stay small relative to the lengths).
inline Seq derive(std::mt19937_64& rng, const Seq& a, const Seq& symbols, size_t max_len) {
  std::uniform_int_distribution<size_t> len(0, max_len);
  if (rng() % 3 == 0) return random_seq(rng, len(rng), symbols);
  Seq b = a;
  for (size_t edits = rng() % 8; edits > 0; --edits) edit_randomly(rng, b, symbols);
  return b;
}

// Runs `pairs` random pairs through agrees_with_oracle under options made by make_options(rng):
// lengths 0..40 over 2..4 symbols, and every 16th pair up to 200. Stops at the first failure.
template <typename MakeOptions>
void random_differential(uint64_t fallback_seed, int pairs, MakeOptions make_options) {
  const uint64_t s = test_seed(fallback_seed);
  std::printf("seed %llu\n", static_cast<unsigned long long>(s));
  std::mt19937_64 rng(s);
  std::uniform_int_distribution<size_t> alphabet_size(2, 4);
  for (int k = 0; k < pairs; ++k) {
    const size_t max_len = k % 16 == 15 ? 200 : 40;
    const Seq symbols = random_alphabet(rng, alphabet_size(rng));
    const Seq a = random_seq(rng, rng() % (max_len + 1), symbols);
    const Seq b = derive(rng, a, symbols, max_len);
    editops::Options options = make_options(rng);
    options.max_distance = rng() % 4 == 0 ? editops::kNoMaxDistance
                                          : static_cast<int64_t>(rng() % (max_len / 2 + 2));
    if (!agrees_with_oracle(options, a, b)) {
      std::printf("failed at pair %d (seed %llu)\n", k, static_cast<unsigned long long>(s));
      return;
    }
  }
}

}  // namespace testing
