// The pigeonhole filter of approximate search: k edits touch at most k of k + 1 disjoint pieces of
// the pattern, so every match within k contains one piece unchanged (Wu and Manber 1992; Navarro
// 2001, "A guided tour to approximate string matching", sec. 7). The filter finds exact piece
// occurrences and turns each into the interval of end offsets a match through it can have; the
// exact scan then runs only around those intervals (MatchFinder::best).
//
// Occurrences are found by sampling: with pieces of at least L symbols and q-grams of q <= L
// symbols, an occurrence at p covers the q-grams starting at p .. p + L - q, a run of
// s = L - q + 1 offsets, which holds exactly one multiple of s. So only the q-grams at multiples
// of s are looked up (a bitmap of hashes rejects most), and each hit is checked against the
// pieces it could belong to.
//
// Valid for metrics whose every edit changes one pattern symbol or none (Levenshtein, Indel); an
// OSA transposition can straddle two pieces.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "editops/editops.hpp"

namespace editops::search_detail {

class PieceFilter {
 public:
  // Pieces shorter than this do not pay: their q-grams are too short to be rare in prose, and the
  // stride too small to skip much (measured: docs/decisions.md, "search: the piece filter").
  static constexpr size_t kMinPiece = 5;

  // Whether the filter applies to a pattern of m symbols at bound k.
  static bool worth_it(size_t m, int64_t k) {
    return k >= 0 && static_cast<uint64_t>(k) < m && m / (static_cast<size_t>(k) + 1) >= kMinPiece;
  }

  // Requires worth_it(pattern.size, k).
  PieceFilter(Sequence pattern, int64_t k) : pattern_(pattern.data, pattern.data + pattern.size), k_(k) {
    const size_t m = pattern.size;
    const size_t pieces = static_cast<size_t>(k) + 1;
    const size_t shortest = m / pieces;
    q_ = shortest >= 8 ? 4 : 3;
    stride_ = shortest - q_ + 1;
    bits_.assign(kBitmapBits / 64, 0);
    // Piece t is pattern[begin_t, begin_t + length_t); the first m % pieces are one longer.
    size_t begin = 0;
    for (size_t t = 0; t < pieces; ++t) {
      const size_t length = shortest + (t < m % pieces ? 1 : 0);
      for (size_t offset = 0; offset + q_ <= length; ++offset) {
        const uint32_t h = hash(pattern_.data() + begin + offset);
        bits_[(h >> kShift) / 64] |= uint64_t{1} << ((h >> kShift) % 64);
        entries_.push_back(Entry{h, static_cast<uint32_t>(begin), static_cast<uint32_t>(length), static_cast<uint32_t>(offset)});
      }
      begin += length;
    }
    std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) { return a.hash < b.hash; });
  }

  // Symbols looked at between samples: the sampling stride.
  size_t stride() const { return stride_; }

  // Calls found(lo, hi) for every piece occurrence whose q-gram starts at sample offset i of
  // text[0, n) (i a multiple of stride()): a match through it ends in [lo, hi] (lo may be below 0,
  // clamped to 0; hi may pass n). Returns the symbols compared, a measure of the work done.
  template <class Found>
  size_t sample(const Symbol* text, size_t n, size_t i, Found&& found) const {
    if (i + q_ > n) return 0;
    const uint32_t h = hash(text + i);
    if ((bits_[(h >> kShift) / 64] >> ((h >> kShift) % 64) & 1) == 0) return 0;
    size_t work = 0;
    const auto first = std::lower_bound(entries_.begin(), entries_.end(), h, [](const Entry& e, uint32_t v) { return e.hash < v; });
    const int64_t m = static_cast<int64_t>(pattern_.size());
    for (auto e = first; e != entries_.end() && e->hash == h; ++e) {
      if (i < e->offset) continue;
      const size_t p = i - e->offset;  // where the piece would start in the text
      if (p + e->length > n) continue;
      size_t same = 0;
      while (same < e->length && text[p + same] == pattern_[e->begin + same]) ++same;
      work += same + 1;
      if (same < e->length) continue;
      // The pattern's symbols before the piece end at p, those after it start at p + length;
      // with at most k edits the match ends within k of p + (m - begin).
      const int64_t end = static_cast<int64_t>(p) + m - static_cast<int64_t>(e->begin);
      found(std::max<int64_t>(end - k_, 0), end + k_);
    }
    return work;
  }

  // The least lo that any sample at offset >= i can report: later candidates never start before it.
  int64_t least_lo_from(size_t i) const { return static_cast<int64_t>(i + q_) - k_; }

 private:
  static constexpr unsigned kBitmapLog = 16;
  static constexpr uint32_t kBitmapBits = uint32_t{1} << kBitmapLog;
  static constexpr unsigned kShift = 32 - kBitmapLog;

  struct Entry {
    uint32_t hash;
    uint32_t begin;   // the piece's offset in the pattern
    uint32_t length;  // the piece's length
    uint32_t offset;  // the q-gram's offset in the piece
  };

  // The q-gram's hash. Symbols below 256 (most text) are packed into one word and multiplied
  // once; any other q-gram mixes symbol by symbol. Either way the top bits index the bitmap.
  uint32_t hash(const Symbol* s) const {
    uint32_t packed = 0;
    uint32_t wide = 0;
    for (size_t t = 0; t < q_; ++t) {
      packed = (packed << 8) | s[t];
      wide |= s[t];
    }
    if (wide < 256) return packed * 0x9E3779B1u;
    uint32_t h = 0;
    for (size_t t = 0; t < q_; ++t) h = (h ^ s[t]) * 0x85EBCA77u;
    return h;
  }

  std::vector<Symbol> pattern_;
  int64_t k_;
  size_t q_ = 3;
  size_t stride_ = 1;
  std::vector<uint64_t> bits_;
  std::vector<Entry> entries_;
};

}  // namespace editops::search_detail
