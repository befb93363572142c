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

// The words of one choice after another, in one Tokens whose memory is reused (null when the
// scorer reads no words).
class ChoiceTokens {
 public:
  explicit ChoiceTokens(Scorer scorer) : tokens_(tokens_for(scorer, Sequence{nullptr, 0})) {}
  const Tokens* split(Sequence choice) {
    if (!tokens_) return nullptr;
    tokens_->assign(choice);
    return &*tokens_;
  }

 private:
  std::optional<Tokens> tokens_;
};

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
  ChoiceTokens tc(scorer);
  for (size_t i = begin; i < end; ++i) {
    if (stopped(stop)) return;
    const Sequence choice = choices.at(i);
    out[i - begin] = score(scorer, query, ptr(tq), choice, tc.split(choice), score_cutoff);
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
  // Follows the cutoff below: most one-word choices are then rejected by their length, or by
  // their exact distance, without the score's arithmetic.
  detail::DistanceBound bound(scorer, query.size);
  ChoiceTokens tc(scorer);
  // A heap whose top is the worst match held.
  std::vector<Match> heap;
  heap.reserve(std::min(limit, end - begin));
  // Once full, a choice must beat the worst held; scoring with that as cutoff lets it stop early.
  const auto cutoff_now = [&] { return heap.size() == limit ? std::max(score_cutoff, heap.front().score) : score_cutoff; };
  const auto offer = [&](size_t i, double s) {
    if (s < score_cutoff) return;
    const Match m{s, static_cast<int32_t>(i)};
    if (heap.size() < limit) {
      heap.push_back(m);
      std::push_heap(heap.begin(), heap.end(), better);
    } else if (better(m, heap.front())) {
      std::pop_heap(heap.begin(), heap.end(), better);
      heap.back() = m;
      std::push_heap(heap.begin(), heap.end(), better);
    }
  };
  const auto score_one = [&](size_t i, double cutoff) {
    const Sequence choice = choices.at(i);
    double s = detail::kGeneralPath;
    if (words) {
      bound.set_cutoff(cutoff);
      s = words->score_if_word(scorer, choice, cutoff, &bound);
    }
    if (s == detail::kGeneralPath) s = score(scorer, query, ptr(tq), choice, tc.split(choice), cutoff);
    return s;
  };
  size_t i = begin;
  if (words && words->interleaves()) {
    // Four choices at a time: the printable one-word choices that the bound (at the cutoff when
    // the block starts, which only rises) does not reject get their exact distances from one
    // interleaved pass; then each choice is scored in order with the cutoff of its turn, so the
    // answers are the ones of one choice at a time.
    enum Lane : uint8_t { kRejected, kDistance, kOther };
    for (; i + 4 <= end; i += 4) {
      if (stopped(stop)) break;
      bound.set_cutoff(cutoff_now());
      Sequence w[4];
      Lane lane[4];
      size_t first_distance = 4;
      for (size_t t = 0; t < 4; ++t) {
        w[t] = choices.at(i + t);
        lane[t] = kOther;
        if (!detail::is_printable_ascii_word(w[t])) continue;
        const size_t gap = w[t].size > query.size ? w[t].size - query.size : query.size - w[t].size;
        lane[t] = static_cast<int64_t>(gap) > bound.max_distance(w[t].size) ? kRejected : kDistance;
        if (lane[t] == kDistance && first_distance == 4) first_distance = t;
      }
      int64_t d[4] = {0, 0, 0, 0};
      if (first_distance < 4) {
        Sequence lanes[4];
        // Lanes without a distance to compute run a copy of one that has (the result is unused).
        for (size_t t = 0; t < 4; ++t) lanes[t] = lane[t] == kDistance ? w[t] : w[first_distance];
        words->indel_distances4(lanes, d);
      }
      for (size_t t = 0; t < 4; ++t) {
        const double cutoff = cutoff_now();
        double s = 0.0;
        if (lane[t] == kDistance) {
          bound.set_cutoff(cutoff);
          s = d[t] > bound.max_distance(w[t].size) ? 0.0 : words->score(scorer, w[t], cutoff, d[t]);
        } else if (lane[t] == kOther) {
          s = score_one(i + t, cutoff);
        }
        offer(i + t, s);
      }
    }
  }
  for (; i < end; ++i) {
    if (stopped(stop)) break;
    offer(i, score_one(i, cutoff_now()));
  }
  std::sort(heap.begin(), heap.end(), better);
  for (size_t k = 0; k < heap.size(); ++k) {
    out_index[k] = heap[k].index;
    out_score[k] = heap[k].score;
  }
  return heap.size();
}

}  // namespace editops::fuzzy
