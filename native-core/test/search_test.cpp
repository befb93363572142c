// search() / search_best() / Searcher against the naive semi-global oracle (reference/
// naive_search.cpp): examples written out, random pairs in every mode and metric, matches at the
// text's ends, the empty pattern, k >= the pattern's length, patterns across block boundaries
// (63/64/65/200 symbols) and the text fed in random chunks.
#include <cstdio>
#include <random>
#include <string>
#include <tuple>

#include "check.hpp"
#include "editops/search.hpp"
#include "naive_search.hpp"
#include "random_pairs.hpp"
#include "test_util.hpp"

using editops::Metric;
using editops::SearchMatch;
using editops::SearchMode;
using editops::SearchOptions;
using editops::Status;
using testing::Seq;
using testing::seq;
using testing::view;

namespace {

SearchOptions options_for(Metric metric, SearchMode mode, int64_t k) {
  SearchOptions options;
  options.metric = metric;
  options.mode = mode;
  options.max_distance = k;
  return options;
}

std::string describe(const std::vector<SearchMatch>& matches) {
  std::string out;
  for (const SearchMatch& m : matches) {
    out += "[" + std::to_string(m.start) + "," + std::to_string(m.end) + ") d=" + std::to_string(m.distance) +
           " ops=" + check::show(m.ops) + "; ";
  }
  return out;
}

std::vector<SearchMatch> core_search(const Seq& p, const Seq& t, const SearchOptions& options, size_t limit = 0) {
  std::vector<SearchMatch> out;
  const Status status = editops::search(view(p), view(t), options, limit, out);
  CHECK_EQ(status, Status::Ok);
  return out;
}

// The same search with the text cut into chunks of random sizes (some empty).
std::vector<SearchMatch> chunked_search(const Seq& p, const Seq& t, const SearchOptions& options, size_t limit,
                                        std::mt19937_64& rng) {
  editops::Searcher searcher(view(p), options, limit);
  std::vector<SearchMatch> out;
  size_t at = 0;
  while (at < t.size()) {
    const size_t size = std::min(t.size() - at, static_cast<size_t>(rng() % 9));
    searcher.feed(editops::Sequence{t.data() + at, size}, out);
    at += size;
  }
  searcher.finish(out);
  return out;
}

bool same(const std::vector<SearchMatch>& a, const std::vector<SearchMatch>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].start != b[i].start || a[i].end != b[i].end || a[i].distance != b[i].distance || a[i].ops != b[i].ops) {
      return false;
    }
  }
  return true;
}

// Each match's script turns the pattern into its window, with as many ops as its distance counts
// (Indel: one per op as well), and the window's own distance is the match's.
bool scripts_hold(const Seq& p, const Seq& t, const std::vector<SearchMatch>& matches, Metric metric) {
  for (const SearchMatch& m : matches) {
    const Seq window(t.begin() + static_cast<std::ptrdiff_t>(m.start), t.begin() + static_cast<std::ptrdiff_t>(m.end));
    Seq applied;
    if (!testing::apply(p, window, m.ops, applied) || applied != window) return false;
    if (static_cast<int64_t>(m.ops.size() / 3) != m.distance) return false;
    if (editops::naive::window_distance(view(p), view(window), metric) != m.distance) return false;
  }
  return true;
}

bool agrees(const Seq& p, const Seq& t, const SearchOptions& options, size_t limit, std::mt19937_64& rng) {
  const std::vector<SearchMatch> expected = editops::naive::search(view(p), view(t), options, limit);
  const std::vector<SearchMatch> got = core_search(p, t, options, limit);
  const std::vector<SearchMatch> chunked = chunked_search(p, t, options, limit, rng);
  const bool ok = same(expected, got) && same(got, chunked) && scripts_hold(p, t, got, options.metric);
  if (!ok) {
    std::printf("pattern %s\ntext %s\nmetric %d mode %d k %lld limit %zu\nexpected %s\ngot      %s\nchunked  %s\n",
                check::show(p).c_str(), check::show(t).c_str(), static_cast<int>(options.metric),
                static_cast<int>(options.mode), static_cast<long long>(options.max_distance), limit,
                describe(expected).c_str(), describe(got).c_str(), describe(chunked).c_str());
  }
  return ok;
}

bool best_agrees(const Seq& p, const Seq& t, const SearchOptions& options) {
  editops::BestMatch expected;
  editops::BestMatch got;
  const Status expected_status = editops::naive::search_best(view(p), view(t), options, expected);
  const Status status = editops::search_best(view(p), view(t), options, got);
  bool ok = status == expected_status;
  if (ok && status == Status::Ok) {
    ok = got.distance == expected.distance && got.ends == expected.ends && same({got.match}, {expected.match});
  }
  if (!ok) {
    std::printf("best: pattern %s\ntext %s\nmetric %d mode %d k %lld\nexpected d=%lld ends %s %s\ngot d=%lld ends %s %s\n",
                check::show(p).c_str(), check::show(t).c_str(), static_cast<int>(options.metric),
                static_cast<int>(options.mode), static_cast<long long>(options.max_distance),
                static_cast<long long>(expected.distance), check::show(expected.ends).c_str(),
                describe({expected.match}).c_str(), static_cast<long long>(got.distance),
                check::show(got.ends).c_str(), describe({got.match}).c_str());
  }
  return ok;
}

const Metric kMetrics[] = {Metric::Levenshtein, Metric::Indel, Metric::Osa};
const SearchMode kModes[] = {SearchMode::Infix, SearchMode::Prefix};

}  // namespace

// The example of docs/semantics.md: per run, the lowest distance, then leftmost, then shortest.
TEST_CASE(the_documented_example) {
  const Seq p = seq(U"abc");
  const Seq t = seq(U"xxabcxxabdxx");
  const std::vector<SearchMatch> got = core_search(p, t, options_for(Metric::Levenshtein, SearchMode::Infix, 1));
  CHECK_EQ(got.size(), size_t{2});
  if (got.size() != 2) return;
  CHECK_EQ(got[0].start, size_t{2});
  CHECK_EQ(got[0].end, size_t{5});
  CHECK_EQ(got[0].distance, int64_t{0});
  CHECK_EQ(got[1].start, size_t{7});  // "ab" and "abd" both cost 1 and start at 7: the shorter
  CHECK_EQ(got[1].end, size_t{9});
  CHECK_EQ(got[1].ops, (testing::Ops{testing::kDelete, 2, 2}));
}

TEST_CASE(matches_at_the_text_start_and_end) {
  std::mt19937_64 rng(7);
  for (Metric metric : kMetrics) {
    for (SearchMode mode : kModes) {
      const SearchOptions options = options_for(metric, mode, 1);
      CHECK(agrees(seq(U"abcd"), seq(U"abcdxxxxxxabcd"), options, 0, rng));
      CHECK(agrees(seq(U"abcd"), seq(U"bcdxxxxxxxxabc"), options, 0, rng));
      CHECK(agrees(seq(U"abcd"), seq(U"abcd"), options, 0, rng));
      CHECK(agrees(seq(U"abcd"), seq(U""), options, 0, rng));
    }
  }
  const std::vector<SearchMatch> got =
      core_search(seq(U"abcd"), seq(U"abcdxxxxxxabcd"), options_for(Metric::Levenshtein, SearchMode::Infix, 0));
  CHECK_EQ(got.size(), size_t{2});
  if (got.size() == 2) {
    CHECK_EQ(got[0].start, size_t{0});
    CHECK_EQ(got[1].end, size_t{14});
  }
}

TEST_CASE(empty_pattern_and_k_at_least_the_pattern_length) {
  std::mt19937_64 rng(8);
  for (Metric metric : kMetrics) {
    for (SearchMode mode : kModes) {
      for (int64_t k : {int64_t{0}, int64_t{3}, editops::kNoMaxDistance}) {
        CHECK(agrees(seq(U""), seq(U"abc"), options_for(metric, mode, k), 0, rng));
        CHECK(agrees(seq(U""), seq(U""), options_for(metric, mode, k), 0, rng));
        CHECK(best_agrees(seq(U""), seq(U"abc"), options_for(metric, mode, k)));
      }
      for (int64_t k : {int64_t{3}, int64_t{4}, int64_t{9}, editops::kNoMaxDistance}) {
        CHECK(agrees(seq(U"abc"), seq(U"xxabyyyabcz"), options_for(metric, mode, k), 0, rng));
        CHECK(best_agrees(seq(U"abc"), seq(U"xxabyyyabcz"), options_for(metric, mode, k)));
      }
    }
  }
  // The empty pattern matches the empty window at every end: one run, whose leftmost is [0, 0).
  const std::vector<SearchMatch> got =
      core_search(seq(U""), seq(U"abc"), options_for(Metric::Levenshtein, SearchMode::Infix, 0));
  CHECK_EQ(got.size(), size_t{1});
  if (!got.empty()) CHECK_EQ(got[0].end, size_t{0});
}

TEST_CASE(random_pairs_in_every_mode_and_metric) {
  const uint64_t s = testing::test_seed(20261201);
  std::printf("seed %llu\n", static_cast<unsigned long long>(s));
  std::mt19937_64 rng(s);
  const int pairs = testing::scaled(3000);
  for (int n = 0; n < pairs; ++n) {
    const Seq symbols = testing::random_alphabet(rng, 2 + rng() % 4);
    const Seq p = testing::random_seq(rng, rng() % 12, symbols);
    // The text holds edited copies of the pattern between random stretches.
    Seq t = testing::random_seq(rng, rng() % 10, symbols);
    for (size_t copies = rng() % 4; copies > 0; --copies) {
      Seq copy = p;
      for (size_t e = rng() % 3; e > 0; --e) testing::edit_randomly(rng, copy, symbols);
      t.insert(t.end(), copy.begin(), copy.end());
      const Seq gap = testing::random_seq(rng, rng() % 8, symbols);
      t.insert(t.end(), gap.begin(), gap.end());
    }
    const Metric metric = kMetrics[rng() % 3];
    const SearchMode mode = kModes[rng() % 2];
    const int64_t k = rng() % 6 == 0 ? editops::kNoMaxDistance : static_cast<int64_t>(rng() % 5);
    const size_t limit = rng() % 5 == 0 ? 1 + rng() % 2 : 0;
    const SearchOptions options = options_for(metric, mode, k);
    if (!agrees(p, t, options, limit, rng) || !best_agrees(p, t, options)) {
      CHECK(false);
      std::printf("failed at pair %d (seed %llu)\n", n, static_cast<unsigned long long>(s));
      return;
    }
  }
}

// Patterns that fill one block, overflow it by one, and span four: the block boundaries of the
// bit-parallel scanner and Ukkonen's cutoff moving across them.
TEST_CASE(patterns_across_block_boundaries) {
  std::mt19937_64 rng(64);
  const int rounds = testing::scaled(24);
  for (size_t m : {size_t{63}, size_t{64}, size_t{65}, size_t{128}, size_t{200}}) {
    for (int round = 0; round < rounds; ++round) {
      const Seq symbols = testing::random_alphabet(rng, 2 + rng() % 4);
      const Seq p = testing::random_seq(rng, m, symbols);
      Seq t = testing::random_seq(rng, rng() % 50, symbols);
      for (int copies = 0; copies < 2; ++copies) {
        Seq copy = p;
        for (size_t e = rng() % (m / 8); e > 0; --e) testing::edit_randomly(rng, copy, symbols);
        t.insert(t.end(), copy.begin(), copy.end());
        const Seq gap = testing::random_seq(rng, rng() % 60, symbols);
        t.insert(t.end(), gap.begin(), gap.end());
      }
      const int64_t ks[] = {0, 1, static_cast<int64_t>(m / 10), static_cast<int64_t>(m / 3), 70,
                            editops::kNoMaxDistance};
      const int64_t k = ks[rng() % 6];
      const Metric metric = round % 4 == 3 ? kMetrics[1 + rng() % 2] : Metric::Levenshtein;
      const SearchOptions options = options_for(metric, kModes[rng() % 2], k);
      if (!agrees(p, t, options, 0, rng) || !best_agrees(p, t, options)) {
        CHECK(false);
        std::printf("failed at m %zu round %d\n", m, round);
        return;
      }
    }
  }
}

// A text split into parts, each re-reading m + min(k, m) symbols before it and counting only its
// own ends (first_end), gives the one-piece answer once the runs cut by a boundary are joined.
std::vector<SearchMatch> split_search(const Seq& p, const Seq& t, SearchOptions options, std::mt19937_64& rng) {
  const size_t m = p.size();
  const size_t k = options.max_distance < 0 ? m : static_cast<size_t>(options.max_distance);
  const size_t reread = m + std::min(k, m);
  std::vector<size_t> cuts = {0};
  while (cuts.back() < t.size()) cuts.push_back(std::min(t.size(), cuts.back() + 1 + rng() % 12));
  if (cuts.size() == 1) cuts.push_back(0);
  std::vector<SearchMatch> out;
  for (size_t part = 0; part + 1 < cuts.size(); ++part) {
    const size_t begin = cuts[part] >= reread ? cuts[part] - reread : 0;
    const Seq slice(t.begin() + static_cast<std::ptrdiff_t>(begin), t.begin() + static_cast<std::ptrdiff_t>(cuts[part + 1]));
    options.first_end = cuts[part] - begin + (part > 0 ? 1 : 0);
    for (SearchMatch match : core_search(p, slice, options)) {
      match.start += begin;
      match.end += begin;
      match.run_first += begin;
      match.run_last += begin;
      if (!out.empty() && out.back().run_last + 1 == match.run_first) {
        SearchMatch& last = out.back();
        const bool better = std::tie(match.distance, match.start, match.end) < std::tie(last.distance, last.start, last.end);
        const size_t run_first = last.run_first;
        if (better) last = match;
        last.run_first = run_first;
        last.run_last = match.run_last;
      } else {
        out.push_back(match);
      }
    }
  }
  return out;
}

TEST_CASE(a_split_text_gives_the_one_piece_answer) {
  std::mt19937_64 rng(testing::test_seed(99));
  for (int n = 0; n < testing::scaled(2000); ++n) {
    const Seq symbols = testing::random_alphabet(rng, 2 + rng() % 3);
    const Seq p = testing::random_seq(rng, rng() % (n % 10 == 0 ? 80 : 10), symbols);
    Seq t = testing::random_seq(rng, rng() % 10, symbols);
    for (size_t copies = rng() % 4; copies > 0; --copies) {
      Seq copy = p;
      for (size_t e = rng() % 3; e > 0; --e) testing::edit_randomly(rng, copy, symbols);
      t.insert(t.end(), copy.begin(), copy.end());
      const Seq gap = testing::random_seq(rng, rng() % 8, symbols);
      t.insert(t.end(), gap.begin(), gap.end());
    }
    const int64_t k = rng() % 6 == 0 ? editops::kNoMaxDistance : static_cast<int64_t>(rng() % 5);
    const SearchOptions options = options_for(kMetrics[rng() % 3], SearchMode::Infix, k);
    const std::vector<SearchMatch> whole = core_search(p, t, options);
    const std::vector<SearchMatch> split = split_search(p, t, options, rng);
    if (!same(whole, split)) {
      CHECK(false);
      std::printf("split: pattern %s\ntext %s\nk %lld\nwhole %s\nsplit %s\n", check::show(p).c_str(),
                  check::show(t).c_str(), static_cast<long long>(k), describe(whole).c_str(), describe(split).c_str());
      return;
    }
  }
}

TEST_CASE(unsupported_metrics_are_reported) {
  std::vector<SearchMatch> out;
  for (Metric metric : {Metric::Damerau, Metric::Hamming}) {
    CHECK_EQ(editops::search(view(seq(U"ab")), view(seq(U"ab")), options_for(metric, SearchMode::Infix, 1), 0, out),
             Status::Unsupported);
    editops::BestMatch best;
    CHECK_EQ(editops::search_best(view(seq(U"ab")), view(seq(U"ab")), options_for(metric, SearchMode::Infix, 1), best),
             Status::Unsupported);
  }
}

TEST_CASE(a_long_text_reads_in_bounded_memory) {
  // A Searcher fed 4 MB in 64 KiB chunks keeps only the pattern's look-back, so this is about
  // time as much as memory; the match count is checked against the planted copies.
  const Seq p = seq(U"approximate");
  Seq chunk(65536, 'z');
  std::vector<SearchMatch> out;
  editops::Searcher searcher(view(p), options_for(Metric::Levenshtein, SearchMode::Infix, 2));
  size_t planted = 0;
  for (int c = 0; c < testing::scaled(64); ++c) {
    const size_t at = 1000 + static_cast<size_t>(c) * 37;
    std::copy(p.begin(), p.end(), chunk.begin() + static_cast<std::ptrdiff_t>(at));
    chunk[at + 3] = 'x';
    ++planted;
    searcher.feed(view(chunk), out);
    std::fill(chunk.begin(), chunk.end(), 'z');
  }
  searcher.finish(out);
  CHECK_EQ(out.size(), planted);
  for (const SearchMatch& m : out) CHECK_EQ(m.distance, int64_t{1});
}

int main() { return check::run_all(); }
