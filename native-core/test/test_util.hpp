// Helpers shared by the tests: building sequences, calling the public API, applying a script.
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "editops/editops.hpp"

namespace testing {

// Randomized tests run `count` cases in optimized builds and a quarter of them in unoptimized
// (sanitizer) builds, which are many times slower; both stay deterministic.
inline int scaled(int count) {
#ifdef NDEBUG
  return count;
#else
  return count / 4 > 0 ? count / 4 : 1;
#endif
}

using Seq = std::vector<editops::Symbol>;
using Ops = std::vector<int32_t>;

constexpr int32_t kInsert = static_cast<int32_t>(editops::OpType::Insert);
constexpr int32_t kDelete = static_cast<int32_t>(editops::OpType::Delete);
constexpr int32_t kReplace = static_cast<int32_t>(editops::OpType::Replace);
constexpr int32_t kTranspose = static_cast<int32_t>(editops::OpType::Transpose);

// Code points of a UTF-32 literal, e.g. seq(U"kitten").
inline Seq seq(const std::u32string& s) { return Seq(s.begin(), s.end()); }

inline editops::Sequence view(const Seq& s) { return {s.data(), s.size()}; }

inline int64_t distance(const Seq& a, const Seq& b,
                        int64_t max_distance = editops::kNoMaxDistance) {
  editops::Options options;
  options.max_distance = max_distance;
  return editops::distance(view(a), view(b), options);
}

struct Script {
  editops::Status status;
  Ops ops;
};

// Options for a metric, with an optional cutoff and weights.
inline editops::Options options_for(editops::Metric metric,
                                    int64_t max_distance = editops::kNoMaxDistance,
                                    editops::Weights weights = {}) {
  editops::Options options;
  options.metric = metric;
  options.max_distance = max_distance;
  options.weights = weights;
  return options;
}

inline int64_t distance(const editops::Options& options, const Seq& a, const Seq& b) {
  return editops::distance(view(a), view(b), options);
}

inline Script script(const editops::Options& options, const Seq& a, const Seq& b) {
  Script result{editops::Status::Ok, {7, 7, 7}};  // junk: editops must clear it
  result.status = editops::editops(view(a), view(b), options, result.ops);
  return result;
}

inline Script script(const Seq& a, const Seq& b, int64_t max_distance = editops::kNoMaxDistance) {
  editops::Options options;
  options.max_distance = max_distance;
  Script result{editops::Status::Ok, {7, 7, 7}};  // junk: editops must clear it
  result.status = editops::editops(view(a), view(b), options, result.ops);
  return result;
}

// Applies a forward-order script to a, checking that it is well formed on the way: known op
// types, srcPos and destPos in range and increasing, and destPos equal to the output length at
// every op (the rapidfuzz / python-Levenshtein convention). Returns false if malformed.
//
// A Transpose at (s, d) starts a block (the Damerau spelling in editops.hpp): the deletes right
// after it with srcPos s+1, s+2, ... and destPos d+1 remove X = a[s+1..s+x], the inserts after
// those with srcPos s+x+1 and destPos d+1, d+2, ... add Y = b[d+1..d+y], and a[s], a[s+x+1] trade
// places: the block writes a[s+x+1] Y a[s]. An adjacent transposition is the block x = y = 0.
inline bool apply(const Seq& a, const Seq& b, const Ops& ops, Seq& out) {
  out.clear();
  if (ops.size() % 3 != 0) return false;
  size_t src = 0;
  for (size_t k = 0; k < ops.size(); k += 3) {
    const int32_t type = ops[k];
    if (ops[k + 1] < 0 || ops[k + 2] < 0) return false;
    const auto src_pos = static_cast<size_t>(ops[k + 1]);
    const auto dest_pos = static_cast<size_t>(ops[k + 2]);
    if (src_pos < src || src_pos > a.size()) return false;
    out.insert(out.end(), a.begin() + static_cast<std::ptrdiff_t>(src),
               a.begin() + static_cast<std::ptrdiff_t>(src_pos));
    src = src_pos;
    if (out.size() != dest_pos) return false;
    if (type == kTranspose) {
      size_t x = 0;
      size_t y = 0;
      const auto next_is = [&](int32_t t, size_t s, size_t d) {
        const size_t n = k + 3;
        return n < ops.size() && ops[n] == t && ops[n + 1] == static_cast<int32_t>(s) &&
               ops[n + 2] == static_cast<int32_t>(d);
      };
      while (next_is(kDelete, src_pos + x + 1, dest_pos + 1)) ++x, k += 3;
      while (next_is(kInsert, src_pos + x + 1, dest_pos + y + 1)) ++y, k += 3;
      if (src_pos + x + 1 >= a.size() || dest_pos + y + 1 >= b.size()) return false;
      out.push_back(a[src_pos + x + 1]);
      out.insert(out.end(), b.begin() + static_cast<std::ptrdiff_t>(dest_pos + 1),
                 b.begin() + static_cast<std::ptrdiff_t>(dest_pos + 1 + y));
      out.push_back(a[src_pos]);
      src = src_pos + x + 2;
      continue;
    }
    if (type == kInsert || type == kReplace) {
      if (dest_pos >= b.size()) return false;
      out.push_back(b[dest_pos]);
    }
    if (type == kDelete || type == kReplace) {
      if (src_pos >= a.size()) return false;
      ++src;
    }
    if (type != kInsert && type != kDelete && type != kReplace) return false;
  }
  out.insert(out.end(), a.begin() + static_cast<std::ptrdiff_t>(src), a.end());
  return true;
}

// The cost of a script: the weight of each insert, delete and replace, 1 per transpose (the
// deletes and inserts of a Damerau block cost 1 apiece under the unit weights of that metric).
inline int64_t script_cost(const Ops& ops, const editops::Weights& w) {
  int64_t cost = 0;
  for (size_t k = 0; k < ops.size(); k += 3) {
    cost += ops[k] == kInsert ? w.insert : ops[k] == kDelete ? w.remove
            : ops[k] == kReplace                           ? w.replace
                                                           : 1;
  }
  return cost;
}

// Forward order: srcPos and destPos never decrease, and no two ops share (srcPos, destPos).
inline bool forward_order(const Ops& ops) {
  for (size_t k = 3; k < ops.size(); k += 3) {
    if (ops[k + 1] < ops[k - 2] || ops[k + 2] < ops[k - 1]) return false;
    if (ops[k + 1] == ops[k - 2] && ops[k + 2] == ops[k - 1]) return false;
  }
  return true;
}

// n symbols drawn uniformly from `alphabet`.
inline Seq random_seq(std::mt19937_64& rng, size_t n, const Seq& alphabet) {
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
  Seq s(n);
  for (auto& c : s) c = alphabet[pick(rng)];
  return s;
}

// n distinct-ish symbols over the whole uint32 range (Latin-1, BMP, astral and beyond).
inline Seq random_wide_seq(std::mt19937_64& rng, size_t n) {
  std::uniform_int_distribution<uint32_t> pick;
  Seq s(n);
  for (auto& c : s) c = pick(rng);
  return s;
}

}  // namespace testing
