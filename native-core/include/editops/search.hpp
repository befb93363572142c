// editops search: where a pattern occurs inside a text within k edits, and with which edits.
//
// Two modes, as in edlib: Infix (edlib's HW: the match may start and end anywhere in the text)
// and Prefix (edlib's SHW: the match starts at offset 0 of the text). For an end offset j, D(j) is
// the least distance between the pattern and a window text[s, j) (s free in Infix, s = 0 in
// Prefix). Which windows come back is the rule in docs/semantics.md ("Search"): the end offsets
// with D(j) <= k form runs of consecutive offsets; each run gives one match, the window of the
// run with the lowest distance, then the leftmost start, then the shortest.
//
// Memory is bounded by the pattern and the windows, never by the text: the text is read once,
// left to right, and may arrive in chunks (Searcher), with the same answers however it is cut.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "editops/editops.hpp"

namespace editops {

// Numbering shared with @editops/core (the search options); changing it breaks the bridge.
enum class SearchMode : int32_t { Infix = 0, Prefix = 1 };

struct SearchOptions {
  // Levenshtein, Indel and Osa; the others give Status::Unsupported. Weights are not used.
  Metric metric = Metric::Levenshtein;
  SearchMode mode = SearchMode::Infix;
  // k; kNoMaxDistance means no bound (every end offset is a candidate).
  int64_t max_distance = kNoMaxDistance;
  // Ends before this offset are never candidates. A part of a text split across threads starts
  // m + k symbols early (every window within k fits in them) and counts only its own ends.
  size_t first_end = 0;
  // Streaming: each match carries a copy of its window (the caller no longer has the text).
  bool keep_windows = false;
};

struct SearchMatch {
  size_t start = 0;  // the window is text[start, end), offsets in symbols of the whole text
  size_t end = 0;
  int64_t distance = 0;
  // The canonical script (docs/semantics.md) turning the pattern into the window, packed as
  // editops() packs it: [OpType, patternPos, windowPos], windowPos counted from `start`.
  std::vector<int32_t> ops;
  // The run of candidate ends the match was chosen from: [run_first, run_last], inclusive. Parts
  // of a split text join the runs cut by their boundary with these (the best of the joined run is
  // the least (distance, start, end) of the parts' matches).
  size_t run_first = 0;
  size_t run_last = 0;
  // text[start, end), only with SearchOptions::keep_windows.
  std::vector<Symbol> window;
};

// Finds matches in a text that arrives in chunks. feed() reads a chunk and appends the matches it
// completed; finish() appends the last one. Matches come in order of their end offsets. After
// `limit` matches (0: no limit) it stops reading: done() turns true and feed() ignores its input.
class Searcher {
 public:
  Searcher(Sequence pattern, const SearchOptions& options, size_t limit = 0);
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  // Status::Unsupported for a metric search does not have (then nothing is ever found).
  Status status() const;
  void feed(Sequence chunk, std::vector<SearchMatch>& out);
  // feed() on UTF-16 units, each unit one symbol, read in place (a string's text without
  // surrogates, or by unit): the same answers as feeding the units widened to symbols.
  void feed_units(const uint16_t* units, size_t count, std::vector<SearchMatch>& out);
  void finish(std::vector<SearchMatch>& out);
  bool done() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Every match of pattern in text (at most `limit`, 0: no limit), replacing the contents of `out`.
Status search(Sequence pattern, Sequence text, const SearchOptions& options, size_t limit,
              std::vector<SearchMatch>& out);

// edlib's answer: the least D(j) over all end offsets, every end offset that has it (ascending),
// and the match of the first of them (the leftmost start with that distance). With max_distance
// set and no end within it, Status::OverMaxDistance (and `ends` is empty).
struct BestMatch {
  int64_t distance = 0;
  std::vector<size_t> ends;
  SearchMatch match;
};
Status search_best(Sequence pattern, Sequence text, const SearchOptions& options, BestMatch& out);
// search_best on UTF-16 units, each unit one symbol, read in place (see Searcher::feed_units).
Status search_best_units(Sequence pattern, const uint16_t* units, size_t count, const SearchOptions& options,
                         BestMatch& out);

}  // namespace editops
