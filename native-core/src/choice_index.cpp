// build_choice_index and symbol_signature (editops.hpp's ChoiceIndex).
#include <algorithm>
#include <cstring>
#include <vector>

#include "editops/editops.hpp"

namespace editops {

namespace {

// Folds a symbol to a bucket: code points and interned ids are dense small numbers, whose low
// five bits already spread them; the higher bits are folded in so that symbols far apart still
// differ.
unsigned bucket_of(Symbol c) { return (c ^ (c >> 5) ^ (c >> 10) ^ (c >> 15) ^ (c >> 20) ^ (c >> 25) ^ (c >> 30)) & 31; }

// Eight byte counts (each <= 15) as eight nibbles, byte k to nibble k.
uint64_t nibbles_of_bytes(uint64_t x) {
  x = (x | (x >> 4)) & 0x00FF00FF00FF00FFull;
  x = (x | (x >> 8)) & 0x0000FFFF0000FFFFull;
  return (x | (x >> 16)) & 0xFFFFFFFFull;
}

// Each byte (each < 128) at most 15.
uint64_t saturate_bytes(uint64_t x) {
  const uint64_t over = ((x + 0x7070707070707070ull) & 0x8080808080808080ull) >> 7;  // bytes >= 16
  return (x | (over * 0x0F)) & 0x0F0F0F0F0F0F0F0Full;
}

}  // namespace

SymbolSignature symbol_signature(Sequence s) {
  SymbolSignature signature;
  // Up to 127 symbols, the counts are bytes, four words of eight buckets each, added up without
  // a check per symbol and saturated once; longer sequences count in an array.
  if (s.size < 128) {
    uint64_t bytes[4] = {0, 0, 0, 0};
    for (size_t j = 0; j < s.size; ++j) {
      const unsigned bucket = bucket_of(s.data[j]);
      bytes[bucket >> 3] += uint64_t{1} << (8 * (bucket & 7));
    }
    for (size_t k = 0; k < 2; ++k) {
      signature.counts[k] = nibbles_of_bytes(saturate_bytes(bytes[2 * k])) | (nibbles_of_bytes(saturate_bytes(bytes[2 * k + 1])) << 32);
    }
    return signature;
  }
  size_t counts[32] = {};
  for (size_t j = 0; j < s.size; ++j) ++counts[bucket_of(s.data[j])];
  for (unsigned bucket = 0; bucket < 32; ++bucket) {
    signature.counts[bucket >> 4] |= uint64_t{std::min<size_t>(counts[bucket], 15)} << (4 * (bucket & 15));
  }
  return signature;
}

namespace {

void store_signature(uint32_t* signatures, size_t p, const SymbolSignature& signature) {
  uint32_t* w = signatures + kSignatureWords * p;
  for (size_t k = 0; k < 2; ++k) {
    w[2 * k] = static_cast<uint32_t>(signature.counts[k]);
    w[2 * k + 1] = static_cast<uint32_t>(signature.counts[k] >> 32);
  }
}

}  // namespace

void build_choice_index(const Choices& choices, uint32_t* order, uint32_t* signatures) {
  const size_t count = choices.count;
  const auto length = [&choices](size_t i) -> size_t { return choices.offsets[i + 1] - choices.offsets[i]; };
  size_t longest = 0;
  for (size_t i = 0; i < count; ++i) longest = std::max(longest, length(i));
  // Each choice's signature is computed in the list's order and stored at its position: read in
  // the order by length instead, the symbols come from all over the list, and on 100k words
  // those cache misses took longer than everything else together.
  if (longest <= 4 * count + 64) {
    // A counting sort, which keeps the order by number within a length. Lengths are bounded
    // here by the list's size, so the table is too.
    std::vector<uint32_t> next(longest + 2, 0);
    for (size_t i = 0; i < count; ++i) ++next[length(i) + 1];
    for (size_t l = 1; l < next.size(); ++l) next[l] += next[l - 1];
    for (size_t i = 0; i < count; ++i) {
      const size_t p = next[length(i)]++;
      order[p] = static_cast<uint32_t>(i);
      store_signature(signatures, p, symbol_signature(choices.at(i)));
    }
    return;
  }
  for (size_t i = 0; i < count; ++i) order[i] = static_cast<uint32_t>(i);
  std::stable_sort(order, order + count, [&length](uint32_t x, uint32_t y) { return length(x) < length(y); });
  std::vector<uint32_t> position(count);
  for (size_t p = 0; p < count; ++p) position[order[p]] = static_cast<uint32_t>(p);
  for (size_t i = 0; i < count; ++i) store_signature(signatures, position[i], symbol_signature(choices.at(i)));
}

}  // namespace editops
