// The search engine behind Searcher, search() and search_best(), over one column scanner type
// (MyersScanner or DpScanner). It reads the text once, left to right, in chunks:
//
//   1. the forward scanner gives D(j) for every end offset j;
//   2. the end offsets with D(j) <= k form runs; within a run, each end that could still improve
//      the run's best (lowest distance, then leftmost start, then shortest) gets its leftmost
//      start from a backward scan with the reversed pattern over text[j - m - D(j), j) only;
//   3. when the run ends, its best window is aligned with editops() (banded by the distance).
//
// It keeps the last m + k symbols of the text read before the current chunk, so that a backward
// scan can reach across chunks, and a copy of the best window of the open run: memory is bounded
// by the pattern and the windows, not by the text.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
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
    consider_end(forward_.score());  // end offset 0: the empty window
  }

  bool done() const { return done_; }

  void feed(Sequence chunk, std::vector<SearchMatch>& out) {
    out_ = &out;
    chunk_ = chunk;
    chunk_begin_ = read_;
    size_t used = 0;
    while (used < chunk.size && !done_) {
      if (read_ >= last_end_) {  // Prefix: nothing further can match
        close_run();
        done_ = true;
        break;
      }
      // The hot loop: most ends are above k outside any run, and need nothing but the scan.
      const size_t stop = used + std::min(chunk.size - used, last_end_ - read_);
      while (used < stop) {
        if (in_run_) {
          forward_.step(chunk.data[used]);
          ++used;
        } else {
          const size_t skipped = forward_.skip(chunk.data + used, stop - used);
          if (skipped == 0) {
            forward_.step(chunk.data[used]);
            ++used;
          }
          used += skipped;
        }
        const int64_t d = forward_.score();
        if (d <= k_ || in_run_) {
          read_ = chunk_begin_ + used;
          consider_end(d);
          if (done_) break;
        }
      }
      read_ = chunk_begin_ + used;
    }
    keep_history(Sequence{chunk.data, used});
    chunk_ = Sequence{nullptr, 0};
    chunk_begin_ = read_;
    out_ = nullptr;
  }

  void finish(std::vector<SearchMatch>& out) {
    out_ = &out;
    if (!done_) close_run();
    done_ = true;
    out_ = nullptr;
  }

  // search_best(): D(j) of every end, the least and its ends; then the first end's match. The
  // whole text is given at once (no history needed). With the piece filter (piece_filter.hpp),
  // only the ends it leaves possible are scanned; the others are above k.
  Status best(Sequence text, BestMatch& result) {
    result.ends.clear();
    int64_t least = forward_.score() <= k_ ? forward_.score() : k_ + 1;
    if (least <= k_) result.ends.push_back(0);
    const size_t stop = std::min(text.size, last_end_);
    auto record = [&](size_t j, int64_t d) {
      if (d > k_ || d > least) return;
      if (d < least) {
        least = d;
        result.ends.clear();
      }
      result.ends.push_back(j);
    };
    if (filter_usable()) {
      scan_filtered(text, stop, record);
    } else {
      scan(text, 0, stop, record);
    }
    if (result.ends.empty()) return Status::OverMaxDistance;
    chunk_ = text;
    chunk_begin_ = 0;
    const size_t end = result.ends.front();
    const size_t start = leftmost_start(end, least);
    result.distance = least;
    return align(start, end, least, Sequence{text.data + start, end - start}, result.match);
  }

 private:
  // The filter is sound for Levenshtein and Indel (one edit, at most one piece) in Infix mode;
  // Prefix mode reads at most m + k symbols anyway.
  bool filter_usable() const {
    return options_.mode == SearchMode::Infix && options_.metric != Metric::Osa &&
           PieceFilter::worth_it(pattern_.size(), k_);
  }

  // Steps the forward scanner from column `from` (its current one) through column `to`, calling
  // record(j, D(j)) for every end j in (from, to].
  template <class Record>
  void scan(Sequence text, size_t from, size_t to, Record&& record) {
    for (size_t j = from; j < to;) {
      const size_t skipped = forward_.skip(text.data + j, to - j);
      if (skipped == 0) forward_.step(text.data[j++]);
      j += skipped;
      record(j, forward_.score());
    }
  }

  // The scan over the ends the piece filter leaves possible. The scanner restarts (an Infix
  // column 0) m + k symbols before the ends it must get right: a value <= k there comes from a
  // window of at most m + k symbols, so it is exact; values > k may come out larger, which
  // changes nothing. Candidates arrive in sample order, not sorted by end, but none from sample i
  // on ends before least_lo_from(i): restarting before that keeps every later candidate exact.
  // Ends between candidates are above k by the pigeonhole argument, scanned or not. When the
  // filter's work passes half the text it has sampled (repetitive text, a common piece), the rest
  // is scanned in full.
  template <class Record>
  void scan_filtered(Sequence text, size_t stop, Record&& record) {
    const PieceFilter filter(Sequence{pattern_.data(), pattern_.size()}, k_);
    const int64_t reach = static_cast<int64_t>(pattern_.size()) + k_;
    size_t scanned = 0;  // the forward scanner has read text[0, scanned) (or restarted within it)
    size_t work = 0;
    const auto catch_up = [&](int64_t exact_from, size_t to) {
      const int64_t warm = exact_from - reach;
      if (warm > static_cast<int64_t>(scanned)) {
        forward_.reset();
        scanned = static_cast<size_t>(warm);
      }
      if (to <= scanned) return;
      work += to - scanned;
      scan(text, scanned, to, record);
      scanned = to;
    };
    const size_t stride = filter.stride();
    for (size_t i = 0; i < stop; i += stride) {
      if (i >= 4096 && work > i / 2) {
        catch_up(filter.least_lo_from(i), stop);
        return;
      }
      const int64_t exact_from = filter.least_lo_from(i);
      work += filter.sample(text.data, stop, i, [&](int64_t lo, int64_t hi) {
        const size_t to = static_cast<size_t>(std::min<int64_t>(hi, static_cast<int64_t>(stop)));
        catch_up(std::min(lo, exact_from), to);
      });
    }
  }

  Symbol text_at(size_t offset) const {
    return offset >= chunk_begin_ ? chunk_.data[offset - chunk_begin_] : history_[offset - history_begin_];
  }

  void consider_end(int64_t d) {
    const size_t j = read_;
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
  // only the chunk's tail is copied, so a long chunk costs no copy of itself.
  void keep_history(Sequence chunk) {
    if (lookback_ != SIZE_MAX && chunk.size >= lookback_) {
      history_.assign(chunk.data + (chunk.size - lookback_), chunk.data + chunk.size);
      history_begin_ = read_ - lookback_;
      return;
    }
    history_.insert(history_.end(), chunk.data, chunk.data + chunk.size);
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

  size_t read_ = 0;  // symbols read so far: the current end offset
  bool done_ = false;
  size_t emitted_ = 0;
  std::vector<SearchMatch>* out_ = nullptr;

  Sequence chunk_{nullptr, 0};  // the chunk being read, starting at text offset chunk_begin_
  size_t chunk_begin_ = 0;
  std::vector<Symbol> history_;  // text[history_begin_, chunk_begin_)
  size_t history_begin_ = 0;

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
