#include "differential.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string>
#include <vector>

#include "naive.hpp"
#include "script_check.hpp"

namespace editops_fuzz {
namespace {

using editops::Options;
using editops::Path;
using editops::Status;
using Ops = std::vector<int32_t>;

constexpr Path kPaths[] = {Path::Auto, Path::Full, Path::Banded, Path::Split};

editops::Sequence view(const Seq& s) { return {s.data(), s.size()}; }

// What distance() must return under cutoff k for a true distance d.
int64_t clamp(int64_t d, int64_t k) { return k >= 0 && d > k ? k + 1 : d; }

Options with(const Options& base, int64_t max_distance, Path path) {
  Options o = base;
  o.max_distance = max_distance;
  o.path = path;
  return o;
}

std::string show(const Seq& s) {
  const bool text = std::all_of(s.begin(), s.end(), [](editops::Symbol c) { return c >= 0x20 && c < 0x7f; });
  std::string out = "(" + std::to_string(s.size()) + ") ";
  if (text) return out + "\"" + std::string(s.begin(), s.end()) + "\"";
  out += "[";
  for (size_t k = 0; k < s.size(); ++k) out += (k != 0 ? ", " : "") + std::to_string(s[k]);
  return out + "]";
}

std::string show(const Ops& ops) {
  static const char* const kNames[] = {"ins", "del", "rep", "tr"};
  std::string out = "[";
  for (size_t k = 0; k + 2 < ops.size(); k += 3) {
    const int32_t t = ops[k];
    out += (k != 0 ? " " : "") + std::string(t >= 0 && t < 4 ? kNames[t] : "?") + "(" +
           std::to_string(ops[k + 1]) + "," + std::to_string(ops[k + 2]) + ")";
  }
  return out + "]";
}

std::string show(Status s) { return std::to_string(static_cast<int>(s)); }

void print_case(const Case& c) {
  const Options& o = c.options;
  std::fprintf(stderr,
               "  metric %d, weights %lld/%lld/%lld (insert/delete/replace), decoded max_distance %lld, decoded path "
               "%d\n  a %s\n  b %s\n",
               static_cast<int>(o.metric), static_cast<long long>(o.weights.insert),
               static_cast<long long>(o.weights.remove), static_cast<long long>(o.weights.replace),
               static_cast<long long>(o.max_distance), static_cast<int>(o.path), show(c.a).c_str(), show(c.b).c_str());
  if (c.batch.enabled) {
    std::string recipes;
    for (const uint8_t r : c.batch.recipes) recipes += " " + std::to_string(r);
    std::fprintf(stderr, "  batch: recipes%s, range [%zu, %zu), limit %zu\n", recipes.c_str(), c.batch.begin,
                 c.batch.end, c.batch.limit);
  }
}

[[noreturn]] void mismatch(const Case& c, const std::string& what) {
  std::fprintf(stderr, "\n==== editops differential mismatch ====\n%s\n", what.c_str());
  print_case(c);
  __builtin_trap();
}

void expect_eq(const Case& c, const std::string& what, int64_t got, int64_t want) {
  if (got != want) mismatch(c, what + " = " + std::to_string(got) + ", want " + std::to_string(want));
}

// editops() into a vector holding junk, which it must clear.
Status run_editops(const Seq& a, const Seq& b, const Options& o, Ops& ops) {
  ops.assign({9, 9, 9, 9, 9, 9});
  return editops::editops(view(a), view(b), o, ops);
}

std::string where(int64_t k, Path path) {
  return "(max_distance " + std::to_string(k) + ", path " + std::to_string(static_cast<int>(path)) + ")";
}

// The cutoffs worth trying for a pair at distance d: the decoded one and both sides of d.
std::vector<int64_t> cutoffs(const Case& c, int64_t d) {
  std::vector<int64_t> ks = {0, d};
  if (d >= 1) ks.push_back(d - 1);
  if (c.options.max_distance >= 0) ks.push_back(c.options.max_distance);
  std::sort(ks.begin(), ks.end());
  ks.erase(std::unique(ks.begin(), ks.end()), ks.end());
  return ks;
}

// distance and editops of (a, b) against the oracle, on every path and around the cutoff.
void check_pair(const Case& c) {
  const Options plain = with(c.options, editops::kNoMaxDistance, c.options.path);
  Options reversed = plain;  // b -> a: inserts and deletes trade places
  std::swap(reversed.weights.insert, reversed.weights.remove);

  const int64_t d = editops::naive::distance(view(c.a), view(c.b), plain);
  expect_eq(c, "distance(a, b)", editops::distance(view(c.a), view(c.b), plain), d);
  expect_eq(c, "distance(b, a)", editops::distance(view(c.b), view(c.a), reversed), d);

  const Ops want = editops::naive::editops(view(c.a), view(c.b), plain);
  const ScriptReport oracle_report = check_script(c.family, c.a, c.b, want, plain.weights);
  if (!oracle_report.error.empty()) mismatch(c, "the ORACLE's script is malformed: " + oracle_report.error);
  expect_eq(c, "oracle script cost", oracle_report.cost, d);

  Ops got;
  for (const Path path : kPaths) {
    const Status status = run_editops(c.a, c.b, with(c.options, editops::kNoMaxDistance, path), got);
    if (status != Status::Ok) mismatch(c, "editops status " + show(status) + " " + where(-1, path));
    if (got != want) {
      const ScriptReport r = check_script(c.family, c.a, c.b, got, plain.weights);
      mismatch(c, "editops " + where(-1, path) + "\n    core   " + show(got) + "\n    oracle " + show(want) +
                      "\n    core script: " + (r.error.empty() ? "well formed, cost " + std::to_string(r.cost) : r.error));
    }
  }

  for (const int64_t k : cutoffs(c, d)) {
    const Options cut = with(c.options, k, c.options.path);
    expect_eq(c, "distance(a, b) " + where(k, cut.path), editops::distance(view(c.a), view(c.b), cut), clamp(d, k));
    Options cut_reversed = reversed;
    cut_reversed.max_distance = k;
    expect_eq(c, "distance(b, a) " + where(k, cut.path), editops::distance(view(c.b), view(c.a), cut_reversed),
              clamp(d, k));
    // Every path was compared without a cutoff above; with one, the decoded path (the input
    // chooses it, so each gets its share of runs).
    for (const Path path : {c.options.path}) {
      const Status status = run_editops(c.a, c.b, with(c.options, k, path), got);
      const Status want_status = d > k ? Status::OverMaxDistance : Status::Ok;
      if (status != want_status) {
        mismatch(c, "editops status " + show(status) + ", want " + show(want_status) + " " + where(k, path) +
                        ", true distance " + std::to_string(d));
      }
      if (got != (want_status == Status::Ok ? want : Ops{})) {
        mismatch(c, "editops " + where(k, path) + "\n    core   " + show(got) + "\n    want   " +
                        show(want_status == Status::Ok ? want : Ops{}));
      }
    }
  }
}

bool costs_fit(size_t n, size_t m, const editops::Weights& w) {
  const auto largest = static_cast<unsigned __int128>(std::max({w.insert, w.remove, w.replace}));
  return (static_cast<unsigned __int128>(n) + m + 1) * largest <=
         static_cast<unsigned __int128>(std::numeric_limits<int64_t>::max());
}

// Weights the TS layer never passes. Negative: distance -1 and Status::Unsupported. Huge: where
// costs could overflow int64, kDistanceTooLarge and Status::TooLarge, consistently between the two
// calls; where they cannot (even untrimmed), the full oracle check; in between (the core may trim
// enough to fit), a script that applies and costs the distance.
void check_unusual_weights(const Case& c) {
  const editops::Weights& w = c.options.weights;
  Ops got;
  if (w.insert < 0 || w.remove < 0 || w.replace < 0) {
    for (const int64_t k : {editops::kNoMaxDistance, int64_t{0}, int64_t{5}}) {
      const Options o = with(c.options, k, c.options.path);
      expect_eq(c, "distance with a negative weight " + where(k, o.path), editops::distance(view(c.a), view(c.b), o), -1);
      const Status status = run_editops(c.a, c.b, o, got);
      if (status != Status::Unsupported || !got.empty()) {
        mismatch(c, "editops with a negative weight: status " + show(status) + " ops " + show(got));
      }
    }
    return;
  }
  if (costs_fit(c.a.size(), c.b.size(), w)) return check_pair(c);

  const Options plain = with(c.options, editops::kNoMaxDistance, c.options.path);
  const int64_t d = editops::distance(view(c.a), view(c.b), plain);
  const Status status = run_editops(c.a, c.b, plain, got);
  if ((d == editops::kDistanceTooLarge) != (status == Status::TooLarge)) {
    mismatch(c, "huge weights: distance " + std::to_string(d) + " but editops status " + show(status));
  }
  if (d == editops::kDistanceTooLarge) {
    if (!got.empty()) mismatch(c, "huge weights: TooLarge with ops " + show(got));
    return;
  }
  if (d < 0 || status != Status::Ok) mismatch(c, "huge weights: distance " + std::to_string(d) + ", status " + show(status));
  const ScriptReport r = check_script(c.family, c.a, c.b, got, w);
  if (!r.error.empty()) mismatch(c, "huge weights: script " + show(got) + ": " + r.error);
  expect_eq(c, "huge weights: script cost", r.cost, d);
}

// The batch calls report int32 distances, saturated at INT32_MAX (editops.hpp).
int32_t saturate(int64_t d) { return d > INT32_MAX ? INT32_MAX : static_cast<int32_t>(d); }

struct Packed {
  std::vector<editops::Symbol> symbols;
  std::vector<uint32_t> offsets = {0};
  explicit Packed(const std::vector<Seq>& list) {
    for (const Seq& s : list) {
      symbols.insert(symbols.end(), s.begin(), s.end());
      offsets.push_back(static_cast<uint32_t>(symbols.size()));
    }
  }
  editops::Choices view() const { return {symbols.data(), offsets.data(), offsets.size() - 1}; }
};

// (distance, index) pairs of extract's answer, for comparing.
using Ranked = std::vector<std::pair<int32_t, int32_t>>;

std::string show(const Ranked& r) {
  std::string out;
  for (const auto& [d, i] : r) out += " " + std::to_string(i) + ":" + std::to_string(d);
  return out.empty() ? " (none)" : out;
}

Ranked run_extract(const Seq& query, const editops::Choices& choices, size_t begin, size_t end, const Options& o,
                   size_t limit) {
  std::vector<int32_t> index(limit, -1);  // exactly `limit` slots: ASan sees an overrun
  std::vector<int32_t> dist(limit, -1);
  const size_t found = editops::extract(view(query), choices, begin, end, o, limit, index.data(), dist.data());
  Ranked r;
  for (size_t q = 0; q < std::min(found, limit); ++q) r.emplace_back(dist[q], index[q]);
  if (found > limit) r.emplace_back(-1, -1);  // never equal to a correct answer
  return r;
}

// CachedScorer, distance_many, distance_matrix, extract and SharedExtract against pairwise
// distance() on choices built from a and b.
void check_batch(const Case& c) {
  const std::vector<Seq> list = build_choices(c);
  const Packed packed(list);
  const editops::Choices choices = packed.view();
  const Options& o = c.options;  // max_distance: the decoded cutoff or none
  const int64_t k = o.max_distance;
  const Options plain = with(o, editops::kNoMaxDistance, o.path);

  std::vector<int64_t> exact;
  for (const Seq& s : list) exact.push_back(editops::distance(view(c.a), view(s), plain));

  const editops::CachedScorer scorer(view(c.a), o);
  for (size_t i = 0; i < list.size(); ++i) {
    for (int64_t cut : {editops::kNoMaxDistance, k, int64_t{0}, exact[i] - 1, exact[i], exact[i] + 1}) {
      if (cut < -1) continue;
      expect_eq(c, "CachedScorer choice " + std::to_string(i) + " " + show(list[i]) + " cutoff " + std::to_string(cut),
                scorer.distance(choices.at(i), cut), editops::distance(view(c.a), view(list[i]), with(o, cut, o.path)));
    }
  }

  const size_t begin = c.batch.begin;
  const size_t end = c.batch.end;
  const std::string range = "[" + std::to_string(begin) + ", " + std::to_string(end) + ")";
  constexpr int32_t kUntouched = -77;
  std::vector<int32_t> out(list.size(), kUntouched);
  editops::distance_many(view(c.a), choices, begin, end, o, out.data());
  for (size_t i = 0; i < list.size(); ++i) {
    const int64_t want = i >= begin && i < end ? saturate(clamp(exact[i], k)) : kUntouched;
    expect_eq(c, "distance_many " + range + " out[" + std::to_string(i) + "]", out[i], want);
  }

  // Queries a and b against every choice; the row range [1, 2) must leave row 0 alone.
  const Packed queries({c.a, c.b});
  for (const size_t row_begin : {size_t{0}, size_t{1}}) {
    std::vector<int32_t> matrix(2 * list.size(), kUntouched);
    editops::distance_matrix(queries.view(), choices, row_begin, 2, o, matrix.data());
    for (size_t row = 0; row < 2; ++row) {
      for (size_t i = 0; i < list.size(); ++i) {
        const Seq& query = row == 0 ? c.a : c.b;
        const int64_t want = row < row_begin ? kUntouched
                                             : saturate(editops::distance(view(query), view(list[i]), o));
        expect_eq(c, "distance_matrix rows [" + std::to_string(row_begin) + ", 2) cell " + std::to_string(row) + "," +
                         std::to_string(i),
                  matrix[row * list.size() + i], want);
      }
    }
  }

  Ranked want;
  for (size_t i = begin; i < end; ++i) {
    if (k < 0 || exact[i] <= k) want.emplace_back(saturate(exact[i]), static_cast<int32_t>(i));
  }
  std::sort(want.begin(), want.end());
  if (want.size() > c.batch.limit) want.resize(c.batch.limit);
  const Ranked got = run_extract(c.a, choices, begin, end, o, c.batch.limit);
  if (got != want) {
    mismatch(c, "extract " + range + " limit " + std::to_string(c.batch.limit) + " cutoff " + std::to_string(k) +
                    ": got" + show(got) + ", want" + show(want));
  }

  // The native async extract: SharedExtract over all the choices (run by one thread here; the
  // C++ tests run it on several).
  {
    Ranked want_all;
    for (size_t i = 0; i < list.size(); ++i) {
      if (k < 0 || exact[i] <= k) want_all.emplace_back(saturate(exact[i]), static_cast<int32_t>(i));
    }
    std::sort(want_all.begin(), want_all.end());
    if (want_all.size() > c.batch.limit) want_all.resize(c.batch.limit);
    editops::SharedExtract shared(view(c.a), choices, o, c.batch.limit);
    shared.run();
    shared.run();  // a second run finds no chunk left and changes nothing
    std::vector<int32_t> index(c.batch.limit + 1, -1);
    std::vector<int32_t> dist(c.batch.limit + 1, -1);
    const size_t shared_count = shared.results(index.data(), dist.data());
    Ranked together;
    for (size_t q = 0; q < std::min(shared_count, c.batch.limit); ++q) together.emplace_back(dist[q], index[q]);
    if (shared_count > c.batch.limit || together != want_all) {
      mismatch(c, "SharedExtract limit " + std::to_string(c.batch.limit) + ": got" + show(together) + ", want" + show(want));
    }

    // Through the choices' index (prepared choices): the same answer, alone and shared.
    std::vector<uint32_t> order(list.size());
    std::vector<uint32_t> signatures(editops::kSignatureWords * list.size());
    editops::build_choice_index(choices, order.data(), signatures.data());
    const editops::ChoiceIndex choice_index{order.data(), signatures.data(), list.size()};
    std::vector<int32_t> indexed_index(c.batch.limit, -1);  // exactly `limit` slots: ASan sees an overrun
    std::vector<int32_t> indexed_dist(c.batch.limit, -1);
    const size_t indexed_count =
        editops::extract(view(c.a), choices, choice_index, o, c.batch.limit, indexed_index.data(), indexed_dist.data());
    Ranked indexed;
    for (size_t q = 0; q < std::min(indexed_count, c.batch.limit); ++q) indexed.emplace_back(indexed_dist[q], indexed_index[q]);
    if (indexed_count > c.batch.limit || indexed != want_all) {
      mismatch(c, "extract with the index, limit " + std::to_string(c.batch.limit) + ": got" + show(indexed) + ", want" + show(want_all));
    }
    editops::SharedExtract shared_indexed(view(c.a), choices, o, c.batch.limit, &choice_index);
    shared_indexed.run();
    shared_indexed.run();
    const size_t shared_indexed_count = shared_indexed.results(index.data(), dist.data());
    Ranked together_indexed;
    for (size_t q = 0; q < std::min(shared_indexed_count, c.batch.limit); ++q) together_indexed.emplace_back(dist[q], index[q]);
    if (shared_indexed_count > c.batch.limit || together_indexed != want_all) {
      mismatch(c, "SharedExtract with the index, limit " + std::to_string(c.batch.limit) + ": got" + show(together_indexed) +
                      ", want" + show(want_all));
    }
  }

  // A stop flag already set: the calls return early; they must not crash or write out of range.
  const volatile uint8_t stop = 1;
  std::vector<int32_t> matrix(2 * list.size(), kUntouched);
  editops::distance_many(view(c.a), choices, begin, end, o, out.data(), &stop);
  editops::distance_matrix(queries.view(), choices, 0, 2, o, matrix.data(), &stop);
  std::vector<int32_t> index(c.batch.limit + 1, -1);
  std::vector<int32_t> dist(c.batch.limit + 1, -1);
  editops::extract(view(c.a), choices, begin, end, o, c.batch.limit, index.data(), dist.data(), &stop);
  editops::SharedExtract stopped(view(c.a), choices, o, c.batch.limit);
  stopped.run(&stop);
}

}  // namespace

int run_one(Family family, const uint8_t* data, size_t size) {
  const Case c = decode(family, data, size);
  // EDITOPS_FUZZ_PRINT=1 shows what an input decodes to (for reading reproducers and seeds).
  static const bool print = std::getenv("EDITOPS_FUZZ_PRINT") != nullptr;
  if (print) print_case(c);
  if (!c.weights_in_range) {
    check_unusual_weights(c);
    return 0;
  }
  check_pair(c);
  if (c.batch.enabled) check_batch(c);
  return 0;
}

}  // namespace editops_fuzz
