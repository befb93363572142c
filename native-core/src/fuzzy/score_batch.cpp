// The batch calls for the fuzzy scores: every sequence is split into words once per call (the
// query once, each choice once), then scored with the ordinary pairwise functions.
#include <algorithm>
#include <optional>
#include <vector>

#include "editops/fuzzy.hpp"
#include "word_scorer.hpp"

namespace editops::fuzzy {
namespace {

bool stopped(StopFlag stop) { return stop != nullptr && *stop != 0; }

// The words of a sequence when the scorer reads them.
std::optional<Tokens> tokens_for(Scorer scorer, Sequence s) {
  if (!scorer_uses_tokens(scorer)) return std::nullopt;
  return Tokens(s);
}

const Tokens* ptr(const std::optional<Tokens>& t) { return t ? &*t : nullptr; }

struct Match {
  double score;
  int32_t index;
};

// Better first: higher score, then lower index.
bool better(const Match& x, const Match& y) { return x.score != y.score ? x.score > y.score : x.index < y.index; }

}  // namespace

void score_many(Scorer scorer, Sequence query, const Choices& choices, size_t begin, size_t end, double score_cutoff,
                double* out, StopFlag stop) {
  const std::optional<Tokens> tq = tokens_for(scorer, query);
  for (size_t i = begin; i < end; ++i) {
    if (stopped(stop)) return;
    const Sequence choice = choices.at(i);
    const std::optional<Tokens> tc = tokens_for(scorer, choice);
    out[i - begin] = score(scorer, query, ptr(tq), choice, ptr(tc), score_cutoff);
  }
}

void score_matrix(Scorer scorer, const Choices& queries, const Choices& choices, size_t row_begin, size_t row_end,
                  double score_cutoff, float* out, StopFlag stop) {
  std::vector<Tokens> choice_tokens;
  if (scorer_uses_tokens(scorer)) {
    choice_tokens.reserve(choices.count);
    for (size_t c = 0; c < choices.count; ++c) choice_tokens.emplace_back(choices.at(c));
  }
  for (size_t r = row_begin; r < row_end; ++r) {
    const Sequence query = queries.at(r);
    const std::optional<Tokens> tq = tokens_for(scorer, query);
    for (size_t c = 0; c < choices.count; ++c) {
      if (stopped(stop)) return;
      const Tokens* tc = choice_tokens.empty() ? nullptr : &choice_tokens[c];
      out[(r - row_begin) * choices.count + c] =
          static_cast<float>(score(scorer, query, ptr(tq), choices.at(c), tc, score_cutoff));
    }
  }
}

size_t extract(Scorer scorer, Sequence query, const Choices& choices, size_t begin, size_t end, double score_cutoff,
               size_t limit, int32_t* out_index, double* out_score, StopFlag stop) {
  if (limit == 0) return 0;
  const std::optional<Tokens> tq = tokens_for(scorer, query);
  std::optional<detail::WordScorer> words;
  if (detail::WordScorer::applies(scorer, ptr(tq), query)) words.emplace(query);
  // A heap whose top is the worst match held.
  std::vector<Match> heap;
  heap.reserve(std::min(limit, end - begin));
  for (size_t i = begin; i < end; ++i) {
    if (stopped(stop)) break;
    const bool full = heap.size() == limit;
    // Once full, a choice must beat the worst held; scoring with that as cutoff lets it stop early.
    const double cutoff = full ? std::max(score_cutoff, heap.front().score) : score_cutoff;
    const Sequence choice = choices.at(i);
    double s = words ? words->score_if_word(scorer, choice, cutoff) : detail::kGeneralPath;
    if (s == detail::kGeneralPath) {
      const std::optional<Tokens> tc = tokens_for(scorer, choice);
      s = score(scorer, query, ptr(tq), choice, ptr(tc), cutoff);
    }
    if (s < score_cutoff) continue;
    const Match m{s, static_cast<int32_t>(i)};
    if (!full) {
      heap.push_back(m);
      std::push_heap(heap.begin(), heap.end(), better);
    } else if (better(m, heap.front())) {
      std::pop_heap(heap.begin(), heap.end(), better);
      heap.back() = m;
      std::push_heap(heap.begin(), heap.end(), better);
    }
  }
  std::sort(heap.begin(), heap.end(), better);
  for (size_t k = 0; k < heap.size(); ++k) {
    out_index[k] = heap[k].index;
    out_score[k] = heap[k].score;
  }
  return heap.size();
}

}  // namespace editops::fuzzy
