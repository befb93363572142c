// StreamAlphabet and LaneSet (multi_lanes.hpp): grouping patterns into lanes, building the group
// tables, and turning the kernel's lane words into distances.
#include "multi_lanes.hpp"

#include <algorithm>
#include <cstring>

#include "metric_table.hpp"

namespace editops::detail {
namespace {

unsigned lane_width_for(size_t length) { return length <= 8 ? 8 : length <= 16 ? 16 : length <= 32 ? 32 : 64; }

// Lane words are little-endian W-bit words at lane * W / 8; memcpy of a constant size compiles
// to one load or store (and keeps the byte table free of aliasing questions).
template <class T>
T read_word(const uint8_t* words, size_t lane) {
  T value;
  std::memcpy(&value, words + lane * sizeof(T), sizeof(T));
  return value;
}

template <class T>
void write_word(uint8_t* words, size_t lane, T value) {
  std::memcpy(words + lane * sizeof(T), &value, sizeof(T));
}

// fn(T{}) with the lane word type of a width.
template <class Fn>
void with_word(unsigned width, Fn&& fn) {
  switch (width) {
    case 8:
      return fn(uint8_t{});
    case 16:
      return fn(uint16_t{});
    case 32:
      return fn(uint32_t{});
    default:
      return fn(uint64_t{});
  }
}

// The kernel's Levenshtein / OSA score is the distance d modulo 2^width. d lies in
// [|n - m|, max(n, m)], a range of min(n, m) + 1 <= m + 1 <= width + 1 values, fewer than 2^width
// for every width (9 < 256 for 8-bit lanes): so d is the one value of that range with d's
// residue, |n - m| plus the wrapped difference.
int64_t recover_distance(uint64_t score, uint64_t n, uint64_t m, unsigned width) {
  const uint64_t low = n > m ? n - m : m - n;
  const uint64_t mask = width == 64 ? ~uint64_t{0} : (uint64_t{1} << width) - 1;
  return static_cast<int64_t>(low + ((score - low) & mask));
}

}  // namespace

bool lane_metric_of(const Options& options, LaneMetric& metric) {
  // The lanes run the same three recurrences as the cached scorer's bit-parallel passes, so the
  // metric table's answer (metric_table.hpp) is theirs too.
  switch (cached_kind(algorithm_of(options))) {
    case CachedKind::Levenshtein:
      metric = LaneMetric::Levenshtein;
      return true;
    case CachedKind::Osa:
      metric = LaneMetric::Osa;
      return true;
    case CachedKind::Indel:
      metric = LaneMetric::Indel;
      return true;
    case CachedKind::None:
      break;
  }
  return false;
}

void StreamAlphabet::add(Sequence text) {
  for (size_t j = 0; j < text.size; ++j) {
    const Symbol c = text.data[j];
    if (c < 256) {
      if (latin1_[c] == 0) latin1_[c] = static_cast<uint32_t>(++size_);
    } else if (wide_.emplace(c, static_cast<uint32_t>(size_ + 1)).second) {
      ++size_;
    }
  }
}

void StreamAlphabet::encode(Sequence text, std::vector<uint32_t>& out) const {
  for (size_t j = 0; j < text.size; ++j) out.push_back(id(text.data[j]));
}

size_t LaneSet::patterns_per_build(SimdPath path, size_t alphabet_size) {
  // At worst every group holds one 64-bit pattern per 8 bytes of vector: 8 (S + 1) bytes a pattern.
  constexpr size_t kBudget = size_t{1} << 20;
  const size_t per_pattern = 8 * (alphabet_size + 1);
  const size_t lanes64 = simd_vector_bytes(path) / 8;
  return std::max<size_t>(lanes64, std::min<size_t>(4096, kBudget / per_pattern));
}

void LaneSet::build(const Sequence* patterns, size_t count, const StreamAlphabet& alphabet) {
  const size_t bytes = simd_vector_bytes(path_);
  rows_ = alphabet.size() + 1;
  groups_.clear();
  members_.clear();
  lengths_.resize(count);
  // Patterns by width class, each class in the given order.
  for (const unsigned width : {8u, 16u, 32u, 64u}) {
    const size_t lanes = 8 * bytes / width;
    for (size_t k = 0; k < count; ++k) {
      if (lane_width_for(patterns[k].size) != width) continue;
      if (groups_.empty() || groups_.back().width != width || groups_.back().count == lanes) {
        Group group{};
        group.width = width;
        group.first = members_.size();
        group.table = groups_.size() * rows_ * bytes;
        groups_.push_back(group);
      }
      Group& group = groups_.back();
      with_word(width, [&](auto word) { write_word(group.lengths, group.count, static_cast<decltype(word)>(patterns[k].size)); });
      lengths_[k] = static_cast<uint32_t>(patterns[k].size);
      members_.push_back(static_cast<uint32_t>(k));
      ++group.count;
    }
  }
  table_.assign(groups_.size() * rows_ * bytes / 8, 0);
  auto* table = reinterpret_cast<uint8_t*>(table_.data());
  for (const Group& group : groups_) {
    with_word(group.width, [&](auto word) {
      using T = decltype(word);
      for (size_t lane = 0; lane < group.count; ++lane) {
        const Sequence pattern = patterns[members_[group.first + lane]];
        for (size_t i = 0; i < pattern.size; ++i) {
          uint8_t* row = table + group.table + alphabet.id(pattern.data[i]) * bytes;
          write_word<T>(row, lane, static_cast<T>(read_word<T>(row, lane) | T{1} << i));
        }
      }
    });
  }
}

void LaneSet::distances(const uint32_t* ids, size_t n, int64_t* out) const {
  const auto* table = reinterpret_cast<const unsigned char*>(table_.data());
  uint8_t words[32];
  for (const Group& group : groups_) {
    run_lane_kernel(path_, metric_, group.width, table + group.table, ids, n, group.lengths, words);
    with_word(group.width, [&](auto type) {
      using T = decltype(type);
      for (size_t lane = 0; lane < group.count; ++lane) {
        const uint32_t k = members_[group.first + lane];
        const uint64_t m = lengths_[k];
        const uint64_t word = read_word<T>(words, lane);
        out[k] = metric_ == LaneMetric::Indel ? static_cast<int64_t>(n + m - 2 * word)
                                              : recover_distance(word, n, m, 8 * sizeof(T));
      }
    });
  }
}

}  // namespace editops::detail
