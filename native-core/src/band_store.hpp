// Stored bit vectors for the bit-parallel backtraces: VP_j and D0_j (V_j for Indel) of the band's blocks,
// column by column, and the two ways the backtrace reads them (all columns at once, or one strip of
// columns at a time, recomputed from checkpoints: see band_editops.hpp).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace editops::detail {

// An allocator whose value-initialization leaves trivial values uninitialized, so that
// vector::resize does not zero memory that is about to be overwritten.
template <class T>
struct DefaultInitAllocator : std::allocator<T> {
  template <class U>
  struct rebind {
    using other = DefaultInitAllocator<U>;
  };
  DefaultInitAllocator() = default;
  template <class U>
  DefaultInitAllocator(const DefaultInitAllocator<U>&) {}
  template <class U>
  void construct(U* p) {
    ::new (static_cast<void*>(p)) U;
  }
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

// Columns first_column(), first_column() + 1, ...; column c keeps blocks first..last of VP and D0,
// interleaved (VP, D0 per block).
class BandColumns {
 public:
  static constexpr uint64_t kColumnBytes = sizeof(uint32_t) + sizeof(size_t);  // per column
  static constexpr uint64_t kBlockBytes = 2 * sizeof(uint64_t);                  // per stored block

  void reset(size_t first_column) {
    first_column_ = first_column;
    first_.clear();
    offset_.assign(1, 0);
    words_.clear();
  }

  void release() {
    std::vector<uint32_t>().swap(first_);
    std::vector<size_t>().swap(offset_);
    std::vector<uint64_t, DefaultInitAllocator<uint64_t>>().swap(words_);
  }

  // Reserves room for `columns` columns and `blocks` stored blocks in all.
  void reserve(size_t columns, size_t blocks) {
    first_.reserve(columns);
    offset_.reserve(columns + 1);
    words_.reserve(2 * blocks);
  }

  uint64_t bytes() const {
    return first_.capacity() * sizeof(uint32_t) + offset_.capacity() * sizeof(size_t) +
           words_.capacity() * sizeof(uint64_t);
  }

  // Appends the next column: blocks [first, last] of VP and D0 (indexed by block). Returns false,
  // appending nothing, when that would take the store past byte_limit. Callers reserve() the
  // columns up front; the words grow by doubling, clamped to the limit.
  bool append(size_t first, size_t last, const uint64_t* VP, const uint64_t* D0, uint64_t byte_limit) {
    const size_t count = last - first + 1;
    const size_t at = words_.size();
    if (at + 2 * count > words_.capacity() || first_.size() == first_.capacity()) {
      if (first_.size() == first_.capacity()) {
        first_.reserve(std::max<size_t>(16, 2 * first_.capacity()));
        offset_.reserve(first_.capacity() + 1);
      }
      const uint64_t fixed = first_.capacity() * sizeof(uint32_t) + offset_.capacity() * sizeof(size_t);
      const uint64_t limit_words = byte_limit > fixed ? (byte_limit - fixed) / sizeof(uint64_t) : 0;
      if (at + 2 * count > limit_words) return false;
      if (at + 2 * count > words_.capacity()) {
        words_.reserve(static_cast<size_t>(
            std::min<uint64_t>(std::max<uint64_t>(2 * words_.capacity(), at + 2 * count), limit_words)));
      }
    }
    words_.resize(at + 2 * count);  // DefaultInit: no zeroing of what is overwritten next
    uint64_t* out = words_.data() + at;
    for (size_t w = first; w <= last; ++w, out += 2) {
      out[0] = VP[w];
      out[1] = D0[w];
    }
    first_.push_back(static_cast<uint32_t>(first));
    offset_.push_back((at + 2 * count) / 2);
    return true;
  }

  size_t first_column() const { return first_column_; }
  size_t end_column() const { return first_column_ + first_.size(); }

  // Whether row i (>= 1) of column j is inside the stored band.
  bool in_band(size_t i, size_t j) const {
    const size_t c = j - first_column_;
    const size_t w = (i - 1) / 64;
    return w >= first_[c] && w - first_[c] < offset_[c + 1] - offset_[c];
  }
  bool vp(size_t i, size_t j) const { return bit(0, i, j); }
  bool d0(size_t i, size_t j) const { return bit(1, i, j); }

 private:
  bool bit(size_t which, size_t i, size_t j) const {
    const size_t c = j - first_column_;
    const size_t block = offset_[c] + (i - 1) / 64 - first_[c];
    return ((words_[2 * block + which] >> ((i - 1) % 64)) & 1) != 0;
  }

  size_t first_column_ = 1;
  std::vector<uint32_t> first_;
  std::vector<size_t> offset_ = std::vector<size_t>(1, 0);
  std::vector<uint64_t, DefaultInitAllocator<uint64_t>> words_;
};

// VP_j / D0_j (V_j for Indel) of a single-word pass, two words per column j at [2 (j - 1)].
class SingleWordBits {
 public:
  explicit SingleWordBits(const uint64_t* store) : store_(store) {}
  void seek(size_t) {}
  bool in_band(size_t, size_t) const { return true; }
  bool vp(size_t i, size_t j) const { return ((store_[2 * (j - 1)] >> (i - 1)) & 1) != 0; }
  bool d0(size_t i, size_t j) const { return ((store_[2 * (j - 1) + 1] >> (i - 1)) & 1) != 0; }

 private:
  const uint64_t* store_;
};

// Columns of a single-word pass kept for the backtrace: on the stack when short. Texts longer
// than kMaxColumns go through the band machinery instead (which can split).
class SingleWordStore {
 public:
  static constexpr size_t kMaxColumns = size_t{16} << 20;
  explicit SingleWordStore(size_t m) {
    if (m > 64) {
      heap_.resize(2 * m);
      data_ = heap_.data();
    }
  }
  uint64_t* data() { return data_; }

 private:
  uint64_t local_[2 * 64];
  std::vector<uint64_t, DefaultInitAllocator<uint64_t>> heap_;
  uint64_t* data_ = local_;
};

// The backtrace's view when every column is stored. seek(j) announces that the backtrace is about
// to read columns j and j - 1 (j never increases).
class StoredBits {
 public:
  explicit StoredBits(const BandColumns& store) : store_(store) {}
  void seek(size_t) {}
  bool in_band(size_t i, size_t j) const { return store_.in_band(i, j); }
  bool vp(size_t i, size_t j) const { return store_.vp(i, j); }
  bool d0(size_t i, size_t j) const { return store_.d0(i, j); }

 private:
  const BandColumns& store_;
};

}  // namespace editops::detail
