// Helpers for the fuzzy tests: UTF-32 literals as symbols, approximate comparison for the
// hand-checked values (RapidFuzz's tests compare with pytest.approx or 4-5 decimals), and
// random word-like texts for the differential tests.
#pragma once

#include <cmath>
#include <random>
#include <string>

#include "check.hpp"
#include "test_util.hpp"

namespace testing {

inline bool close(double x, double y, double tolerance) { return std::fabs(x - y) <= tolerance; }

#define CHECK_NEAR(actual, expected, tolerance)                                                         \
  do {                                                                                                \
    const double actual_value = (actual);                                                             \
    const double expected_value = (expected);                                                         \
    if (!testing::close(actual_value, expected_value, (tolerance))) {                                 \
      check::fail(__FILE__, __LINE__,                                                                 \
                  std::string(#actual) + " == " + check::show(actual_value) + ", expected " +         \
                      check::show(expected_value));                                                   \
    }                                                                                                 \
  } while (0)

inline Seq repeat(editops::Symbol c, size_t n) { return Seq(n, c); }

// A text of `words` random words over a small alphabet (so words repeat and overlap), separated
// by one or two whitespace symbols, sometimes with leading or trailing space.
inline Seq random_text(std::mt19937_64& rng, size_t max_words, size_t max_word_length, size_t alphabet) {
  static const Seq spaces = {' ', ' ', ' ', '\t', 0x3000};
  static const Seq letters = {'a', 'b', 'c', 'd', 'e', 0x1F600, 0x100, 'x'};
  Seq out;
  if (rng() % 4 == 0) out.push_back(' ');
  const size_t words = rng() % (max_words + 1);
  for (size_t w = 0; w < words; ++w) {
    if (w > 0) {
      out.push_back(spaces[rng() % spaces.size()]);
      if (rng() % 5 == 0) out.push_back(' ');
    }
    const size_t length = 1 + rng() % max_word_length;
    for (size_t k = 0; k < length; ++k) out.push_back(letters[rng() % alphabet]);
  }
  if (rng() % 4 == 0) out.push_back(' ');
  return out;
}

// A plain sequence without spaces, length 0..max_length.
inline Seq random_symbols(std::mt19937_64& rng, size_t max_length, size_t alphabet) {
  static const Seq letters = {'a', 'b', 'c', 'd', 0x1F600, 0x100, 0, 0xFFFFFFFF};
  Seq out(rng() % (max_length + 1));
  for (auto& c : out) c = letters[rng() % alphabet];
  return out;
}

}  // namespace testing
