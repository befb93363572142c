// Helpers shared by the tests: building sequences, calling the public API, applying a script.
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "editops/editops.hpp"

namespace testing {

using Seq = std::vector<editops::Symbol>;
using Ops = std::vector<int32_t>;

constexpr int32_t kInsert = static_cast<int32_t>(editops::OpType::Insert);
constexpr int32_t kDelete = static_cast<int32_t>(editops::OpType::Delete);
constexpr int32_t kReplace = static_cast<int32_t>(editops::OpType::Replace);

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
