// The search section of the C API (include/editops/c_api.h): a session over editops::Searcher
// whose output is one buffer of doubles, refilled by every call.
#include <new>
#include <vector>

#include "editops/c_api.h"
#include "editops/search.hpp"
#include "../code_points.hpp"

struct eo_search {
  editops::Searcher searcher;
  std::vector<editops::Symbol> pattern;
  editops::SearchOptions options;
  bool with_windows;
  std::vector<editops::SearchMatch> matches;
  std::vector<double> output;
  int32_t status = EO_STATUS_OK;
  editops::detail::CodePoints decoded;  // a block of fed text with surrogates, by code point

  eo_search(editops::Sequence p, const editops::SearchOptions& o, uint32_t limit, bool windows)
      : searcher(p, o, limit), pattern(p.data, p.data + p.size), options(o), with_windows(windows) {}
};

namespace {

// Packs the matches of the last call (with their windows when the session keeps them).
uint32_t Pack(eo_search& s) {
  s.output.clear();
  for (const editops::SearchMatch& m : s.matches) {
    const size_t count = m.ops.size() / 3;
    s.output.insert(s.output.end(), {static_cast<double>(m.start), static_cast<double>(m.end),
                                     static_cast<double>(m.distance), static_cast<double>(m.run_first),
                                     static_cast<double>(m.run_last), static_cast<double>(count)});
    s.output.insert(s.output.end(), m.ops.begin(), m.ops.end());
    if (s.with_windows) s.output.insert(s.output.end(), m.window.begin(), m.window.end());
  }
  s.matches.clear();
  return static_cast<uint32_t>(s.output.size());
}

// UTF-16 units per block of a fed text by code point: a block without surrogates is read in
// place, one with them decoded (a fed text costs this much memory at most, not its length).
constexpr uint32_t kDecodeBlock = 1u << 16;

// The whole text of eo_search_best_utf16 when it has surrogate pairs (its alignment reads back
// into the text), per thread; kept up to kRetainedText symbols between calls.
thread_local editops::detail::CodePoints best_text;
constexpr size_t kRetainedText = size_t{1} << 20;

// Whether units[0, count) hold a surrogate: only then do code points differ from units. A
// branch-free inner loop over 1024 units at a time, so that the compiler can vectorize it.
bool has_surrogate(const uint16_t* units, size_t count) {
  for (size_t at = 0; at < count;) {
    const size_t end = count - at > 1024 ? at + 1024 : count;
    uint32_t seen = 0;
    for (size_t i = at; i < end; ++i) seen |= static_cast<uint32_t>(static_cast<uint32_t>(units[i]) - 0xD800u < 0x800u);
    if (seen != 0) return true;
    at = end;
  }
  return false;
}

// Packs search_best's answer: [distance, start, end, endCount, ...ends, opCount, ...ops].
uint32_t PackBest(eo_search& s, editops::Status status, const editops::BestMatch& best) {
  s.output.clear();
  s.status = static_cast<int32_t>(status);
  if (s.status != EO_STATUS_OK) return 0;
  const editops::SearchMatch& m = best.match;
  s.output.insert(s.output.end(), {static_cast<double>(best.distance), static_cast<double>(m.start),
                                   static_cast<double>(m.end), static_cast<double>(best.ends.size())});
  s.output.insert(s.output.end(), best.ends.begin(), best.ends.end());
  s.output.push_back(static_cast<double>(m.ops.size() / 3));
  s.output.insert(s.output.end(), m.ops.begin(), m.ops.end());
  return static_cast<uint32_t>(s.output.size());
}

}  // namespace

extern "C" {

eo_search* eo_search_new(const uint32_t* pattern, uint32_t pattern_size, const eo_options* options, int32_t mode,
                         uint32_t limit, uint32_t first_end, int32_t with_windows) {
  const auto metric = static_cast<editops::Metric>(options->metric);
  if (metric != editops::Metric::Levenshtein && metric != editops::Metric::Indel && metric != editops::Metric::Osa) {
    return nullptr;
  }
  if (mode != EO_SEARCH_INFIX && mode != EO_SEARCH_PREFIX) return nullptr;
  editops::SearchOptions o;
  o.metric = metric;
  o.mode = static_cast<editops::SearchMode>(mode);
  o.max_distance = options->max_distance;
  o.first_end = first_end;
  o.keep_windows = with_windows != 0;
  return new (std::nothrow) eo_search({pattern, pattern_size}, o, limit, with_windows != 0);
}

uint32_t eo_search_feed(eo_search* s, const uint32_t* chunk, uint32_t size) {
  s->searcher.feed({chunk, size}, s->matches);
  return Pack(*s);
}

uint32_t eo_search_finish(eo_search* s) {
  s->searcher.finish(s->matches);
  return Pack(*s);
}

uint32_t eo_search_feed_utf16(eo_search* s, const uint16_t* chunk, uint32_t units, int32_t by_unit) {
  if (by_unit != 0) {
    s->searcher.feed_units(chunk, units, s->matches);
    return Pack(*s);
  }
  for (uint32_t at = 0; at < units && !s->searcher.done();) {
    uint32_t end = units - at > kDecodeBlock ? at + kDecodeBlock : units;
    // A block never ends between the two halves of a pair.
    if (end < units && editops::detail::starts_pair(chunk, end - 1, units)) ++end;
    if (has_surrogate(chunk + at, end - at)) {
      s->searcher.feed(s->decoded.Decode(chunk + at, end - at), s->matches);
    } else {
      s->searcher.feed_units(chunk + at, end - at, s->matches);
    }
    at = end;
  }
  return Pack(*s);
}

int32_t eo_search_done(const eo_search* s) { return s->searcher.done() ? 1 : 0; }

const double* eo_search_output(const eo_search* s) { return s->output.data(); }

uint32_t eo_search_best(eo_search* s, const uint32_t* text, uint32_t size) {
  editops::BestMatch best;
  const editops::Status status = editops::search_best({s->pattern.data(), s->pattern.size()}, {text, size}, s->options, best);
  return PackBest(*s, status, best);
}

uint32_t eo_search_best_utf16(eo_search* s, const uint16_t* text, uint32_t units, int32_t by_unit) {
  // Units are the symbols (by unit, or no surrogate): read in place, no copy.
  if (by_unit != 0 || !has_surrogate(text, units)) {
    editops::BestMatch best;
    const editops::Status status =
        editops::search_best_units({s->pattern.data(), s->pattern.size()}, text, units, s->options, best);
    return PackBest(*s, status, best);
  }
  const editops::Sequence symbols = best_text.Decode(text, units);
  const uint32_t size = eo_search_best(s, symbols.data, static_cast<uint32_t>(symbols.size));
  best_text.Trim(kRetainedText);
  return size;
}

int32_t eo_search_status(const eo_search* s) { return s->status; }

void eo_search_free(eo_search* s) { delete s; }

}  // extern "C"
