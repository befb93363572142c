// libFuzzer target: the multi-pattern lanes (src/multi_lanes.hpp) against the naive oracle, on
// every SIMD path this machine runs and the scalar one.
//
//   byte 0   bits 0-1 metric (Levenshtein, OSA, Indel, Levenshtein), bit 2 wide symbols
//   byte 1   alphabet size - 1 (mod 8)
//   byte 2   pattern count - 1 (mod 72: up to 72, so a width class fills several groups)
//   then     per pattern a length byte (1 + b % 64) and that many symbol bytes
//   then     two bytes of text length (mod 600: past 255 the 8-bit lane counters wrap) and the
//            text's symbol bytes (missing bytes read as 0)
// Any mismatch prints the case and traps.
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "../src/multi_lanes.hpp"
#include "naive.hpp"

namespace {

using editops::Symbol;
using editops::detail::LaneMetric;
using editops::detail::SimdPath;

struct Bytes {
  const uint8_t* data;
  size_t size;
  size_t pos = 0;
  uint8_t next() { return pos < size ? data[pos++] : 0; }
};

editops::Sequence view(const std::vector<Symbol>& s) { return {s.data(), s.size()}; }

void print(const char* name, const std::vector<Symbol>& s) {
  std::fprintf(stderr, "%s [", name);
  for (const Symbol c : s) std::fprintf(stderr, " %u", c);
  std::fprintf(stderr, " ]\n");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Bytes in{data, size};
  const uint8_t flags = in.next();
  const LaneMetric metric = (flags & 3) == 1 ? LaneMetric::Osa : (flags & 3) == 2 ? LaneMetric::Indel : LaneMetric::Levenshtein;
  const bool wide = (flags & 4) != 0;
  const size_t alphabet = 1 + in.next() % 8;
  const auto symbol = [&](uint8_t b) -> Symbol {
    const Symbol c = b % alphabet;
    return wide && c % 2 == 1 ? 0xFFFFFFF0u - c : 'a' + c;
  };
  const size_t count = 1 + in.next() % 72;
  std::vector<std::vector<Symbol>> patterns(count);
  for (auto& pattern : patterns) {
    const size_t length = 1 + in.next() % 64;
    for (size_t i = 0; i < length; ++i) pattern.push_back(symbol(in.next()));
  }
  const size_t text_length = (in.next() | static_cast<size_t>(in.next()) << 8) % 600;
  std::vector<Symbol> text;
  for (size_t j = 0; j < text_length; ++j) text.push_back(symbol(in.next()));

  editops::detail::StreamAlphabet streamed;
  streamed.add(view(text));
  std::vector<uint32_t> ids;
  streamed.encode(view(text), ids);
  std::vector<editops::Sequence> views;
  for (const auto& pattern : patterns) views.push_back(view(pattern));
  std::vector<int64_t> want(count);
  for (size_t k = 0; k < count; ++k) {
    want[k] = metric == LaneMetric::Levenshtein ? editops::naive::levenshtein_distance(views[k], view(text))
              : metric == LaneMetric::Osa       ? editops::naive::osa_distance(views[k], view(text))
                                                : editops::naive::indel_distance(views[k], view(text));
  }
  for (const SimdPath path : {SimdPath::Scalar, SimdPath::Sse2, SimdPath::Avx2, SimdPath::Simd128, SimdPath::Neon}) {
    if (!editops::detail::simd_path_runs(path)) continue;
    editops::detail::LaneSet lanes(path, metric);
    lanes.build(views.data(), count, streamed);
    std::vector<int64_t> got(count, -7);
    lanes.distances(ids.data(), ids.size(), got.data());
    for (size_t k = 0; k < count; ++k) {
      if (got[k] == want[k]) continue;
      std::fprintf(stderr, "lanes on %s, metric %d: %lld != %lld\n", editops::detail::simd_path_name(path),
                   static_cast<int>(metric), static_cast<long long>(got[k]), static_cast<long long>(want[k]));
      print("pattern", patterns[k]);
      print("text", text);
      __builtin_trap();
    }
  }
  return 0;
}
