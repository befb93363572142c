// The C API's UTF-16 entry points of the fuzzy and search sections against their symbol forms:
// eo_fuzzy_score_utf16 = eo_fuzzy_score on the decoded code points, and eo_search_feed_utf16 /
// eo_search_best_utf16 = eo_search_feed / eo_search_best, on a text long enough to be decoded in
// several blocks with a surrogate pair across each block boundary, lone surrogates, and by unit.
#include <cstdint>
#include <random>
#include <vector>

#include "check.hpp"
#include "editops/c_api.h"

namespace {

std::vector<uint32_t> code_points(const std::vector<uint16_t>& units) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i < units.size(); ++i) {
    uint32_t u = units[i];
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < units.size() && units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF) {
      u = ((u - 0xD800) << 10) + (units[i + 1] - 0xDC00) + 0x10000;
      ++i;
    }
    out.push_back(u);
  }
  return out;
}

// Units over a small alphabet with astral pairs and lone halves.
std::vector<uint16_t> random_units(std::mt19937& rng, size_t n) {
  static const uint16_t alphabet[] = {'a', 'b', 'c', 0xD83D, 0xDE00, 0xDE03};
  std::vector<uint16_t> out(n);
  for (auto& u : out) u = alphabet[rng() % 6];
  return out;
}

eo_options levenshtein(int32_t k) {
  eo_options o{};
  o.metric = EO_METRIC_LEVENSHTEIN;
  o.max_distance = k;
  o.insert_weight = o.delete_weight = o.replace_weight = 1;
  return o;
}

std::vector<double> output(eo_search* s, uint32_t size) {
  const double* at = eo_search_output(s);
  return std::vector<double>(at, at + size);
}

}  // namespace

TEST_CASE(fuzzy_score_utf16_is_the_score_of_the_code_points) {
  std::mt19937 rng(17);
  for (int round = 0; round < 300; ++round) {
    const auto a = random_units(rng, rng() % 40);
    const auto b = random_units(rng, rng() % 40);
    const auto pa = code_points(a);
    const auto pb = code_points(b);
    for (int32_t scorer = EO_SCORER_RATIO; scorer <= EO_SCORER_QRATIO; ++scorer) {
      const double cutoff = static_cast<double>(rng() % 100);
      CHECK_EQ(eo_fuzzy_score_utf16(scorer, a.data(), static_cast<uint32_t>(a.size()), b.data(), static_cast<uint32_t>(b.size()), cutoff),
               eo_fuzzy_score(scorer, pa.data(), static_cast<uint32_t>(pa.size()), pb.data(), static_cast<uint32_t>(pb.size()), cutoff));
    }
  }
  CHECK_EQ(eo_fuzzy_score_utf16(-1, nullptr, 0, nullptr, 0, 0), -1.0);
}

TEST_CASE(search_utf16_is_search_of_the_symbols_across_decoding_blocks) {
  std::mt19937 rng(18);
  // 50,000 units: three block boundaries (16,384 units each), each with a pair across it.
  auto text = random_units(rng, 50000);
  for (size_t boundary = 16384; boundary < text.size(); boundary += 16384) {
    text[boundary - 1] = 0xD83D;
    text[boundary] = 0xDE00;
  }
  const std::vector<uint16_t> pattern_units = {'a', 0xD83D, 0xDE00, 'b', 'c'};
  for (int32_t by_unit = 0; by_unit <= 1; ++by_unit) {
    const auto symbols = by_unit ? std::vector<uint32_t>(text.begin(), text.end()) : code_points(text);
    const auto pattern = by_unit ? std::vector<uint32_t>(pattern_units.begin(), pattern_units.end()) : code_points(pattern_units);
    const eo_options options = levenshtein(1);
    const auto p = static_cast<uint32_t>(pattern.size());
    eo_search* by_symbols = eo_search_new(pattern.data(), p, &options, EO_SEARCH_INFIX, 0, 0, 0);
    eo_search* by_units = eo_search_new(pattern.data(), p, &options, EO_SEARCH_INFIX, 0, 0, 0);
    auto expected = output(by_symbols, eo_search_feed(by_symbols, symbols.data(), static_cast<uint32_t>(symbols.size())));
    auto got = output(by_units, eo_search_feed_utf16(by_units, text.data(), static_cast<uint32_t>(text.size()), by_unit));
    CHECK(!expected.empty());
    CHECK(got == expected);
    expected = output(by_symbols, eo_search_finish(by_symbols));
    got = output(by_units, eo_search_finish(by_units));
    CHECK(got == expected);
    eo_search_free(by_symbols);
    eo_search_free(by_units);

    eo_search* best_symbols = eo_search_new(pattern.data(), p, &options, EO_SEARCH_INFIX, 0, 0, 0);
    eo_search* best_units = eo_search_new(pattern.data(), p, &options, EO_SEARCH_INFIX, 0, 0, 0);
    expected = output(best_symbols, eo_search_best(best_symbols, symbols.data(), static_cast<uint32_t>(symbols.size())));
    got = output(best_units, eo_search_best_utf16(best_units, text.data(), static_cast<uint32_t>(text.size()), by_unit));
    CHECK(got == expected);
    CHECK_EQ(eo_search_status(best_units), eo_search_status(best_symbols));
    eo_search_free(best_symbols);
    eo_search_free(best_units);
  }
}

int main() { return check::run_all(); }
