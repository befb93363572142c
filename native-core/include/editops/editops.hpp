// editops: the one public C++ header. The Node-API addon and the WebAssembly build both include
// this file and compile the same sources under native-core/src; nothing here knows about Node or
// emscripten.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "editops/c_api.h"

namespace editops {

// Sequences are arrays of 32-bit symbols. The TypeScript layer maps strings (code points, UTF-16
// units or graphemes), tokens and integer arrays onto symbols, so the core compares integers only.
using Symbol = uint32_t;

struct Sequence {
  const Symbol* data;
  size_t size;
};

// The numbers are the C API's (c_api.h), which the bindings and @editops/core share.
enum class Metric : int32_t {
  Levenshtein = EO_METRIC_LEVENSHTEIN,
  Osa = EO_METRIC_OSA,
  Damerau = EO_METRIC_DAMERAU,
  Indel = EO_METRIC_INDEL,
  Hamming = EO_METRIC_HAMMING,
  Lcsseq = EO_METRIC_LCSSEQ,
  Prefix = EO_METRIC_PREFIX,
  Postfix = EO_METRIC_POSTFIX,
  Jaro = EO_METRIC_JARO,
  JaroWinkler = EO_METRIC_JARO_WINKLER,
};

// Op codes inside the packed editops array: [type, srcPos, destPos] per op, in forward order.
enum class OpType : int32_t { Insert = EO_OP_INSERT, Delete = EO_OP_DELETE, Replace = EO_OP_REPLACE, Transpose = EO_OP_TRANSPOSE };

// "No cutoff". A cutoff of k means: answers above k are reported as k + 1 (distance) or as
// Status::OverMaxDistance (editops).
constexpr int64_t kNoMaxDistance = EO_NO_MAX_DISTANCE;

// Costs of the three Levenshtein operations (positive integers). Used by Metric::Levenshtein only;
// the other metrics ignore them. Uniform weights (all 1) take the unweighted fast paths. A
// negative weight is not supported: distance() returns -1 and editops() Status::Unsupported.
// Weights so large that a cost could overflow int64 make distance() return kDistanceTooLarge and
// editops() Status::TooLarge (the TypeScript layer caps weights at 2^20, far below that).
struct Weights {
  int64_t insert = 1;
  int64_t remove = 1;  // "delete" is a keyword
  int64_t replace = 1;
};

// Which algorithm path editops() takes. Auto lets the core choose by size and cutoff; the others
// exist so that tests can force every path on the same inputs and check that each returns the
// same canonical script. A forced path the metric does not have falls back to Auto.
enum class Path : int32_t { Auto = EO_PATH_AUTO, Full = EO_PATH_FULL, Banded = EO_PATH_BANDED, Split = EO_PATH_SPLIT };

struct Options {
  Metric metric = Metric::Levenshtein;
  int64_t max_distance = kNoMaxDistance;
  Weights weights;
  Path path = Path::Auto;
};

enum class Status : int32_t {
  Ok = EO_STATUS_OK,
  OverMaxDistance = EO_STATUS_OVER_MAX_DISTANCE,  // the distance is larger than Options::max_distance
  TooLarge = EO_STATUS_TOO_LARGE,  // the work would exceed the core's memory budget; nothing was allocated
  Unsupported = EO_STATUS_UNSUPPORTED,  // the metric is not implemented by this build of the core
};

// What distance() returns when the answer cannot be computed within the core's limits (today:
// weighted Levenshtein costs that could overflow int64). Every metric computes its distance in
// O(n + m) memory, so the memory budget never produces it.
constexpr int64_t kDistanceTooLarge = EO_DISTANCE_TOO_LARGE;

// Edit distance between a and b under options. When a cutoff is set and the distance is above
// it, returns max_distance + 1. Returns -1 for an unsupported metric (or a negative weight) and
// kDistanceTooLarge (-2) as described above.
//
// Metric::Hamming is always the *padded* Hamming distance: mismatches over the common length plus
// |n - m| (the TypeScript layer rejects unequal lengths unless the caller opts into padding).
int64_t distance(Sequence a, Sequence b, const Options& options);

// The canonical optimal edit script (see docs/semantics.md) turning a into b, appended to `ops`
// as packed int32 triples [OpType, srcPos, destPos] in forward order. `ops` is cleared first.
//
// Metric::Damerau spells one Lowrance-Wagner transposition block, a[k-1] X a[i-1] -> b[l-1] Y b[j-1]
// (X = a[k..i-1) deleted, x = |X|; Y = b[l..j-1) inserted, y = |Y|; a[k-1] == b[j-1] and
// a[i-1] == b[l-1]), as 1 + x + y consecutive ops: [Transpose, k-1, l-1], then [Delete, k-1+t, l]
// for t = 1..x, then [Insert, i-1, l-1+t] for t = 1..y. With x = y = 0 it is the plain adjacent
// transposition [Transpose, i-2, j-2], the only kind Metric::Osa produces. Every op costs 1, so
// the number of ops is the distance (for weighted Levenshtein the ops' weights add up to it).
Status editops(Sequence a, Sequence b, const Options& options, std::vector<int32_t>& ops);

// Bytes of working memory that editops may use before it returns Status::TooLarge.
constexpr size_t kEditopsMemoryBudget = size_t{1} << 30;

// How many of a sequence's symbols fall in each of 32 buckets: 4 bits a bucket, saturating at 15,
// buckets 0-15 in counts[0] and 16-31 in counts[1].
struct SymbolSignature {
  uint64_t counts[2] = {0, 0};
};
// (symbol_signature, below; see ChoiceIndex).
// One query compared with many choices (the "cached scorer"): whatever depends only on the query
// (its trimmed-independent match vectors, for the bit-parallel metrics) is built once.
// distance(choice, k) equals editops::distance(query, choice, options with max_distance = k).
class CachedScorer {
 public:
  CachedScorer(Sequence query, const Options& options);
  ~CachedScorer();
  CachedScorer(const CachedScorer&) = delete;
  CachedScorer& operator=(const CachedScorer&) = delete;

  int64_t distance(Sequence choice, int64_t max_distance) const;

  // out[i] = distance(choices[i], max_distance) for i < count: the same answers, computed several
  // choices at a time with SIMD where the query allows it (src/myers_lanes.hpp).
  void distances(const Sequence* choices, size_t count, int64_t max_distance, int64_t* out) const;

 private:
  struct Impl;
  Impl* impl_;
};

// Choices for the batch calls: choice i is symbols[offsets[i], offsets[i + 1]).
struct Choices {
  const Symbol* symbols;
  const uint32_t* offsets;  // count + 1 entries
  size_t count;
  Sequence at(size_t i) const { return {symbols + offsets[i], static_cast<size_t>(offsets[i + 1] - offsets[i])}; }
};

// An index of a choice list for extract, built once (build_choice_index) for many calls against
// the same list, as prepared choices are. It lists the choices by length, so that extract visits
// them in rings of growing length difference from the query and stops at the first ring beyond its
// cutoff; and it keeps, per position, a signature of the symbols its choice holds, so that a
// choice whose symbols differ too much from the query's is rejected without reading them
// (src/signature_bound.hpp). extract's answers with an index are its answers without one.
struct ChoiceIndex {
  const uint32_t* order;       // count choice numbers: by length, then by number
  const uint32_t* signatures;  // kSignatureWords per position: the SymbolSignature of choice order[p]
  size_t count;                // the list's choice count
};

constexpr size_t kSignatureWords = 4;  // counts[0] (low word first), then counts[1]

SymbolSignature symbol_signature(Sequence s);

// Writes the index of `choices`: choices.count words to order, kSignatureWords * choices.count to
// signatures.
void build_choice_index(const Choices& choices, uint32_t* order, uint32_t* signatures);

// The signature of position p of an index.
inline SymbolSignature signature_at(const ChoiceIndex& index, size_t p) {
  const uint32_t* w = index.signatures + kSignatureWords * p;
  SymbolSignature signature;
  signature.counts[0] = w[0] | (uint64_t{w[1]} << 32);
  signature.counts[1] = w[2] | (uint64_t{w[3]} << 32);
  return signature;
}

// The batch calls report distances as int32: a distance above INT32_MAX (only reachable with huge
// weights on huge inputs) is reported as INT32_MAX. `stop`, when given, is polled between
// choices; once it reads non-zero the call returns early and its outputs are unspecified (the
// caller discards them). It is a byte the JS side writes while the work runs on other threads.
using StopFlag = const volatile uint8_t*;

// out[i] = distance(query, choice i) for i in [begin, end), with options.max_distance as cutoff.
void distance_many(Sequence query, const Choices& choices, size_t begin, size_t end, const Options& options,
                   int32_t* out, StopFlag stop = nullptr);

// Rows [row_begin, row_end) of the queries x choices matrix, row-major: out[r * choices.count + c].
void distance_matrix(const Choices& queries, const Choices& choices, size_t row_begin, size_t row_end,
                     const Options& options, int32_t* out, StopFlag stop = nullptr);

// The `limit` best choices in [begin, end) by (distance, index), each within options.max_distance
// (when set). Writes them sorted to out_index / out_distance and returns how many were written.
// Once `limit` matches are held, the worst of them tightens the cutoff for the remaining choices.
size_t extract(Sequence query, const Choices& choices, size_t begin, size_t end, const Options& options,
               size_t limit, int32_t* out_index, int32_t* out_distance, StopFlag stop = nullptr);

// extract over all the choices, visited through their index (ChoiceIndex): the same answer.
size_t extract(Sequence query, const Choices& choices, const ChoiceIndex& index, const Options& options,
               size_t limit, int32_t* out_index, int32_t* out_distance, StopFlag stop = nullptr);

// One extract call run by several threads together: construct it, call run() from each thread,
// and once every run() has returned, take the answer with results(). It is the answer extract()
// gives over all the choices.
//
// The threads take chunks of the choices from one counter, in order, so they move through the
// list together and none waits on a slower one, and they keep one heap of the best matches, so
// every thread scores under the cutoff of all the matches found so far. Entering the heap takes
// a lock, but that is rare: almost every choice is rejected by the cutoff, which is an atomic.
class SharedExtract {
 public:
  // Choices per chunk: more threads than chunks would find nothing to do.
  static constexpr size_t kChunk = 1024;

  // With an index (kept alive by the caller until results()), the threads take chunks of its
  // length rings instead of the list in order.
  SharedExtract(Sequence query, const Choices& choices, const Options& options, size_t limit,
                const ChoiceIndex* index = nullptr);
  ~SharedExtract();
  SharedExtract(const SharedExtract&) = delete;
  SharedExtract& operator=(const SharedExtract&) = delete;

  void run(StopFlag stop = nullptr);
  size_t results(int32_t* out_index, int32_t* out_distance);

 private:
  struct State;
  State* state_;
};

}  // namespace editops
