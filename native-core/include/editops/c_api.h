/*
 * editops C API: the one contract between the C++ core and its two bindings.
 *
 * The WebAssembly build exports every function marked EO_API below, as it is (its export list is
 * read from this file: packages/wasm/scripts/build-wasm.mjs). The Node-API addon
 * (packages/native-addon/src) only converts napi values into these calls and the results back.
 * @editops/core (packages/core/src/kernel.ts, kernel-options.ts) mirrors the numbers and the options
 * layout; packages/conformance/src/bridge-contract.test.ts reads this file and fails when the two
 * sides differ.
 *
 * Plain C types only: pointers are 32-bit in wasm32 and 64-bit on hosts, so every struct that both
 * sides lay out (eo_options) holds no pointer.
 */
#ifndef EDITOPS_C_API_H
#define EDITOPS_C_API_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__EMSCRIPTEN__)
#define EO_API __attribute__((used, visibility("default")))
#else
#define EO_API
#endif

/* ---------------------------------------------------------------------------------------------
 * Section: ABI version
 *
 * Raised whenever a number, a struct layout or a signature below changes. @editops/auto refuses a
 * backend whose eo_abi_version() differs from the version @editops/core was built for.
 */
#define EO_ABI_VERSION 7

EO_API uint32_t eo_abi_version(void);

/* The SIMD path the batch calls' multi-pattern lanes run on, for reports: an eo_simd_path_code
 * (Section: enums; native-core/src/multi_lanes.hpp). Adding it changed no existing number. */
EO_API int32_t eo_simd_path(void);

/* ---------------------------------------------------------------------------------------------
 * Section: enums (explicitly numbered; the numbers are the ABI)
 */
/* What eo_simd_path() reports. */
typedef enum eo_simd_path_code {
  EO_SIMD_SCALAR = 0,
  EO_SIMD_SSE2 = 1,
  EO_SIMD_AVX2 = 2,
  EO_SIMD_SIMD128 = 3, /* the wasm simd128 module only */
  EO_SIMD_NEON = 4
} eo_simd_path_code;

typedef enum eo_metric {
  EO_METRIC_LEVENSHTEIN = 0,
  EO_METRIC_OSA = 1,
  EO_METRIC_DAMERAU = 2,
  EO_METRIC_INDEL = 3,
  EO_METRIC_HAMMING = 4,
  /* RapidFuzz 3.x's metrics (docs/semantics.md, "Fuzzy matching"). LCSSEQ, PREFIX and POSTFIX have
   * integer distances (max(n, m) - similarity); only LCSSEQ has editops (the Indel script). JARO and
   * JARO_WINKLER have float distances: eo_distance and the batch jobs return
   * EO_DISTANCE_UNSUPPORTED / EO_STATUS_UNSUPPORTED for them; their similarity is
   * eo_fuzzy_similarity's. */
  EO_METRIC_LCSSEQ = 5,
  EO_METRIC_PREFIX = 6,
  EO_METRIC_POSTFIX = 7,
  EO_METRIC_JARO = 8,
  EO_METRIC_JARO_WINKLER = 9
} eo_metric;

/* Op codes of a packed script: [op, srcPos, destPos] per op, in forward order. */
typedef enum eo_op { EO_OP_INSERT = 0, EO_OP_DELETE = 1, EO_OP_REPLACE = 2, EO_OP_TRANSPOSE = 3 } eo_op;

typedef enum eo_status {
  EO_STATUS_OK = 0,
  EO_STATUS_OVER_MAX_DISTANCE = 1, /* the distance is above options.max_distance */
  EO_STATUS_TOO_LARGE = 2,         /* the work would exceed the core's memory budget; nothing was allocated */
  EO_STATUS_UNSUPPORTED = 3,       /* the metric (or a negative weight) is not implemented */
  EO_STATUS_INVALID = 4            /* a batch job's lists, counts or outputs do not fit together */
} eo_status;

/* Which algorithm path editops takes. Tests force each path to check they agree; callers pass AUTO. */
typedef enum eo_path { EO_PATH_AUTO = 0, EO_PATH_FULL = 1, EO_PATH_BANDED = 2, EO_PATH_SPLIT = 3 } eo_path;

typedef enum eo_batch_kind {
  EO_BATCH_DISTANCE_MANY = 0, /* query 0 against every choice: one distance per choice */
  EO_BATCH_EXTRACT = 1,       /* the `limit` best choices for query 0, by (distance, index) */
  EO_BATCH_MATRIX = 2         /* every query x every choice, row-major */
} eo_batch_kind;

/* What eo_distance returns when the answer cannot be computed within the core's limits (weighted
 * costs that could overflow int64). An unsupported metric returns -1. */
#define EO_DISTANCE_TOO_LARGE (-2)
#define EO_DISTANCE_UNSUPPORTED (-1)

/* "No cutoff". */
#define EO_NO_MAX_DISTANCE (-1)

/* ---------------------------------------------------------------------------------------------
 * Section: options
 *
 * Every field is an int32, so the struct is an Int32Array of EO_OPTIONS_INT32S on the JS side, the
 * same bytes on every target. The caller owns it; the core only reads it during the call.
 */
typedef struct eo_options {
  int32_t metric;         /* eo_metric */
  int32_t path;           /* eo_path (editops only) */
  int32_t max_distance;   /* EO_NO_MAX_DISTANCE, or a cutoff >= 0: answers above it are cut off */
  int32_t insert_weight;  /* Levenshtein costs, each >= 1 (all 1 takes the unweighted paths) */
  int32_t delete_weight;
  int32_t replace_weight;
} eo_options;

#define EO_OPTIONS_INT32S 6

/* ---------------------------------------------------------------------------------------------
 * Section: one pair
 *
 * Sequences are arrays of 32-bit symbols, owned by the caller and only read during the call.
 * Over max_distance, a distance is max_distance + 1 and editops returns EO_STATUS_OVER_MAX_DISTANCE.
 * Hamming is always padded (unequal lengths count |n - m|); the TypeScript layer checks lengths.
 */
EO_API double eo_distance(const uint32_t* a, uint32_t a_size, const uint32_t* b, uint32_t b_size,
                          const eo_options* options);

/* The same on UTF-16 units, compared by code point: a valid surrogate pair is one symbol, a lone
 * surrogate its own. The caller never cuts a pair at either end. */
EO_API double eo_distance_utf16(const uint16_t* a, uint32_t a_units, const uint16_t* b, uint32_t b_units,
                                const eo_options* options);

/* A script buffer: owned by whoever made it with eo_ops_new, freed by eo_ops_free. Its data is
 * valid until the next call that writes into it or eo_ops_clear. */
typedef struct eo_ops eo_ops;

EO_API eo_ops* eo_ops_new(void);
EO_API void eo_ops_free(eo_ops* ops);
EO_API const int32_t* eo_ops_data(const eo_ops* ops);
/* int32 values (three per op) */
EO_API uint32_t eo_ops_size(const eo_ops* ops);
/* Empties the buffer; gives a large one back to the allocator. */
EO_API void eo_ops_clear(eo_ops* ops);

/* The canonical script (docs/semantics.md) turning a into b, written into `out` (replacing what it
 * held) as packed [eo_op, srcPos, destPos] triples. Returns an eo_status. */
EO_API int32_t eo_editops(const uint32_t* a, uint32_t a_size, const uint32_t* b, uint32_t b_size,
                          const eo_options* options, eo_ops* out);

/* eo_editops on UTF-16 units by code point (see eo_distance_utf16). Positions count code points;
 * lengths[0], lengths[1] receive the code point lengths of a and b. */
EO_API int32_t eo_editops_utf16(const uint16_t* a, uint32_t a_units, const uint16_t* b, uint32_t b_units,
                                const eo_options* options, eo_ops* out, uint32_t* lengths);

/* ---------------------------------------------------------------------------------------------
 * Section: batch jobs
 *
 * Lists are packed: element i is symbols[offsets[i], offsets[i + 1]). The caller owns every array
 * and keeps it alive and unchanged until eo_batch_finish; the job owns only itself.
 *
 *   job = eo_batch_new(kind, options, limit);
 *   eo_batch_set_queries(job, ...); eo_batch_set_choices(job, ...); eo_batch_set_outputs(job, ...);
 *   status = eo_batch_check(job);              // EO_STATUS_INVALID: the parts do not fit together
 *   parts = eo_batch_split(job, threads);      // 0 when the check fails; then run nothing
 *   eo_batch_run(job, part, stop) for each part in [0, parts), on any threads, concurrently;
 *   count = eo_batch_finish(job);              // once every run returned; frees the job
 *
 * `stop`, when not null, is polled between choices; once it reads non-zero the runs return early
 * and the outputs are unspecified. Distances above INT32_MAX are reported as INT32_MAX.
 */
typedef struct eo_batch eo_batch;

/* NULL when kind is not an eo_batch_kind or memory is short. */
EO_API eo_batch* eo_batch_new(int32_t kind, const eo_options* options, uint32_t limit);

/* Each checks the list (offset_count >= count + 1, offsets non-decreasing, within symbol_count)
 * and returns EO_STATUS_OK or EO_STATUS_INVALID. */
EO_API int32_t eo_batch_set_queries(eo_batch* job, const uint32_t* symbols, uint32_t symbol_count,
                                    const uint32_t* offsets, uint32_t offset_count, uint32_t count);
EO_API int32_t eo_batch_set_choices(eo_batch* job, const uint32_t* symbols, uint32_t symbol_count,
                                    const uint32_t* offsets, uint32_t offset_count, uint32_t count);

/* Extract writes up to `limit` (index, distance) pairs; distance-many one distance per choice; the
 * matrix queries x choices. Checked against the lists when the job is split. */
EO_API int32_t eo_batch_set_outputs(eo_batch* job, int32_t* out_index, uint32_t index_capacity,
                                    int32_t* out_distance, uint32_t distance_capacity);

/* EO_STATUS_OK when the queries, choices and outputs are set and fit together, else
 * EO_STATUS_INVALID. Reads nothing but the job, so a binding can check on its own thread and split
 * and run on others. */
EO_API int32_t eo_batch_check(const eo_batch* job);

/* How many parts (>= 1, at most `threads`) the job runs in; 0 when it is not valid. Call once. */
EO_API uint32_t eo_batch_split(eo_batch* job, uint32_t threads);

EO_API void eo_batch_run(eo_batch* job, uint32_t part, const volatile uint8_t* stop);

/* The number of results written (extract: matches; otherwise distances). Frees the job. */
EO_API uint32_t eo_batch_finish(eo_batch* job);

/* A choice list's index for extract jobs (editops.hpp's ChoiceIndex): the choices by length, then
 * by number, and a signature of each one's symbols. Built once per list (prepared choices), it
 * lets extract visit the choices in rings of growing length difference from the query, stop at
 * the first ring over its cutoff, and reject most choices without reading them. The answers are
 * the same with it and without it.
 *
 * eo_choice_index writes the index of a packed list: `count` words to out_order and
 * EO_CHOICE_SIGNATURE_WORDS * count to out_signatures (owned by the caller). Returns EO_STATUS_OK,
 * or EO_STATUS_INVALID (nothing written) when the list does not check.
 *
 * eo_batch_set_choice_index gives an extract job the index of its choices (other kinds ignore
 * it). It checks that every order entry is below `count`, and eo_batch_check that `count` is the
 * job's choice count; the caller keeps the arrays alive and unchanged until eo_batch_finish. An
 * index of another list gives wrong matches, never a read out of bounds. */
#define EO_CHOICE_SIGNATURE_WORDS 4
EO_API int32_t eo_choice_index(const uint32_t* symbols, uint32_t symbol_count, const uint32_t* offsets,
                               uint32_t offset_count, uint32_t count, uint32_t* out_order, uint32_t* out_signatures);
EO_API int32_t eo_batch_set_choice_index(eo_batch* job, const uint32_t* order, const uint32_t* signatures,
                                         uint32_t count);

/* ---------------------------------------------------------------------------------------------
 * Section: fuzzy matching (include/editops/fuzzy.hpp; definitions in docs/semantics.md)
 *
 * Scores are doubles in [0, 100]; a score below score_cutoff is 0. Sequences and lists as above.
 */
typedef enum eo_scorer {
  EO_SCORER_RATIO = 0,
  EO_SCORER_PARTIAL_RATIO = 1,
  EO_SCORER_TOKEN_SORT_RATIO = 2,
  EO_SCORER_TOKEN_SET_RATIO = 3,
  EO_SCORER_TOKEN_RATIO = 4,
  EO_SCORER_PARTIAL_TOKEN_SORT_RATIO = 5,
  EO_SCORER_PARTIAL_TOKEN_SET_RATIO = 6,
  EO_SCORER_PARTIAL_TOKEN_RATIO = 7,
  EO_SCORER_WRATIO = 8,
  EO_SCORER_QRATIO = 9
} eo_scorer;

/* The fuzzy metrics' similarities: lengths for LCSSEQ, PREFIX and POSTFIX (exact integers),
 * [0, 1] for JARO and JARO_WINKLER. */
typedef enum eo_fuzzy_metric {
  EO_FUZZY_LCSSEQ = 0,
  EO_FUZZY_PREFIX = 1,
  EO_FUZZY_POSTFIX = 2,
  EO_FUZZY_JARO = 3,
  EO_FUZZY_JARO_WINKLER = 4
} eo_fuzzy_metric;

/* The score of `scorer` (an eo_scorer) for a and b; -1 for an unknown scorer. */
EO_API double eo_fuzzy_score(int32_t scorer, const uint32_t* a, uint32_t a_size, const uint32_t* b, uint32_t b_size,
                             double score_cutoff);

/* partial_ratio with its window: out[0..3] = src_start, src_end, dest_start, dest_end (owned by the
 * caller). Returns the score, or -1 (out untouched) when it is below score_cutoff. */
EO_API double eo_fuzzy_alignment(const uint32_t* a, uint32_t a_size, const uint32_t* b, uint32_t b_size,
                                 double score_cutoff, uint32_t* out);

/* The similarity of `metric` (an eo_fuzzy_metric); 0 below score_cutoff (in the metric's own
 * scale); -1 for an unknown metric. prefix_weight is read by JARO_WINKLER only. */
EO_API double eo_fuzzy_similarity(int32_t metric, const uint32_t* a, uint32_t a_size, const uint32_t* b,
                                  uint32_t b_size, double prefix_weight, double score_cutoff);

/* The `limit` best choices for the query by score descending, ties to the lower index, each >=
 * score_cutoff: writes out_index[k] and out_score[k] (capacity `limit` each) and returns how many;
 * -EO_STATUS_INVALID when the list does not fit together or the scorer is unknown. */
EO_API int32_t eo_fuzzy_extract(int32_t scorer, const uint32_t* query, uint32_t query_size, const uint32_t* symbols,
                                uint32_t symbol_count, const uint32_t* offsets, uint32_t offset_count, uint32_t count,
                                double score_cutoff, uint32_t limit, int32_t* out_index, double* out_score);

/* Every query x every choice, row-major, as float32 (RapidFuzz's cdist type for its scores) into
 * out (capacity query_count * choice_count). Returns EO_STATUS_OK or EO_STATUS_INVALID. */
EO_API int32_t eo_fuzzy_matrix(int32_t scorer, const uint32_t* query_symbols, uint32_t query_symbol_count,
                               const uint32_t* query_offsets, uint32_t query_offset_count, uint32_t query_count,
                               const uint32_t* symbols, uint32_t symbol_count, const uint32_t* offsets,
                               uint32_t offset_count, uint32_t count, double score_cutoff, float* out);

/* eo_fuzzy_score on UTF-16 units compared by code point (see eo_distance_utf16), so that a binding
 * passes a string's units as they are and never encodes it. */
EO_API double eo_fuzzy_score_utf16(int32_t scorer, const uint16_t* a, uint32_t a_units, const uint16_t* b,
                                   uint32_t b_units, double score_cutoff);

/* ---------------------------------------------------------------------------------------------
 * Section: search (include/editops/search.hpp; rules in docs/semantics.md, "Search")
 *
 * A search session holds one pattern and reads a text in chunks:
 *   s = eo_search_new(pattern, size, options, mode, limit, first_end, with_windows);
 *   n = eo_search_feed(s, chunk, size);   // then read n doubles at eo_search_output(s)
 *   n = eo_search_finish(s);              // the last match; no feed after it
 *   eo_search_free(s);
 * or, for edlib's answer on a whole text, n = eo_search_best(s, text, size) on a fresh session.
 * options: metric (LEVENSHTEIN, INDEL or OSA) and max_distance are read, the rest ignored.
 *
 * The output is doubles (a streamed text's offsets can pass 2^32), one record per match:
 * [start, end, distance, run_first, run_last, op_count, op_count packed ops (op, patternPos,
 * windowPos)], and with with_windows != 0 then the window's end - start symbols. eo_search_best
 * writes [distance, start, end, end_count, ...ends, op_count, ...ops]. The output is valid until
 * the session's next call.
 */
typedef enum eo_search_mode { EO_SEARCH_INFIX = 0, EO_SEARCH_PREFIX = 1 } eo_search_mode;

typedef struct eo_search eo_search;

/* NULL when the metric or the mode is not supported by search, or memory is short. The pattern is
 * copied. Ends before first_end are never matches (a part of a split text); limit 0: no limit. */
EO_API eo_search* eo_search_new(const uint32_t* pattern, uint32_t pattern_size, const eo_options* options,
                                int32_t mode, uint32_t limit, uint32_t first_end, int32_t with_windows);
EO_API uint32_t eo_search_feed(eo_search* search, const uint32_t* chunk, uint32_t size);
EO_API uint32_t eo_search_finish(eo_search* search);
/* 1 once `limit` matches are out: further text is ignored. */
EO_API int32_t eo_search_done(const eo_search* search);
EO_API const double* eo_search_output(const eo_search* search);
/* The doubles written, or 0 with EO_STATUS_OVER_MAX_DISTANCE from eo_search_status when no end is
 * within max_distance. */
EO_API uint32_t eo_search_best(eo_search* search, const uint32_t* text, uint32_t size);
EO_API int32_t eo_search_status(const eo_search* search);
EO_API void eo_search_free(eo_search* search);
/* eo_search_feed and eo_search_best on UTF-16 units: by code point (see eo_distance_utf16), or each
 * unit a symbol when by_unit != 0. Offsets count those symbols. The caller never cuts a surrogate
 * pair between two chunks. feed decodes in blocks, so its memory stays bounded by the block. */
EO_API uint32_t eo_search_feed_utf16(eo_search* search, const uint16_t* chunk, uint32_t units, int32_t by_unit);
EO_API uint32_t eo_search_best_utf16(eo_search* search, const uint16_t* text, uint32_t units, int32_t by_unit);

#ifdef __cplusplus
}
#endif

#endif /* EDITOPS_C_API_H */
