// The pigeonhole filter of approximate search: k edits touch at most k of k + 1 disjoint pieces of
// the pattern, so every match within k contains one piece unchanged (Wu and Manber 1992; Navarro
// 2001, "A guided tour to approximate string matching", sec. 7). The filter finds exact piece
// occurrences and turns each into the interval of end offsets a match through it can have; the
// exact scan then runs only around those intervals (MatchFinder::run_filter, for search_best and
// for every match of search, fed whole or in chunks).
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
#include <cstring>
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
    longest_ = shortest + (m % pieces != 0 ? 1 : 0);
    bits_.assign(kBitmapBits / 64, 0);
    // Piece t is pattern[begin_t, begin_t + length_t); the first m % pieces are one longer.
    size_t begin = 0;
    for (size_t t = 0; t < pieces; ++t) {
      const size_t length = shortest + (t < m % pieces ? 1 : 0);
      for (size_t offset = 0; offset + q_ <= length; ++offset) {
        const uint32_t h = hash(pattern_.data(), begin + offset, pattern_.size());
        bits_[(h >> kShift) / 64] |= uint64_t{1} << ((h >> kShift) % 64);
        entries_.push_back(Entry{h, static_cast<uint32_t>(begin), static_cast<uint32_t>(length), static_cast<uint32_t>(offset)});
      }
      begin += length;
    }
    std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) { return a.hash < b.hash; });
  }

  // Symbols looked at between samples: the sampling stride.
  size_t stride() const { return stride_; }

  // The longest piece: a sample at i reads text[i - longest(), i + longest()) at most.
  size_t longest() const { return longest_; }

  // Calls found(end) for every piece occurrence whose q-gram starts at offset i of text[0, n):
  // a match within k through it ends in [end - k, end + k] (end - k may be below 0, end + k may
  // pass n). The text's units are symbols (uint32 symbols, or UTF-16 units read in place).
  // Returns the symbols compared, a measure of the work done.
  template <class Unit, class Found>
  size_t sample(const Unit* text, size_t n, size_t i, Found&& found) const {
    if (i + q_ > n) return 0;
    const uint32_t h = hash(text, i, n);
    if ((bits_[(h >> kShift) / 64] >> ((h >> kShift) % 64) & 1) == 0) return 0;
    size_t work = 0;
    const auto first = std::lower_bound(entries_.begin(), entries_.end(), h, [](const Entry& e, uint32_t v) { return e.hash < v; });
    const int64_t m = static_cast<int64_t>(pattern_.size());
    for (auto e = first; e != entries_.end() && e->hash == h; ++e) {
      if (i < e->offset) continue;
      const size_t p = i - e->offset;  // where the piece would start in the text
      if (p + e->length > n) continue;
      size_t same = 0;
      while (same < e->length && static_cast<Symbol>(text[p + same]) == pattern_[e->begin + same]) ++same;
      work += same + 1;
      if (same < e->length) continue;
      // The pattern's symbols before the piece end at p, those after it start at p + length;
      // with at most k edits the match ends within k of p + (m - begin).
      found(static_cast<int64_t>(p) + m - static_cast<int64_t>(e->begin));
    }
    return work;
  }

  // The first sample offset at or after i (i + t * stride(), i < stop) whose q-gram the bitmap
  // does not reject, or the first such offset >= stop: the samples between need nothing else, so
  // they are skipped in a tight loop (most samples of prose are rejected here).
  template <class Unit>
  size_t next_candidate(const Unit* text, size_t n, size_t i, size_t stop) const {
    const size_t last = n >= q_ ? std::min(stop, n - q_ + 1) : 0;  // a q-gram must fit
    i = q_ == 4 ? skip_rejected<4>(text, n, i, last) : skip_rejected<3>(text, n, i, last);
    if (i < last) return i;
    if (i < stop) i += (stop - i + stride_ - 1) / stride_ * stride_;
    return i;
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

  // The samples from i on (by stride, below last) that the bitmap rejects.
  // The samples from i on (by stride, below last) that the bitmap rejects; text[0, n).
  template <size_t Q, class Unit>
  size_t skip_rejected(const Unit* text, size_t n, size_t i, size_t last) const {
    const uint64_t* bits = bits_.data();
    const size_t stride = stride_;
    const size_t fast = n >= 4 ? std::min(last, n - 3) : 0;  // 4 units from i on are in the text
    for (; i < fast; i += stride) {
      const uint32_t h = hash_of<Q>(text + i) >> kShift;
      if ((bits[h / 64] >> (h % 64) & 1) != 0) return i;
    }
    for (; i < last; i += stride) {
      const uint32_t h = hash_at_end<Q>(text + i) >> kShift;
      if ((bits[h / 64] >> (h % 64) & 1) != 0) return i;
    }
    return i;
  }

  // The q-gram's hash, for q = Q known at compile time: symbols below 2^16 (all of a UTF-16
  // text) are packed 16 bits each into one word, multiplied once; any other q-gram mixes symbol
  // by symbol. Either way the top bits index the bitmap.
  static uint32_t mix(uint64_t packed) { return static_cast<uint32_t>((packed * 0x9E3779B97F4A7C15u) >> 32); }

  template <size_t Q>
  static uint32_t hash_of(const Symbol* s) {
    uint64_t packed = 0;
    Symbol wide = 0;
    for (size_t t = 0; t < Q; ++t) {
      packed |= static_cast<uint64_t>(s[t]) << (16 * t);
      wide |= s[t];
    }
    if (wide < 0x10000) return mix(packed);
    uint32_t h = 0;
    for (size_t t = 0; t < Q; ++t) h = (h ^ s[t]) * 0x85EBCA77u;
    return h;
  }

  // UTF-16 units: the same packing, read as one 64-bit load where the 4 units are there
  // (little-endian hosts; the q-gram is text[0, Q), the load may read one unit past it for Q = 3,
  // which the caller guarantees is in bounds).
  template <size_t Q>
  static uint32_t hash_of(const uint16_t* s) {
    uint64_t packed = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    std::memcpy(&packed, s, sizeof packed);
    if (Q == 3) packed &= (uint64_t{1} << 48) - 1;
#else
    for (size_t t = 0; t < Q; ++t) packed |= static_cast<uint64_t>(s[t]) << (16 * t);
#endif
    return mix(packed);
  }

  // hash_of<Q> where fewer than 4 units may follow s (the text's last q-gram for Q = 3).
  template <size_t Q, class Unit>
  static uint32_t hash_at_end(const Unit* s) {
    Symbol units[Q];
    for (size_t t = 0; t < Q; ++t) units[t] = s[t];
    return hash_of<Q>(static_cast<const Symbol*>(units));
  }

  // The hash of text[i, i + q) of text[0, n).
  template <class Unit>
  uint32_t hash(const Unit* text, size_t i, size_t n) const {
    if (i + 4 > n) return q_ == 4 ? hash_at_end<4>(text + i) : hash_at_end<3>(text + i);
    return q_ == 4 ? hash_of<4>(text + i) : hash_of<3>(text + i);
  }

  std::vector<Symbol> pattern_;
  int64_t k_;
  size_t q_ = 3;
  size_t stride_ = 1;
  size_t longest_ = 1;
  std::vector<uint64_t> bits_;
  std::vector<Entry> entries_;
};

}  // namespace editops::search_detail
