// The piece filter inside search() and Searcher (match_finder.hpp run_filter) against the naive
// oracle: patterns long enough for k + 1 pieces of 5 or more symbols, texts of edited and
// overlapping copies far apart, fed whole, in chunks of every size (the filter starting mid-text,
// samples and candidate scans that wait for the next chunk, reads back into the history) and as
// UTF-16 units read in place; k = 0 and k near m / 5; repeated text, where the filter gives up
// and scans in full.
#include <cstdio>
#include <random>
#include <string>

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
using testing::view;

namespace {

std::string describe(const std::vector<SearchMatch>& matches) {
  std::string out;
  for (const SearchMatch& m : matches) {
    out += "[" + std::to_string(m.start) + "," + std::to_string(m.end) + ") d=" + std::to_string(m.distance) +
           " run " + std::to_string(m.run_first) + ".." + std::to_string(m.run_last) + "; ";
  }
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

// The text fed in chunks of up to max_chunk symbols (some empty), as symbols or as UTF-16 units.
std::vector<SearchMatch> fed(const Seq& p, const Seq& t, const SearchOptions& options, size_t limit, size_t max_chunk,
                             bool units, std::mt19937_64& rng) {
  editops::Searcher searcher(view(p), options, limit);
  const std::vector<uint16_t> narrow(t.begin(), t.end());
  std::vector<SearchMatch> out;
  for (size_t at = 0; at < t.size();) {
    const size_t size = std::min(t.size() - at, static_cast<size_t>(rng() % (max_chunk + 1)));
    if (units) {
      searcher.feed_units(narrow.data() + at, size, out);
    } else {
      searcher.feed(editops::Sequence{t.data() + at, size}, out);
    }
    at += size;
  }
  searcher.finish(out);
  return out;
}

// A pattern of 10..80 symbols, and a text of long gaps and edited copies of it, some overlapping.
struct Case {
  Seq pattern;
  Seq text;
  int64_t k;
};

Case random_case(std::mt19937_64& rng) {
  static const Seq letters = {'a', 'b', 'c', 'd', 'e', 'f'};
  static const Seq units = {0, 'a', 0xD800, 0xDC00, 0xFFFF};  // lone surrogates are units too
  const Seq& alphabet = rng() % 3 == 0 ? units : letters;
  const Seq symbols(alphabet.begin(), alphabet.begin() + static_cast<std::ptrdiff_t>(2 + rng() % (alphabet.size() - 1)));
  Case c;
  c.pattern = testing::random_seq(rng, 10 + rng() % 71, symbols);
  const size_t m = c.pattern.size();
  // k = 0, or up to the largest k the filter takes (pieces of 5 symbols).
  c.k = rng() % 4 == 0 ? 0 : static_cast<int64_t>(rng() % (m / 5));
  const Seq filler = {'z'};
  // Most texts pass the 2048 symbols from which the filter runs: fed whole it runs from the start,
  // fed in chunks it starts at the chunk that crosses them, with copies on both sides.
  if (rng() % 4 != 0) {
    const Seq lead = testing::random_seq(rng, 1200 + rng() % 1600, rng() % 2 == 0 ? filler : symbols);
    c.text.insert(c.text.end(), lead.begin(), lead.end());
  }
  for (size_t copies = rng() % 5; copies > 0; --copies) {
    const Seq gap = testing::random_seq(rng, rng() % 3 == 0 ? rng() % 400 : rng() % 20, rng() % 2 == 0 ? filler : symbols);
    c.text.insert(c.text.end(), gap.begin(), gap.end());
    Seq copy = c.pattern;
    for (size_t e = rng() % (static_cast<size_t>(c.k) + 2); e > 0; --e) testing::edit_randomly(rng, copy, symbols);
    // A copy that starts inside the one before it: overlapping candidates.
    if (rng() % 4 == 0 && c.text.size() >= m / 2) c.text.resize(c.text.size() - m / 2);
    c.text.insert(c.text.end(), copy.begin(), copy.end());
  }
  const Seq tail = testing::random_seq(rng, rng() % 30, symbols);
  c.text.insert(c.text.end(), tail.begin(), tail.end());
  return c;
}

bool agrees(const Case& c, Metric metric, size_t limit, std::mt19937_64& rng) {
  SearchOptions options;
  options.metric = metric;
  options.max_distance = c.k;
  const std::vector<SearchMatch> expected = editops::naive::search(view(c.pattern), view(c.text), options, limit);
  std::vector<SearchMatch> whole;
  CHECK_EQ(editops::search(view(c.pattern), view(c.text), options, limit, whole), Status::Ok);
  const size_t max_chunk = rng() % 2 == 0 ? 1 + rng() % 8 : 1 + rng() % 300;
  const std::vector<SearchMatch> chunks = fed(c.pattern, c.text, options, limit, max_chunk, false, rng);
  const std::vector<SearchMatch> units = fed(c.pattern, c.text, options, limit, max_chunk, true, rng);
  const std::vector<uint16_t> narrow(c.text.begin(), c.text.end());
  editops::BestMatch best_expected;
  editops::BestMatch best;
  const Status expected_status = editops::naive::search_best(view(c.pattern), view(c.text), options, best_expected);
  const Status status = editops::search_best_units(view(c.pattern), narrow.data(), narrow.size(), options, best);
  bool ok = same(expected, whole) && same(whole, chunks) && same(whole, units) && status == expected_status;
  if (ok && status == Status::Ok) {
    ok = best.distance == best_expected.distance && best.ends == best_expected.ends && same({best.match}, {best_expected.match});
  }
  if (!ok) {
    std::printf("pattern %s\ntext %s\nmetric %d k %lld limit %zu chunks of %zu\nexpected %s\nwhole    %s\nchunks   %s\nunits    %s\n",
                check::show(c.pattern).c_str(), check::show(c.text).c_str(), static_cast<int>(metric),
                static_cast<long long>(c.k), limit, max_chunk, describe(expected).c_str(), describe(whole).c_str(),
                describe(chunks).c_str(), describe(units).c_str());
  }
  return ok;
}

}  // namespace

TEST_CASE(filtered_search_whole_in_chunks_and_in_units) {
  std::mt19937_64 rng(testing::test_seed(1818));
  for (int n = 0; n < testing::scaled(1200); ++n) {
    const Case c = random_case(rng);
    const Metric metric = rng() % 3 == 0 ? Metric::Indel : Metric::Levenshtein;
    const size_t limit = rng() % 6 == 0 ? 1 + rng() % 2 : 0;
    if (!agrees(c, metric, limit, rng)) {
      CHECK(false);
      std::printf("failed at case %d\n", n);
      return;
    }
  }
}

// Every sample hits (the pattern's pieces are all over the text): past 4096 symbols the filter
// gives up and the rest is scanned in full, from an exact restart, in every way of feeding it.
TEST_CASE(repeated_text_gives_up_the_filter_with_the_same_answers) {
  std::mt19937_64 rng(7);
  for (const char* unit : {"ab", "abcab", "aaaa"}) {
    Seq text;
    while (text.size() < 9000) text.insert(text.end(), unit, unit + std::char_traits<char>::length(unit));
    Case c;
    c.pattern = Seq(text.begin() + 3, text.begin() + 23);
    c.pattern[10] = 'x';
    const Seq tail = c.pattern;
    text.insert(text.end(), tail.begin(), tail.end());
    c.text = text;
    for (int64_t k : {0, 1, 3}) {
      c.k = k;
      if (!agrees(c, Metric::Levenshtein, 0, rng)) {
        CHECK(false);
        return;
      }
    }
  }
}

int main() { return check::run_all(); }
