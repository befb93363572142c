// One entry point per score (the Scorer enum), so that the bridge and the batch calls name a score
// by number instead of holding function pointers.
#include <optional>

#include "editops/fuzzy.hpp"

namespace editops::fuzzy {

bool scorer_uses_tokens(Scorer scorer) {
  switch (scorer) {
    case Scorer::Ratio:
    case Scorer::PartialRatio:
    case Scorer::QRatio:
      return false;
    default:
      return true;
  }
}

double score(Scorer scorer, Sequence a, const Tokens* ta, Sequence b, const Tokens* tb, double score_cutoff) {
  switch (scorer) {
    case Scorer::Ratio:
      return ratio(a, b, score_cutoff);
    case Scorer::PartialRatio:
      return partial_ratio(a, b, score_cutoff);
    case Scorer::QRatio:
      return qratio(a, b, score_cutoff);
    case Scorer::TokenSortRatio:
      return token_sort_ratio(*ta, *tb, score_cutoff);
    case Scorer::TokenSetRatio:
      return token_set_ratio(*ta, *tb, score_cutoff);
    case Scorer::TokenRatio:
      return token_ratio(*ta, *tb, score_cutoff);
    case Scorer::PartialTokenSortRatio:
      return partial_token_sort_ratio(*ta, *tb, score_cutoff);
    case Scorer::PartialTokenSetRatio:
      return partial_token_set_ratio(*ta, *tb, score_cutoff);
    case Scorer::PartialTokenRatio:
      return partial_token_ratio(*ta, *tb, score_cutoff);
    case Scorer::WRatio:
      return wratio(*ta, *tb, score_cutoff);
  }
  return 0.0;
}

double score(Scorer scorer, Sequence a, Sequence b, double score_cutoff) {
  if (!scorer_uses_tokens(scorer)) return score(scorer, a, nullptr, b, nullptr, score_cutoff);
  const Tokens ta(a);
  const Tokens tb(b);
  return score(scorer, a, &ta, b, &tb, score_cutoff);
}

}  // namespace editops::fuzzy
