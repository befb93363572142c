// The C API's pair entry points on UTF-16 (eo_distance_utf16) decode by code point exactly as @editops/core's encoder does:
// a surrogate pair is one symbol, a lone surrogate (high or low, anywhere, also last) is a symbol
// of its own. Checked against eo_distance on code points decoded here by a plain reference, on
// random units that mix ASCII, BMP letters, pairs and lone surrogates.
#include <cstdint>
#include <random>
#include <vector>

#include "check.hpp"
#include "editops/c_api.h"

namespace {

std::vector<uint32_t> reference_code_points(const std::vector<uint16_t>& units) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i < units.size(); ++i) {
    const uint32_t unit = units[i];
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < units.size() && units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF) {
      out.push_back(((unit - 0xD800) << 10) + (units[i + 1] - 0xDC00) + 0x10000);
      ++i;
    } else {
      out.push_back(unit);
    }
  }
  return out;
}

std::vector<uint16_t> random_units(std::mt19937& rng, size_t length, int surrogate_percent) {
  std::vector<uint16_t> units;
  std::uniform_int_distribution<int> percent(0, 99);
  while (units.size() < length) {
    const int roll = percent(rng);
    if (roll < surrogate_percent / 2) {  // a pair
      units.push_back(static_cast<uint16_t>(0xD800 + rng() % 0x400));
      units.push_back(static_cast<uint16_t>(0xDC00 + rng() % 0x400));
    } else if (roll < surrogate_percent) {  // a lone high or low surrogate
      units.push_back(static_cast<uint16_t>(0xD800 + rng() % 0x800));
    } else {
      units.push_back(static_cast<uint16_t>(roll % 2 == 0 ? 'a' + rng() % 4 : 0x3B1 + rng() % 4));
    }
  }
  return units;
}

eo_options options_of(int32_t metric) { return eo_options{metric, EO_PATH_AUTO, -1, 1, 1, 1}; }

}  // namespace

TEST_CASE(utf16_distance_equals_the_distance_of_the_decoded_code_points) {
  std::mt19937 rng(1234);
  for (int round = 0; round < 3000; ++round) {
    const int surrogates = round % 3 == 0 ? 0 : round % 3 == 1 ? 10 : 60;
    const auto a = random_units(rng, rng() % 90, surrogates);
    const auto b = random_units(rng, rng() % 90, surrogates);
    const auto code_points_a = reference_code_points(a);
    const auto code_points_b = reference_code_points(b);
    for (const int32_t metric : {EO_METRIC_LEVENSHTEIN, EO_METRIC_OSA, EO_METRIC_INDEL}) {
      const eo_options options = options_of(metric);
      const double expected = eo_distance(code_points_a.data(), static_cast<uint32_t>(code_points_a.size()), code_points_b.data(),
                                          static_cast<uint32_t>(code_points_b.size()), &options);
      const double got = eo_distance_utf16(a.data(), static_cast<uint32_t>(a.size()), b.data(), static_cast<uint32_t>(b.size()), &options);
      CHECK_EQ(got, expected);
    }
  }
}

TEST_CASE(a_lone_surrogate_at_either_end_is_one_symbol) {
  const std::vector<uint16_t> high_last = {'a', 0xD83D};
  const std::vector<uint16_t> low_first = {0xDE00, 'a'};
  const std::vector<uint16_t> pair = {0xD83D, 0xDE00};
  const eo_options options = options_of(EO_METRIC_LEVENSHTEIN);
  CHECK_EQ(eo_distance_utf16(high_last.data(), 2, low_first.data(), 2, &options), 2.0);
  CHECK_EQ(eo_distance_utf16(pair.data(), 2, high_last.data() + 1, 1, &options), 1.0);  // one code point vs one lone unit
  CHECK_EQ(eo_distance_utf16(pair.data(), 2, pair.data(), 2, &options), 0.0);
}
int main() { return check::run_all(); }
