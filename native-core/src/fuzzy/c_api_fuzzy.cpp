// The fuzzy section of the C API (include/editops/c_api.h) over include/editops/fuzzy.hpp.
#include <algorithm>

#include "editops/c_api.h"
#include "editops/fuzzy.hpp"
#include "../code_points.hpp"
#include "../packed_list.hpp"

namespace {

using editops::Sequence;
namespace fz = editops::fuzzy;

static_assert(EO_SCORER_QRATIO == static_cast<int>(fz::Scorer::QRatio), "eo_scorer numbers are fuzzy::Scorer's");
static_assert(EO_SCORER_WRATIO == static_cast<int>(fz::Scorer::WRatio), "eo_scorer numbers are fuzzy::Scorer's");
static_assert(EO_SCORER_PARTIAL_RATIO == static_cast<int>(fz::Scorer::PartialRatio), "eo_scorer numbers");

bool ValidScorer(int32_t scorer) { return scorer >= 0 && scorer < fz::kScorerCount; }

Sequence Seq(const uint32_t* data, uint32_t size) { return {data, size}; }

using editops::detail::valid_packed_list;

// The decoded strings of eo_fuzzy_score_utf16, per thread.
thread_local editops::detail::CodePoints fuzzy_points_a;
thread_local editops::detail::CodePoints fuzzy_points_b;

}  // namespace

double eo_fuzzy_score(int32_t scorer, const uint32_t* a, uint32_t a_size, const uint32_t* b, uint32_t b_size,
                      double score_cutoff) {
  if (!ValidScorer(scorer)) return -1.0;
  return fz::score(static_cast<fz::Scorer>(scorer), Seq(a, a_size), Seq(b, b_size), score_cutoff);
}

double eo_fuzzy_score_utf16(int32_t scorer, const uint16_t* a, uint32_t a_units, const uint16_t* b, uint32_t b_units,
                            double score_cutoff) {
  if (!ValidScorer(scorer)) return -1.0;
  const double score = fz::score(static_cast<fz::Scorer>(scorer), fuzzy_points_a.Decode(a, a_units),
                                 fuzzy_points_b.Decode(b, b_units), score_cutoff);
  fuzzy_points_a.Trim();
  fuzzy_points_b.Trim();
  return score;
}

double eo_fuzzy_alignment(const uint32_t* a, uint32_t a_size, const uint32_t* b, uint32_t b_size, double score_cutoff,
                          uint32_t* out) {
  fz::ScoreAlignment alignment;
  if (!fz::partial_ratio_alignment(Seq(a, a_size), Seq(b, b_size), score_cutoff, alignment)) return -1.0;
  out[0] = static_cast<uint32_t>(alignment.src_start);
  out[1] = static_cast<uint32_t>(alignment.src_end);
  out[2] = static_cast<uint32_t>(alignment.dest_start);
  out[3] = static_cast<uint32_t>(alignment.dest_end);
  return alignment.score;
}

double eo_fuzzy_similarity(int32_t metric, const uint32_t* a, uint32_t a_size, const uint32_t* b, uint32_t b_size,
                           double prefix_weight, double score_cutoff) {
  const Sequence x = Seq(a, a_size);
  const Sequence y = Seq(b, b_size);
  // The integer similarities take an integer cutoff: the least length that reaches score_cutoff.
  const auto length_cutoff = [&] {
    const double least = std::max(0.0, score_cutoff);
    return least > 4294967296.0 ? int64_t{4294967297} : static_cast<int64_t>(least + 0.999999999);
  };
  switch (metric) {
    case EO_FUZZY_LCSSEQ:
      return static_cast<double>(fz::lcsseq_similarity(x, y, length_cutoff()));
    case EO_FUZZY_PREFIX:
      return static_cast<double>(fz::prefix_similarity(x, y, length_cutoff()));
    case EO_FUZZY_POSTFIX:
      return static_cast<double>(fz::postfix_similarity(x, y, length_cutoff()));
    case EO_FUZZY_JARO:
      return fz::jaro_similarity(x, y, score_cutoff);
    case EO_FUZZY_JARO_WINKLER:
      return fz::jaro_winkler_similarity(x, y, prefix_weight, score_cutoff);
    default:
      return -1.0;
  }
}

int32_t eo_fuzzy_extract(int32_t scorer, const uint32_t* query, uint32_t query_size, const uint32_t* symbols,
                         uint32_t symbol_count, const uint32_t* offsets, uint32_t offset_count, uint32_t count,
                         double score_cutoff, uint32_t limit, int32_t* out_index, double* out_score) {
  if (!ValidScorer(scorer) || !valid_packed_list(symbols, symbol_count, offsets, offset_count, count)) return -EO_STATUS_INVALID;
  if (limit > 0 && (out_index == nullptr || out_score == nullptr)) return -EO_STATUS_INVALID;
  const editops::Choices choices{symbols, offsets, count};
  return static_cast<int32_t>(fz::extract(static_cast<fz::Scorer>(scorer), Seq(query, query_size), choices, 0, count,
                                          score_cutoff, limit, out_index, out_score));
}

int32_t eo_fuzzy_matrix(int32_t scorer, const uint32_t* query_symbols, uint32_t query_symbol_count,
                        const uint32_t* query_offsets, uint32_t query_offset_count, uint32_t query_count,
                        const uint32_t* symbols, uint32_t symbol_count, const uint32_t* offsets, uint32_t offset_count,
                        uint32_t count, double score_cutoff, float* out) {
  if (!ValidScorer(scorer) || !valid_packed_list(query_symbols, query_symbol_count, query_offsets, query_offset_count, query_count) ||
      !valid_packed_list(symbols, symbol_count, offsets, offset_count, count) || (out == nullptr && query_count != 0 && count != 0)) {
    return EO_STATUS_INVALID;
  }
  const editops::Choices queries{query_symbols, query_offsets, query_count};
  const editops::Choices choices{symbols, offsets, count};
  fz::score_matrix(static_cast<fz::Scorer>(scorer), queries, choices, 0, query_count, score_cutoff, out);
  return EO_STATUS_OK;
}
