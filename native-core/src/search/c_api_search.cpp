// The search section of the C API (include/editops/c_api.h): a session over editops::Searcher
// whose output is one buffer of doubles, refilled by every call.
#include <new>
#include <vector>

#include "editops/c_api.h"
#include "editops/search.hpp"

struct eo_search {
  editops::Searcher searcher;
  std::vector<editops::Symbol> pattern;
  editops::SearchOptions options;
  bool with_windows;
  std::vector<editops::SearchMatch> matches;
  std::vector<double> output;
  int32_t status = EO_STATUS_OK;

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

int32_t eo_search_done(const eo_search* s) { return s->searcher.done() ? 1 : 0; }

const double* eo_search_output(const eo_search* s) { return s->output.data(); }

uint32_t eo_search_best(eo_search* s, const uint32_t* text, uint32_t size) {
  editops::BestMatch best;
  s->output.clear();
  s->status = static_cast<int32_t>(editops::search_best({s->pattern.data(), s->pattern.size()}, {text, size}, s->options, best));
  if (s->status != EO_STATUS_OK) return 0;
  const editops::SearchMatch& m = best.match;
  s->output.insert(s->output.end(), {static_cast<double>(best.distance), static_cast<double>(m.start),
                                     static_cast<double>(m.end), static_cast<double>(best.ends.size())});
  s->output.insert(s->output.end(), best.ends.begin(), best.ends.end());
  s->output.push_back(static_cast<double>(m.ops.size() / 3));
  s->output.insert(s->output.end(), m.ops.begin(), m.ops.end());
  return static_cast<uint32_t>(s->output.size());
}

int32_t eo_search_status(const eo_search* s) { return s->status; }

void eo_search_free(eo_search* s) { delete s; }

}  // extern "C"
