// Every editops path (Auto, Full, Banded, Split) must return the identical script and status, for
// every metric (metrics without a banded path fall back to Auto), and the script must be the naive
// oracle's. Random pairs of all sizes: short, 64-row word boundaries, medium with small and large
// distances, long with few edits, big alphabets (the per-word map fallback of the match vectors),
// with and without cutoffs (around the distance, and small ones); plus the budget fallbacks.
#include <algorithm>
#include <cstdio>
#include <random>
#include <string>

#include "check.hpp"
#include "levenshtein.hpp"
#include "naive.hpp"
#include "oracle_check.hpp"
#include "indel.hpp"
#include "osa.hpp"
#include "random_pairs.hpp"
#include "test_util.hpp"

using editops::Metric;
using editops::Path;
using editops::Status;
using testing::Ops;
using testing::options_for;
using testing::Seq;
using testing::view;

namespace {

constexpr Path kPaths[] = {Path::Auto, Path::Full, Path::Banded, Path::Split};
constexpr Metric kBanded[] = {Metric::Levenshtein, Metric::Osa, Metric::Indel};

const char* path_name(Path p) {
  switch (p) {
    case Path::Auto:
      return "auto";
    case Path::Full:
      return "full";
    case Path::Banded:
      return "banded";
    case Path::Split:
      return "split";
  }
  return "?";
}

bool complain(const std::string& what, Metric metric, int64_t max, const Seq& a, const Seq& b) {
  check::fail(__FILE__, __LINE__,
              what + "\n    metric " + check::show(metric) + ", max_distance " + std::to_string(max) + "\n    a (" +
                  std::to_string(a.size()) + "): " + check::show(a) + "\n    b (" + std::to_string(b.size()) +
                  "): " + check::show(b));
  return false;
}

// All paths agree with Path::Full; with `oracle`, Full agrees with the naive oracle, and the
// script applies and costs the distance. `want_d` (when >= 0) is the known distance.
bool paths_agree(Metric metric, const Seq& a, const Seq& b, int64_t max, bool oracle, int64_t want_d = -1) {
  editops::Options options = options_for(metric, max);
  options.path = Path::Full;
  const testing::Script full = testing::script(options, a, b);
  for (Path path : kPaths) {
    options.path = path;
    const testing::Script got = testing::script(options, a, b);
    if (got.status != full.status || got.ops != full.ops) {
      return complain(std::string("path ") + path_name(path) + " differs from full: status " + check::show(got.status) +
                          " vs " + check::show(full.status) + "\n    got  " + check::show(got.ops) + "\n    full " +
                          check::show(full.ops),
                      metric, max, a, b);
    }
  }
  int64_t d = want_d;
  if (oracle) {
    editops::Options plain = options_for(metric);
    d = editops::naive::distance(view(a), view(b), plain);
    const Status want = max >= 0 && d > max ? Status::OverMaxDistance : Status::Ok;
    if (full.status != want) return complain("status " + check::show(full.status), metric, max, a, b);
    if (want == Status::Ok && full.ops != editops::naive::editops(view(a), view(b), plain)) {
      return complain("script differs from the oracle " + check::show(full.ops), metric, max, a, b);
    }
  }
  if (d >= 0) {
    const int64_t clamped = max >= 0 ? std::min(d, max + 1) : d;
    if (testing::distance(options_for(metric, max), a, b) != clamped) {
      return complain("distance " + std::to_string(testing::distance(options_for(metric, max), a, b)) + " want " +
                          std::to_string(clamped),
                      metric, max, a, b);
    }
  }
  if (full.status == Status::Ok) {
    Seq applied;
    if (!testing::apply(a, b, full.ops, applied) || applied != b) return complain("script does not apply", metric, max, a, b);
    const int64_t cost = static_cast<int64_t>(full.ops.size() / 3);
    if (d >= 0 && cost != d) return complain("script cost " + std::to_string(cost), metric, max, a, b);
    if (max >= 0 && cost > max) return complain("script over the cutoff", metric, max, a, b);
  }
  return true;
}

// a with about rate * |a| random edits (testing::edit_randomly), and now and then a run of inserts
// or deletes, so that the path leaves the diagonal for a while.
Seq mutate(std::mt19937_64& rng, const Seq& a, double rate, const Seq& symbols) {
  Seq b = a;
  const size_t edits = static_cast<size_t>(rate * static_cast<double>(a.size())) + rng() % 3;
  for (size_t e = 0; e < edits; ++e) {
    if (rng() % 6 != 0) {
      testing::edit_randomly(rng, b, symbols);
      continue;
    }
    const size_t pos = b.empty() ? 0 : rng() % (b.size() + 1);
    const auto at = [&](size_t p) { return b.begin() + static_cast<std::ptrdiff_t>(p); };
    const size_t len = 1 + rng() % 40;
    if (rng() % 2 == 0) {
      b.insert(at(pos), len, symbols[rng() % symbols.size()]);
    } else if (pos < b.size()) {
      b.erase(at(pos), at(std::min(b.size(), pos + len)));
    }
  }
  return b;
}

Seq alphabet_of(std::mt19937_64& rng, size_t k) {
  Seq s;
  const bool wide = rng() % 3 == 0;
  for (size_t t = 0; t < k; ++t) s.push_back(wide ? static_cast<editops::Symbol>(0x10000 + 977 * t) : 'a' + static_cast<editops::Symbol>(t));
  if (wide && k > 2) s[1] = 0;  // NUL is an ordinary symbol
  return s;
}

int64_t pick_cutoff(std::mt19937_64& rng, int64_t d) {
  switch (rng() % 7) {
    case 0:
    case 1:
      return editops::kNoMaxDistance;
    case 2:
      return std::max<int64_t>(0, d - 1);
    case 3:
      return d;
    case 4:
      return d + 1;
    case 5:
      return static_cast<int64_t>(rng() % 4);
    default:
      return static_cast<int64_t>(rng() % static_cast<uint64_t>(2 * d + 2));
  }
}

}  // namespace

TEST_CASE(short_pairs_every_path_every_metric) {
  const uint64_t seed = testing::test_seed(9001);
  std::mt19937_64 rng(seed);
  for (int k = 0; k < testing::scaled(2500); ++k) {
    const Seq symbols = alphabet_of(rng, 2 + rng() % 4);
    const size_t max_len = k % 10 == 9 ? 300 : 80;
    const Seq a = testing::random_seq(rng, rng() % (max_len + 1), symbols);
    const Seq b = rng() % 4 == 0 ? testing::random_seq(rng, rng() % (max_len + 1), symbols)
                                 : mutate(rng, a, 0.02 * static_cast<double>(rng() % 10), symbols);
    const Metric metric = k % 8 == 7 ? (rng() % 2 == 0 ? Metric::Damerau : Metric::Hamming) : kBanded[rng() % 3];
    const int64_t d = editops::naive::distance(view(a), view(b), options_for(metric));
    if (!paths_agree(metric, a, b, pick_cutoff(rng, d), true)) {
      std::printf("failed at pair %d (seed %llu)\n", k, static_cast<unsigned long long>(seed));
      return;
    }
  }
}

TEST_CASE(word_boundaries_every_path) {
  std::mt19937_64 rng(64064);
  const size_t lengths[] = {1, 63, 64, 65, 127, 128, 129, 192, 193, 255, 256, 257};
  for (size_t n : lengths) {
    for (size_t m : lengths) {
      const Seq symbols = alphabet_of(rng, 2 + rng() % 3);
      const Seq a = testing::random_seq(rng, n, symbols);
      const Seq unrelated = testing::random_seq(rng, m, symbols);
      Seq similar = a;
      similar.resize(m, symbols[0]);
      similar = mutate(rng, similar, 0.03, symbols);
      for (Metric metric : kBanded) {
        if (!paths_agree(metric, a, unrelated, editops::kNoMaxDistance, true)) return;
        if (!paths_agree(metric, a, similar, editops::kNoMaxDistance, true)) return;
        if (!paths_agree(metric, a, similar, static_cast<int64_t>(rng() % 40), true)) return;
      }
    }
  }
}

TEST_CASE(medium_pairs_small_and_large_distances) {
  const uint64_t seed = testing::test_seed(4242);
  std::mt19937_64 rng(seed);
  for (int k = 0; k < testing::scaled(120); ++k) {
    const Seq symbols = alphabet_of(rng, 2 + rng() % 25);
    const size_t n = 200 + rng() % 700;
    const Seq a = testing::random_seq(rng, n, symbols);
    const double rates[] = {0.005, 0.02, 0.05, 0.15, 0.4};
    const Seq b = k % 10 == 0 ? testing::random_seq(rng, n / 2 + rng() % n, symbols)
                              : mutate(rng, a, rates[rng() % 5], symbols);
    const Metric metric = kBanded[k % 3];
    const int64_t d = editops::naive::distance(view(a), view(b), options_for(metric));
    if (!paths_agree(metric, a, b, pick_cutoff(rng, d), true)) {
      std::printf("failed at pair %d (seed %llu)\n", k, static_cast<unsigned long long>(seed));
      return;
    }
  }
}

TEST_CASE(big_alphabets_use_the_map_fallback) {
  // More than 447 distinct symbols: the match vectors keep one map per 64-row word.
  std::mt19937_64 rng(447);
  for (int k = 0; k < 6; ++k) {
    Seq symbols;
    for (size_t t = 0; t < 2000; ++t) symbols.push_back(static_cast<editops::Symbol>(rng()));
    const Seq a = testing::random_seq(rng, 600 + rng() % 400, symbols);
    const Seq b = mutate(rng, a, 0.03 * (k + 1), symbols);
    if (!paths_agree(kBanded[k % 3], a, b, editops::kNoMaxDistance, true)) return;
  }
}

TEST_CASE(long_pairs_with_few_edits) {
  // No oracle (the naive matrix would be too big for the sanitizer build): the paths agree with
  // each other, the script applies, and its length is the distance of one plain full pass.
  std::mt19937_64 rng(100000);
#ifdef NDEBUG
  const size_t lengths[] = {5000, 12000, 30000};
#else
  const size_t lengths[] = {3000, 7000};
#endif
  for (size_t n : lengths) {
    const Seq symbols = alphabet_of(rng, 4 + rng() % 20);
    const Seq a = testing::random_seq(rng, n, symbols);
    for (double rate : {0.001, 0.01, 0.03}) {
      const Seq b = mutate(rng, a, rate, symbols);
      const int64_t d = editops::detail::levenshtein_distance_full(view(a), view(b));
      if (!paths_agree(Metric::Levenshtein, a, b, editops::kNoMaxDistance, false, d)) return;
      if (!paths_agree(Metric::Levenshtein, a, b, d, false, d)) return;
      if (!paths_agree(Metric::Levenshtein, a, b, d - 1, false, d)) return;
      if (!paths_agree(Metric::Osa, a, b, editops::kNoMaxDistance, false)) return;
      if (!paths_agree(Metric::Indel, a, b, editops::kNoMaxDistance, false)) return;
    }
  }
}

TEST_CASE(budget_fallbacks_give_the_same_script) {
  std::mt19937_64 rng(256);
  const Seq symbols = {'a', 'b', 'c', 'd'};
  for (int k = 0; k < 40; ++k) {
    const Seq a = testing::random_seq(rng, 100 + rng() % 400, symbols);
    const Seq b = mutate(rng, a, 0.05, symbols);
    const int64_t max = k % 3 == 0 ? static_cast<int64_t>(rng() % 60) : editops::kNoMaxDistance;
    Ops want;
    const Status want_status = editops::detail::levenshtein_editops(view(a), view(b), max, Path::Full, want);
    Ops want_osa;
    const Status want_osa_status = editops::detail::osa_editops(view(a), view(b), max, Path::Full, want_osa);
    Ops want_indel;
    const Status want_indel_status = editops::detail::indel_editops(view(a), view(b), max, Path::Full, want_indel);

    // A tiny store budget: Auto and Banded overflow it and take the split.
    editops::detail::EditopsBudget tiny_store;
    tiny_store.banded_store = 512;
    // A total budget that fits the split but not the full matrix: forced Full takes the split.
    editops::detail::EditopsBudget no_full;
    no_full.total = std::max({editops::detail::levenshtein_editops_bytes(a.size(), b.size(), max),
                              editops::detail::osa_editops_bytes(a.size(), b.size(), max),
                              editops::detail::indel_editops_bytes(a.size(), b.size(), max)}) +
                    4096;
    for (const auto& budget : {tiny_store, no_full}) {
      for (Path path : kPaths) {
        Ops got;
        CHECK_EQ(editops::detail::levenshtein_editops(view(a), view(b), max, path, got, budget), want_status);
        CHECK_EQ(got, want);
        CHECK_EQ(editops::detail::osa_editops(view(a), view(b), max, path, got, budget), want_osa_status);
        CHECK_EQ(got, want_osa);
        CHECK_EQ(editops::detail::indel_editops(view(a), view(b), max, path, got, budget), want_indel_status);
        CHECK_EQ(got, want_indel);
      }
    }
  }
  // Under the total budget: TooLarge on every path, and nothing in ops.
  const Seq a = testing::random_seq(rng, 300, symbols);
  Seq b = mutate(rng, a, 0.05, symbols);
  b.front() = 'x';
  b.back() = 'y';
  editops::detail::EditopsBudget none;
  none.total = 64;
  for (Path path : kPaths) {
    Ops got = {1, 2, 3};
    CHECK_EQ(editops::detail::levenshtein_editops(view(a), view(b), -1, path, got, none), Status::TooLarge);
    CHECK(got.empty());
    got = {1, 2, 3};
    CHECK_EQ(editops::detail::osa_editops(view(a), view(b), -1, path, got, none), Status::TooLarge);
    CHECK(got.empty());
    got = {1, 2, 3};
    CHECK_EQ(editops::detail::indel_editops(view(a), view(b), -1, path, got, none), Status::TooLarge);
    CHECK(got.empty());
  }
}

int main() { return check::run_all(); }
