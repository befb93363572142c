#include "decode.hpp"

#include <algorithm>
#include <limits>

namespace editops_fuzz {
namespace {

constexpr int64_t kInt64Max = std::numeric_limits<int64_t>::max();

// Mostly small cutoffs (where the banded and early-exit paths live), sometimes medium ones for
// weighted distances, sometimes values so large that they mean "no cutoff" in practice.
int64_t cutoff_of(uint8_t v) {
  if (v < 224) return v;
  if (v < 240) return int64_t{v - 223} * 1000;
  if (v < 248) return (int64_t{1} << 31) - 2;  // the largest cutoff the TS layer passes on
  return kInt64Max;
}

// Mostly 1..8 (uniform weights now and then, which take the scaled unit-cost path), sometimes
// the TS layer's maximum 2^20; rarely values the TS layer never passes: weights so large that
// costs may overflow int64 (the core must answer kDistanceTooLarge / TooLarge) and a negative
// weight (distance -1, Status::Unsupported).
int64_t weight_of(uint8_t v) {
  if (v < 240) return 1 + v % 8;
  if (v < 250) return int64_t{1} << 20;
  if (v < 252) return kInt64Max / 300;  // overflows only for long inputs
  if (v < 254) return kInt64Max / 2;
  if (v == 254) return -1;
  return 1;
}

bool weight_in_range(int64_t w) { return w >= 1 && w <= (int64_t{1} << 20); }

struct Alphabet {
  unsigned cls = 0;
  bool wide = false;
  unsigned size = 2;  // class 2 only

  size_t bytes_per_symbol() const { return cls == 3 ? 4 : 1; }

  editops::Symbol read(Reader& in) const {
    static constexpr editops::Symbol kNarrow[4] = {'a', 'b', 'c', 'd'};
    static constexpr editops::Symbol kWide[4] = {0, 0xFFFFFFFFu, 0x1F600, 'a'};
    const editops::Symbol* pool = wide ? kWide : kNarrow;
    switch (cls) {
      case 0:
        return pool[in.byte() & 1];
      case 1:
        return pool[in.byte() & 3];
      case 2:
        return 240 + in.byte() % size;  // 240..272: both sides of the Latin-1 table's edge
      default:
        return in.u32();
    }
  }
};

// The length is capped by the bytes left, so that the input size (-max_len) bounds the work of
// the O(n * m) oracles.
Seq read_sequence(Reader& in, const Alphabet& alphabet) {
  const size_t length = std::min<size_t>(in.byte(), in.left() / alphabet.bytes_per_symbol());
  Seq s;
  s.reserve(length);
  for (size_t k = 0; k < length; ++k) s.push_back(alphabet.read(in));
  return s;
}

// b as a with up to 16 edits, each an op byte (bits 0-2 mod 5: insert, delete, replace, adjacent
// swap, swap across a gap of 1..4 given by bits 3-4), a position byte and, for insert and
// replace, a symbol.
Seq derive(Reader& in, const Alphabet& alphabet, const Seq& a) {
  Seq b = a;
  const unsigned edits = in.byte() % 17;
  for (unsigned e = 0; e < edits; ++e) {
    const uint8_t op = in.byte();
    const size_t pos = in.byte() % (b.size() + 1);
    const auto at = [&b](size_t p) { return b.begin() + static_cast<std::ptrdiff_t>(p); };
    switch ((op & 7) % 5) {
      case 0:
        b.insert(at(pos), alphabet.read(in));
        break;
      case 1:
        if (pos < b.size()) b.erase(at(pos));
        break;
      case 2:
        if (pos < b.size()) b[pos] = alphabet.read(in);
        break;
      case 3:
        if (pos + 1 < b.size()) std::swap(b[pos], b[pos + 1]);
        break;
      default: {
        const size_t other = pos + 2 + (op >> 3) % 4;
        if (other < b.size()) std::swap(b[pos], b[other]);
        break;
      }
    }
  }
  return b;
}

}  // namespace

Case decode(Family family, const uint8_t* data, size_t size) {
  Reader in(data, size);
  Case c;
  c.family = family;
  const uint8_t flags = in.byte();
  const uint8_t alphabet_byte = in.byte();
  const uint8_t cutoff = in.byte();
  const int64_t w_insert = weight_of(in.byte());
  const int64_t w_remove = weight_of(in.byte());
  const int64_t w_replace = weight_of(in.byte());

  switch (family) {
    case Family::Levenshtein:
    case Family::Weighted:
      c.options.metric = editops::Metric::Levenshtein;
      break;
    case Family::Osa:
      c.options.metric = editops::Metric::Osa;
      break;
    case Family::Damerau:
      c.options.metric = editops::Metric::Damerau;
      break;
    case Family::Indel:
      c.options.metric = editops::Metric::Indel;
      break;
    case Family::Hamming:
      c.options.metric = editops::Metric::Hamming;
      break;
  }
  c.options.max_distance = (flags & 1) != 0 ? cutoff_of(cutoff) : editops::kNoMaxDistance;
  c.options.path = static_cast<editops::Path>((flags >> 4) & 3);
  // Weighted always uses the decoded weights; the other non-Levenshtein families get them as
  // stray weights that must be ignored; plain Levenshtein keeps unit weights.
  const bool stray = (flags & 8) != 0 && family != Family::Levenshtein && family != Family::Weighted;
  if (family == Family::Weighted || stray) c.options.weights = {w_insert, w_remove, w_replace};
  if (family == Family::Weighted) {
    c.weights_in_range = weight_in_range(w_insert) && weight_in_range(w_remove) && weight_in_range(w_replace);
  }

  Alphabet alphabet;
  alphabet.cls = alphabet_byte & 3;
  alphabet.wide = (alphabet_byte & 4) != 0;
  alphabet.size = 2 + (alphabet_byte >> 3);  // 2..33

  c.a = read_sequence(in, alphabet);
  c.b = (flags & 2) != 0 ? derive(in, alphabet, c.a) : read_sequence(in, alphabet);

  c.batch.enabled = (flags & 4) != 0;
  if (c.batch.enabled) {
    const unsigned count = in.byte() % 9;
    for (unsigned k = 0; k < count; ++k) c.batch.recipes.push_back(in.byte());
    c.batch.begin = in.byte() % (count + 1);
    c.batch.end = in.byte() % (count + 1);
    if (c.batch.begin > c.batch.end) std::swap(c.batch.begin, c.batch.end);
    c.batch.limit = in.byte() % 10;
  }
  return c;
}

std::vector<Seq> build_choices(const Case& c) {
  std::vector<Seq> choices;
  for (const uint8_t r : c.batch.recipes) {
    const size_t p = r >> 3;
    Seq s;
    switch (r % 8) {
      case 0:
        s = c.b;
        break;
      case 1:
        s = c.a;
        break;
      case 2:
        break;  // empty
      case 3:
        s.assign(c.b.begin(), c.b.begin() + static_cast<std::ptrdiff_t>(p % (c.b.size() + 1)));
        break;
      case 4:
        s.assign(c.a.begin() + static_cast<std::ptrdiff_t>(p % (c.a.size() + 1)), c.a.end());
        break;
      case 5:
        s = c.b;
        if (!s.empty()) s[p % s.size()] = c.a.empty() ? 0 : c.a[0];
        break;
      case 6:
        s = c.a;
        s.insert(s.end(), c.b.begin(), c.b.end());
        break;
      default:
        s.assign(c.b.rbegin(), c.b.rend());
        break;
    }
    choices.push_back(std::move(s));
  }
  return choices;
}

}  // namespace editops_fuzz
