// partial_ratio: the best ratio of the shorter side (the needle, n symbols) against the windows of
// the longer one (the text, m >= n symbols), in RapidFuzz 3.x's window order:
//   1. the prefixes text[0, i) for i = 1 .. n - 1,
//   2. the full windows text[p, p + n) for p = 0 .. m - n,
//   3. the suffixes text[i, m) for i = m - n + 1 .. m - 1;
// the best score wins, ties go to the first window in this order, and a window must score above
// 0 (the alignment of an all-zero result is needle[0, n) against text[0, n)). The cutoff is tested
// once, on the final score (RapidFuzz tests it on every window; the answer is the same).
//
// Shortcuts that never change that answer:
//   - RapidFuzz's filter: a prefix whose last symbol, or a suffix whose first symbol, is not in the
//     needle is never better than its neighbour one symbol shorter, so it is skipped;
//   - no full window is rescored from scratch without need: one step of p changes the LCS by at
//     most 1, so the Indel distance d(p) by at most 2. Between two scored windows s < e the
//     distance is at least (d(s) + d(e)) / 2 - (e - s); a range whose bound cannot reach the best
//     distance so far is skipped whole. The others are split at their middle.
//   - every window is scored with a cached needle (CachedScorer) and a distance cutoff from the
//     best score so far.
#include <algorithm>
#include <vector>

#include "editops/fuzzy.hpp"
#include "score_util.hpp"
#include "symbol_set.hpp"

namespace editops::fuzzy {
namespace {

using detail::kUnreachable;
using detail::max_distance_for;
using detail::norm_similarity;

Sequence sub(Sequence s, size_t begin, size_t end) { return {s.data + begin, end - begin}; }

class WindowSearch {
 public:
  WindowSearch(Sequence needle, Sequence text, double norm_cutoff)
      : needle_(needle),
        text_(text),
        cutoff_(norm_cutoff),
        scorer_(needle, Options{Metric::Indel, kNoMaxDistance, Weights{}, Path::Auto}),
        symbols_(needle) {
    best_.src_start = 0;
    best_.src_end = needle.size;
    best_.dest_start = 0;
    best_.dest_end = needle.size;
  }

  // The best window as a fraction (score in 0..1, or exactly 1 once perfect).
  ScoreAlignment run() {
    const size_t n = needle_.size;
    const size_t m = text_.size;
    for (size_t i = 1; i < n; ++i) {
      if (symbols_.contains(text_.data[i - 1]) && offer(0, i)) return best_;
    }
    if (full_windows()) return best_;
    for (size_t i = m - n + 1; i < m; ++i) {
      if (symbols_.contains(text_.data[i]) && offer(i, m)) return best_;
    }
    return best_;
  }

 private:
  // The distance of window [start, end), or a lower bound above `k` when it is over k.
  int64_t distance(size_t start, size_t end, int64_t k) const {
    return scorer_.distance(sub(text_, start, end), k);
  }

  // Scores one prefix or suffix window; true once the score is perfect.
  bool offer(size_t start, size_t end) {
    const size_t lensum = needle_.size + (end - start);
    const int64_t k = max_distance_for(lensum, std::max(best_.score, cutoff_));
    if (k == kUnreachable) return false;
    const int64_t d = distance(start, end, k);
    if (d > k) return false;
    return take(norm_similarity(d, lensum), start, end);
  }

  bool take(double sim, size_t start, size_t end) {
    if (!(sim > best_.score && sim >= cutoff_)) return false;
    best_.score = sim;
    best_.dest_start = start;
    best_.dest_end = end;
    return sim == 1.0;
  }

  // Phase 2: the full windows. Finds the least distance and its first position, then offers it.
  bool full_windows() {
    const size_t n = needle_.size;
    const size_t last = text_.size - n;
    best_full_d_ = -1;
    const int64_t d_first = score_full(0);
    if (d_first == 0) return take(1.0, 0, n);
    if (last > 0) {
      const int64_t d_last = score_full(last);
      std::vector<Range> ranges{{0, last, d_first, d_last}};
      while (!ranges.empty()) {
        const Range r = ranges.back();
        ranges.pop_back();
        if (r.end - r.start <= 1) continue;
        const auto width = static_cast<int64_t>(r.end - r.start);
        const int64_t x = r.d_start + r.d_end - 2 * width;
        const int64_t lower = x <= 0 ? 0 : (x + 1) / 2;
        if (lower > allowed()) continue;
        const size_t mid = r.start + (r.end - r.start) / 2;
        const int64_t d_mid = score_full(mid);
        ranges.push_back({mid, r.end, d_mid, r.d_end});
        ranges.push_back({r.start, mid, r.d_start, d_mid});  // popped first: earlier windows first
      }
    }
    if (best_full_d_ < 0) return false;
    return take(norm_similarity(best_full_d_, 2 * n), best_full_p_, best_full_p_ + n);
  }

  struct Range {
    size_t start, end;
    int64_t d_start, d_end;  // distances, or lower bounds when over the cutoff used
  };

  // The largest full-window distance that can still matter: it must beat the prefixes strictly,
  // reach the cutoff, and not be worse than the best full window so far (a tie can still win when
  // it comes earlier).
  int64_t allowed() const {
    int64_t k = max_distance_for(2 * needle_.size, std::max(best_.score, cutoff_));
    if (best_full_d_ >= 0 && (k == kUnreachable || best_full_d_ < k)) k = best_full_d_;
    return k;
  }

  int64_t score_full(size_t p) {
    const int64_t k = allowed();
    if (k == kUnreachable) return static_cast<int64_t>(2 * needle_.size) + 1;
    const int64_t d = distance(p, p + needle_.size, k);
    if (d <= k && (best_full_d_ < 0 || d < best_full_d_ || (d == best_full_d_ && p < best_full_p_))) {
      best_full_d_ = d;
      best_full_p_ = p;
    }
    return d;
  }

  Sequence needle_;
  Sequence text_;
  double cutoff_;
  CachedScorer scorer_;
  detail::SymbolSet symbols_;
  ScoreAlignment best_;
  int64_t best_full_d_ = -1;
  size_t best_full_p_ = 0;
};

// RapidFuzz's _partial_ratio_impl: needle no longer than text; score scaled to 0..100.
ScoreAlignment search(Sequence needle, Sequence text, double score_cutoff) {
  ScoreAlignment res;
  res.src_end = res.dest_end = needle.size;
  if (needle.size == 0) return res;
  res = WindowSearch(needle, text, score_cutoff / 100.0 - detail::kCutoffSlack).run();
  res.score *= 100.0;
  return res;
}

ScoreAlignment swapped(const ScoreAlignment& r) { return {r.score, r.dest_start, r.dest_end, r.src_start, r.src_end}; }

}  // namespace

bool partial_ratio_alignment(Sequence a, Sequence b, double score_cutoff, ScoreAlignment& out) {
  if (a.size == 0 && b.size == 0) {
    out = ScoreAlignment{100.0, 0, 0, 0, 0};
    if (out.score >= score_cutoff) return true;
    out.score = 0.0;
    return false;
  }
  const bool a_shorter = a.size <= b.size;
  ScoreAlignment res = a_shorter ? search(a, b, score_cutoff) : search(b, a, score_cutoff);
  // Equal lengths: either side can be the needle, and the windows differ (prefixes/suffixes).
  if (res.score != 100.0 && a.size == b.size) {
    const ScoreAlignment other = search(b, a, std::max(score_cutoff, res.score));
    if (other.score > res.score) res = swapped(other);
  }
  if (res.score < score_cutoff) {
    out = ScoreAlignment{};
    return false;
  }
  out = a_shorter ? res : swapped(res);
  return true;
}

double partial_ratio(Sequence a, Sequence b, double score_cutoff) {
  ScoreAlignment alignment;
  return partial_ratio_alignment(a, b, score_cutoff, alignment) ? alignment.score : 0.0;
}

}  // namespace editops::fuzzy
