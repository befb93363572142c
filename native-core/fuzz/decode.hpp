// Turning libFuzzer's bytes into one differential test case: two symbol sequences, the options
// (cutoff, weights, path) and the parameters of the batch check. The layout is byte-oriented and
// forgiving (missing bytes read as 0), so every input decodes to something and small mutations
// make small changes to the case. make-seeds.mjs writes the same layout.
//
//   byte 0   flags: bit 0 cutoff present, bit 1 b derived from a by edits (else read directly),
//            bit 2 batch check, bit 3 stray weights (non-default weights; ignored by every metric
//            but levenshtein), bits 4-5 Options::path, bits 6-7 unused
//   byte 1   alphabet: bits 0-1 class (0: 2 symbols, 1: 4 symbols, 2: up to 32 symbols straddling
//            256, 3: raw 32-bit symbols, 4 bytes each), bit 2 the wide pool (NUL, astral,
//            0xFFFFFFFF) for classes 0-1, bits 3-7 the alphabet size for class 2
//   byte 2   cutoff (see cutoff_of)
//   bytes 3-5  weights insert, delete, replace (see weight_of)
//   byte 6   length of a, then a's symbols
//   then     b: an edit count and that many edits (derived), or a length and b's symbols
//   then     batch parameters (see BatchCase)
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "editops/editops.hpp"

namespace editops_fuzz {

using Seq = std::vector<editops::Symbol>;

// The metric families, one fuzz target each.
enum class Family { Levenshtein, Weighted, Osa, Damerau, Indel, Hamming };

class Reader {
 public:
  Reader(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  uint8_t byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  uint32_t u32() {
    uint32_t v = 0;
    for (int k = 0; k < 4; ++k) v |= static_cast<uint32_t>(byte()) << (8 * k);
    return v;
  }
  size_t left() const { return size_ - pos_; }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

// The choices of the batch check are built from a and b (so that distances vary but stay
// related): each entry of `recipes` picks one shape, see build_choices.
struct BatchCase {
  bool enabled = false;
  std::vector<uint8_t> recipes;  // 0..8 choices
  size_t begin = 0;              // taken modulo the count
  size_t end = 0;
  size_t limit = 0;  // for extract; 0 is legal and returns nothing
};

struct Case {
  Family family;
  editops::Options options;  // options.max_distance: the decoded cutoff, or kNoMaxDistance
  bool weights_in_range = true;  // false: huge or negative weights (outside the TS contract)
  Seq a;
  Seq b;
  BatchCase batch;
};

Case decode(Family family, const uint8_t* data, size_t size);

// Choice sequences for the batch check, made from a, b and the recipe bytes.
std::vector<Seq> build_choices(const Case& c);

}  // namespace editops_fuzz
