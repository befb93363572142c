// The search engine behind Searcher, search() and search_best(), over one column scanner type
// (MyersScanner or DpScanner). It reads the text once, left to right, in chunks:
//
//   1. the forward scanner gives D(j) for every end offset j;
//   2. the end offsets with D(j) <= k form runs; within a run, each end that could still improve
//      the run's best (lowest distance, then leftmost start, then shortest) gets its leftmost
//      start from a backward scan with the reversed pattern over text[j - m - D(j), j) only;
//   3. when the run ends, its best window is aligned with editops() (banded by the distance).
//
// Where the piece filter applies (Levenshtein and Indel, Infix, pieces of 5 or more symbols), the
// forward scan runs only around the filter's candidates (run_filter); the answers are the same.
//
// It keeps the last m + k symbols of the text read before the current chunk (a few m + k with the
// filter), so that a backward scan can reach across chunks, and a copy of the best window of the
// open run: memory is bounded by the pattern and the windows, not by the text. A chunk is uint32
// symbols or UTF-16 units, read in place either way.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "editops/editops.hpp"
#include "editops/search.hpp"
#include "piece_filter.hpp"

namespace editops::search_detail {

// "No bound" as a finite k: far above any distance of a text that fits in memory, and far from
// overflowing when cells add costs to it.
constexpr int64_t kUnbounded = int64_t{1} << 40;

inline int64_t effective_k(const SearchOptions& options) {
  return options.max_distance < 0 ? kUnbounded : std::min(options.max_distance, kUnbounded);
}

template <class Scanner>
class MatchFinder {
 public:
  // make(pattern, k, anchored) builds a scanner.
  template <class Make>
  MatchFinder(Sequence pattern, const SearchOptions& options, size_t limit, Make&& make)
      : pattern_(pattern.data, pattern.data + pattern.size),
        reversed_(pattern_.rbegin(), pattern_.rend()),
        options_(options),
        k_(effective_k(options)),
        jumping_steps_(options.metric == Metric::Osa),
        limit_(limit),
        forward_(make(Sequence{pattern_.data(), pattern_.size()}, k_, options.mode == SearchMode::Prefix)),
        backward_(make(Sequence{reversed_.data(), reversed_.size()}, k_, true)) {
    const int64_t m = static_cast<int64_t>(pattern_.size());
    // A start lies at most m + D(j) <= m + k before its end; in Infix D(j) <= m as well (the
    // window may be empty). In Prefix every window starts at 0: no start is ever searched.
    lookback_ = static_cast<size_t>(m + std::min(k_, m));
    // Prefix: D(j) >= j - m, so no end beyond m + k is within k.
    last_end_ = options.mode == SearchMode::Prefix ? static_cast<size_t>(std::min(m + k_, kUnbounded)) : SIZE_MAX;
    if (options.mode == SearchMode::Prefix) lookback_ = SIZE_MAX;
    if (filter_usable()) {
      filter_wanted_ = true;
      // What a filtered feed reads before its chunk (run_filter): a deferred sample reads back
      // 2 pieces (at most m + 1 symbols each), its scan restarts m + 2k + 1 before that, and a
      // backward scan from an end reads m + k further back.
      lookback_ = static_cast<size_t>(4 * m + 3 * k_) + 8;
    }
    consider_end(0, forward_.score());  // end offset 0: the empty window
  }

  bool done() const { return done_; }

  // Reads the next chunk of the text: uint32 symbols, or UTF-16 units each a symbol (read in
  // place, never copied but for the history kept).
  template <class Unit>
  void feed(const Unit* data, size_t size, std::vector<SearchMatch>& out) {
    out_ = &out;
    set_chunk(data);
    chunk_begin_ = read_;
    const size_t chunk_end = read_ + size;
    size_t read_to = read_;
    const auto record = [this](size_t j, int64_t d) { consider_end(j, d); };
    if (filter_wanted_ && !done_ && chunk_end >= kFilterFrom) start_filter();
    if (!done_ && filtering_) {
      run_filter<true>(data, chunk_end, false, record);
      read_to = chunk_end;
    } else if (!done_) {
      const size_t stop = std::max(read_, std::min(chunk_end, last_end_));
      scan_to<true>(data, stop, record);
      read_to = scanned_;  // short of stop when the limit was reached
      if (!done_ && stop < chunk_end) {  // Prefix: nothing further can match
        close_run();
        done_ = true;
      }
    }
    read_ = read_to;
    keep_history(data, read_to - chunk_begin_);
    clear_chunk();
    chunk_begin_ = read_;
    out_ = nullptr;
  }

  void finish(std::vector<SearchMatch>& out) {
    out_ = &out;
    if (!done_ && filtering_) {
      // The samples and scans that waited for more text: it has all been read (history).
      clear_chunk();
      chunk_begin_ = read_;
      run_filter<true>(static_cast<const Symbol*>(nullptr), read_, true, [this](size_t j, int64_t d) { consider_end(j, d); });
    }
    if (!done_) close_run();
    done_ = true;
    out_ = nullptr;
  }

  // search_best(): D(j) of every end, the least and its ends; then the first end's match. The
  // whole text is given at once (no history needed). With the piece filter, only the ends it
  // leaves possible are scanned; the others are above k.
  template <class Unit>
  Status best(const Unit* text, size_t size, BestMatch& result) {
    result.ends.clear();
    int64_t least = forward_.score() <= k_ ? forward_.score() : k_ + 1;
    if (least <= k_) result.ends.push_back(0);
    const size_t stop = std::min(size, last_end_);
    auto record = [&](size_t j, int64_t d) {
      if (d > k_ || d > least) return;
      if (d < least) {
        least = d;
        result.ends.clear();
      }
      result.ends.push_back(j);
    };
    set_chunk(text);
    chunk_begin_ = 0;
    if (filter_wanted_ && size >= kFilterFrom) start_filter();
    if (filtering_) {
      run_filter<false>(text, stop, true, record);
    } else {
      scan_to<false>(text, stop, record);
    }
    if (result.ends.empty()) return Status::OverMaxDistance;
    const size_t end = result.ends.front();
    const size_t start = leftmost_start(end, least);
    result.distance = least;
    best_window_.resize(end - start);
    for (size_t t = start; t < end; ++t) best_window_[t - start] = text_at(t);
    return align(start, end, least, Sequence{best_window_.data(), best_window_.size()}, result.match);
  }

 private:
  // The filter is sound for Levenshtein and Indel (one edit, at most one piece) in Infix mode;
  // Prefix mode reads at most m + k symbols anyway.
  bool filter_usable() const {
    return options_.mode == SearchMode::Infix && options_.metric != Metric::Osa &&
           PieceFilter::worth_it(pattern_.size(), k_);
  }

  // The filter starts with the chunk that brings the text to this many symbols: on a shorter text
  // the plain scan costs less than building the filter (its bitmap alone is 8 KiB).
  static constexpr size_t kFilterFrom = 2048;

  // Turns the filter on at the end of the text read so far (the plain scan has read all of it,
  // exactly). The samples whose candidates could end after it, those from m + k before it on, are
  // taken; they read back into the history, which lookback_ keeps long enough.
  void start_filter() {
    filter_wanted_ = false;
    filter_.emplace(Sequence{pattern_.data(), pattern_.size()}, k_);
    filtering_ = true;
    const size_t stride = filter_->stride();
    const size_t reach = pattern_.size() + static_cast<size_t>(k_);
    const size_t lowest = scanned_ > reach ? scanned_ - reach : 0;
    next_sample_ = (lowest + stride - 1) / stride * stride;
    filter_from_ = next_sample_;
    pending_to_ = scanned_;
  }

  void set_chunk(const Symbol* data) {
    chunk32_ = data;
    chunk16_ = nullptr;
  }
  void set_chunk(const uint16_t* data) {
    chunk16_ = data;
    chunk32_ = nullptr;
  }
  void clear_chunk() {
    chunk16_ = nullptr;
    chunk32_ = nullptr;
  }

  // Steps the forward scanner from column scanned_ through column `to`, calling record(j, D(j))
  // for the ends j it passes that are within k (with Runs, every end while a run is open, so
  // that the first end above k closes it). Columns before the chunk are read from the history.
  template <bool Runs, class Unit, class Record>
  void scan_to(const Unit* chunk, size_t to, Record&& record) {
    while (scanned_ < to && scanned_ < chunk_begin_) {
      forward_.step(history_[scanned_ - history_begin_]);
      ++scanned_;
      const int64_t d = forward_.score();
      if (d <= k_ || (Runs && in_run_)) {
        record(scanned_, d);
        if (Runs && done_) return;
      }
    }
    while (scanned_ < to) {
      const Unit* at = chunk + (scanned_ - chunk_begin_);
      // The hot loop: most ends are above k outside any run, and need nothing but the scan.
      size_t used = Runs && in_run_ ? 0 : forward_.skip(at, to - scanned_);
      if (used == 0) {
        forward_.step(*at);
        used = 1;
      }
      scanned_ += used;
      const int64_t d = forward_.score();
      if (d <= k_ || (Runs && in_run_)) {
        record(scanned_, d);
        if (Runs && done_) return;
      }
    }
  }

  // The scan over the ends the piece filter leaves possible, text[0, chunk_end) read so far (the
  // chunk from chunk_begin_, the history before it). The scanner restarts (an Infix column 0)
  // m + k symbols before the ends it must get right: a value <= k there comes from a window of at
  // most m + k symbols, so it is exact; values > k may come out larger, which changes nothing.
  // Candidates arrive in sample order, not sorted by end, but none from sample i on ends before
  // least_lo_from(i): restarting before that keeps every later candidate exact, and ends are
  // recorded in increasing order. Ends between candidates are above k by the pigeonhole
  // argument, scanned or not; with Runs, a run is closed as soon as no later candidate can
  // continue it.
  //
  // Fed in chunks (not `final`), a sample waits for the next chunk until the text it reads is
  // there, and a candidate's ends past the chunk are scanned at the next one (pending_to_). When
  // the filter's work passes half the text it has sampled (repetitive text, a common piece), the
  // rest is scanned in full.
  template <bool Runs, class Unit, class Record>
  void run_filter(const Unit* chunk, size_t chunk_end, bool final, Record&& record) {
    const PieceFilter& filter = *filter_;
    const int64_t reach = static_cast<int64_t>(pattern_.size()) + k_;
    if (pending_to_ > scanned_) {
      const size_t to = std::min(pending_to_, chunk_end);
      work_ += to - scanned_;
      scan_to<Runs>(chunk, to, record);
      if (Runs && done_) return;
    }
    const auto catch_up = [&](int64_t exact_from, int64_t hi) {
      if (Runs && done_) return;
      if (hi > static_cast<int64_t>(pending_to_)) pending_to_ = static_cast<size_t>(hi);
      const int64_t warm = exact_from - reach;
      if (warm > static_cast<int64_t>(scanned_)) {
        // The ends skipped are no candidate's: above k, so an open run ends at them.
        if (Runs) {
          close_run();
          if (done_) return;
        }
        forward_.reset();
        scanned_ = static_cast<size_t>(warm);
      }
      const size_t to = static_cast<size_t>(std::min<int64_t>(hi, static_cast<int64_t>(chunk_end)));
      if (to <= scanned_) return;
      work_ += to - scanned_;
      this->template scan_to<Runs>(chunk, to, record);
    };
    const size_t stride = filter.stride();
    const size_t longest = filter.longest();
    // Samples below `stop` read only text that is there (fed in chunks, the rest waits).
    const size_t stop = final ? chunk_end : (chunk_end >= longest ? chunk_end - longest + 1 : 0);
    // From here on a sample reads only the chunk (before it, the history too: sample_at).
    const size_t in_chunk = chunk_begin_ == 0 ? 0 : chunk_begin_ + longest;
    size_t i = next_sample_;
    for (; i < stop; i += stride) {
      if (i >= in_chunk) {
        i = chunk_begin_ + filter.next_candidate(chunk, chunk_end - chunk_begin_, i - chunk_begin_, stop - chunk_begin_);
        if (i >= stop) break;
      }
      if (Runs && done_) return;
      const int64_t exact_from = filter.least_lo_from(i);
      if (i - filter_from_ >= 4096 && work_ > (i - filter_from_) / 2) {
        filtering_ = false;
        catch_up(exact_from, static_cast<int64_t>(chunk_end));
        return;
      }
      // Samples the bitmap rejected were skipped: this is the first chance since to see that no
      // candidate left can reach the end after the run's last.
      if (Runs && in_run_ && scanned_ == run_last_ && pending_to_ <= scanned_ &&
          exact_from > static_cast<int64_t>(scanned_) + 1) {
        close_run();
        if (done_) return;
      }
      const size_t compared = sample_at(chunk, chunk_end, i, [&](int64_t end) { catch_up(std::min(end - k_, exact_from), end + k_); });
      work_ += compared;
    }
    next_sample_ = i;
    if (Runs && in_run_ && scanned_ == run_last_ && pending_to_ <= scanned_ &&
        filter.least_lo_from(i) > static_cast<int64_t>(scanned_) + 1) {
      close_run();
    }
  }

  // The filter's sample at offset i, in place in the chunk when the text it reads is all there
  // (or the chunk is the text's start), else from a copy of history and chunk around i.
  template <class Unit, class Found>
  size_t sample_at(const Unit* chunk, size_t chunk_end, size_t i, Found&& found) {
    const size_t longest = filter_->longest();
    if (chunk_begin_ == 0 || i >= chunk_begin_ + longest) {
      const auto base = static_cast<int64_t>(chunk_begin_);
      return filter_->sample(chunk, chunk_end - chunk_begin_, i - chunk_begin_, [&](int64_t end) { found(end + base); });
    }
    const size_t from = i >= longest ? i - longest : 0;
    const size_t to = std::min(chunk_end, i + longest);
    around_.clear();
    for (size_t t = from; t < to; ++t) around_.push_back(text_at(t));
    const auto base = static_cast<int64_t>(from);
    return filter_->sample(around_.data(), around_.size(), i - from, [&](int64_t end) { found(end + base); });
  }

  Symbol text_at(size_t offset) const {
    if (offset < chunk_begin_) return history_[offset - history_begin_];
    return chunk16_ != nullptr ? chunk16_[offset - chunk_begin_] : chunk32_[offset - chunk_begin_];
  }

  // End offset j has D(j) = d (exact when d <= k). Ends not passed here since the last one are
  // above k.
  void consider_end(size_t j, int64_t d) {
    if (in_run_ && j != run_last_ + 1) {
      close_run();
      if (done_) return;
    }
    if (d > k_ || j < options_.first_end) {
      close_run();
      return;
    }
    if (!in_run_) run_first_ = j;
    run_last_ = j;
    if (!in_run_ || d < run_distance_) {
      in_run_ = true;
      run_distance_ = d;
      have_best_ = false;
    }
    if (d != run_distance_) return;
    // Levenshtein and Indel: a later end of the same distance never has a further-left start.
    // Two optimal paths that cross in the DP grid share a vertex; swapping their tails would give
    // the earlier end that further-left start at the same distance. OSA's transposition steps can
    // jump over each other, so it takes the general test below.
    if (have_best_ && !jumping_steps_) return;
    // Every window ending at j starts at or after j - (m + d): once that is not before the best
    // start so far, this end cannot give a further-left start (and a tie keeps the shorter).
    const size_t reach = std::min(j, pattern_.size() + static_cast<size_t>(d));
    if (have_best_ && j - reach >= best_start_) return;
    const size_t start = leftmost_start(j, d);
    if (have_best_ && start >= best_start_) return;
    have_best_ = true;
    best_start_ = start;
    best_end_ = j;
    best_window_.resize(j - start);
    for (size_t t = start; t < j; ++t) best_window_[t - start] = text_at(t);
  }

  // The least s with distance(pattern, text[s, j)) == d, given D(j) == d: the reversed pattern
  // against the text read backwards from j, anchored at j; the last column whose score is d.
  size_t leftmost_start(size_t j, int64_t d) {
    if (options_.mode == SearchMode::Prefix) return 0;
    const size_t reach = std::min(j, pattern_.size() + static_cast<size_t>(d));
    backward_.reset();
    size_t best_length = 0;
    for (size_t length = 1; length <= reach; ++length) {
      backward_.step(text_at(j - length));
      if (backward_.score() == d) best_length = length;
    }
    return j - best_length;
  }

  void close_run() {
    if (!in_run_) return;
    in_run_ = false;
    if (!have_best_ || out_ == nullptr) return;
    SearchMatch match;
    const Status status = align(best_start_, best_end_, run_distance_,
                                Sequence{best_window_.data(), best_window_.size()}, match);
    if (options_.keep_windows) match.window = best_window_;
    match.run_first = run_first_;
    match.run_last = run_last_;
    if (status == Status::Ok) out_->push_back(std::move(match));
    ++emitted_;
    if (limit_ != 0 && emitted_ >= limit_) done_ = true;
  }

  Status align(size_t start, size_t end, int64_t d, Sequence window, SearchMatch& match) const {
    match.start = start;
    match.end = end;
    match.distance = d;
    Options options;
    options.metric = options_.metric;
    options.max_distance = d;
    return editops::editops(Sequence{pattern_.data(), pattern_.size()}, window, options, match.ops);
  }

  // Keeps the last lookback_ symbols read (all of them in Prefix mode, bounded there by m + k):
  // only the chunk's tail is copied, so a long chunk costs no copy of itself. read_ has moved past
  // the chunk already.
  template <class Unit>
  void keep_history(const Unit* chunk, size_t size) {
    if (lookback_ != SIZE_MAX && size >= lookback_) {
      history_.assign(chunk + (size - lookback_), chunk + size);
      history_begin_ = read_ - lookback_;
      return;
    }
    history_.insert(history_.end(), chunk, chunk + size);
    if (lookback_ != SIZE_MAX && history_.size() > 2 * lookback_ + 4096) {
      const size_t drop = history_.size() - lookback_;
      history_.erase(history_.begin(), history_.begin() + static_cast<std::ptrdiff_t>(drop));
      history_begin_ += drop;
    }
  }

  std::vector<Symbol> pattern_;
  std::vector<Symbol> reversed_;
  SearchOptions options_;
  int64_t k_;
  bool jumping_steps_;
  size_t limit_;
  Scanner forward_;
  Scanner backward_;
  size_t lookback_ = 0;
  size_t last_end_ = SIZE_MAX;

  size_t read_ = 0;     // symbols read so far
  size_t scanned_ = 0;  // the forward scanner has read text[0, scanned_) (or restarted within it)
  bool done_ = false;
  size_t emitted_ = 0;
  std::vector<SearchMatch>* out_ = nullptr;

  // The chunk being read (one of the two, by its unit), starting at text offset chunk_begin_.
  const Symbol* chunk32_ = nullptr;
  const uint16_t* chunk16_ = nullptr;
  size_t chunk_begin_ = 0;
  std::vector<Symbol> history_;  // text[history_begin_, chunk_begin_)
  size_t history_begin_ = 0;

  // The piece filter (filter_usable()) and where it is: samples from next_sample_ on are not
  // taken yet; candidate ends up to pending_to_ are scanned once the text reaches them.
  std::optional<PieceFilter> filter_;
  bool filter_wanted_ = false;  // filter_usable(), and not started yet
  bool filtering_ = false;
  size_t filter_from_ = 0;  // the first sample taken
  size_t next_sample_ = 0;
  size_t pending_to_ = 0;
  size_t work_ = 0;
  std::vector<Symbol> around_;  // a sample's text across the chunk boundary

  bool in_run_ = false;
  size_t run_first_ = 0;
  size_t run_last_ = 0;
  int64_t run_distance_ = 0;
  bool have_best_ = false;
  size_t best_start_ = 0;
  size_t best_end_ = 0;
  std::vector<Symbol> best_window_;
};

}  // namespace editops::search_detail
