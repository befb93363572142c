/**
 * The fuzzy part of the Kernel contract: the C API's fuzzy section (native-core/include/editops/
 * c_api.h, "fuzzy matching"), one method per entry point. Sequences arrive encoded as symbols.
 */

/** eo_scorer: the scores by number (the exported function names are the keys). */
export const ScorerCode = {
  ratio: 0,
  partialRatio: 1,
  tokenSortRatio: 2,
  tokenSetRatio: 3,
  tokenRatio: 4,
  partialTokenSortRatio: 5,
  partialTokenSetRatio: 6,
  partialTokenRatio: 7,
  WRatio: 8,
  QRatio: 9,
} as const;
/** The name of a fuzzy score, as `scorer:` options take it ('WRatio', 'tokenSetRatio', ...). */
export type ScorerName = keyof typeof ScorerCode;
export type ScorerCode = (typeof ScorerCode)[ScorerName];

/** eo_fuzzy_metric */
export const FuzzyMetricCode = { lcsseq: 0, prefix: 1, postfix: 2, jaro: 3, jaroWinkler: 4 } as const;
export type FuzzyMetricCode = (typeof FuzzyMetricCode)[keyof typeof FuzzyMetricCode];

import type { ScoredJob } from './scored-job';

export interface FuzzyKernel {
  /** eo_fuzzy_score: the score in [0, 100]; 0 below scoreCutoff. */
  score(scorer: ScorerCode, a: Uint32Array, aLength: number, b: Uint32Array, bLength: number, scoreCutoff: number): number;
  /**
   * eo_fuzzy_score_utf16: the same score on two strings compared by code point, whose UTF-16
   * units go to the core as they are (no encoding in JS).
   */
  scoreStrings(scorer: ScorerCode, a: string, b: string, scoreCutoff: number): number;
  /** eo_fuzzy_alignment: the score, with srcStart, srcEnd, destStart, destEnd in `out`; -1 below scoreCutoff. */
  alignment(a: Uint32Array, aLength: number, b: Uint32Array, bLength: number, scoreCutoff: number, out: Uint32Array): number;
  /** eo_fuzzy_similarity */
  similarity(metric: FuzzyMetricCode, a: Uint32Array, aLength: number, b: Uint32Array, bLength: number, prefixWeight: number, scoreCutoff: number): number;
  /**
   * eo_fuzzy_extract over choices packed as symbols + offsets (choice i is
   * symbols[offsets[i], offsets[i + 1])): writes up to `limit` indexes and scores, best first.
   */
  extract(
    scorer: ScorerCode,
    query: Uint32Array,
    queryLength: number,
    symbols: Uint32Array,
    offsets: Uint32Array,
    count: number,
    scoreCutoff: number,
    limit: number,
    outIndex: Int32Array,
    outScore: Float64Array,
  ): number;
  /** eo_fuzzy_matrix: queries x choices, row-major, into `out`. */
  matrix(
    scorer: ScorerCode,
    querySymbols: Uint32Array,
    queryOffsets: Uint32Array,
    queryCount: number,
    symbols: Uint32Array,
    offsets: Uint32Array,
    count: number,
    scoreCutoff: number,
    out: Float32Array,
  ): void;
  /**
   * Runs every task of `job` off the main thread, on up to `threads` threads (0: every core),
   * writing each task's output into the job's outputs (scored-job.ts). When `signal` aborts, the
   * work stops early and the promise settles once nothing of it runs any more (the outputs are
   * then unspecified).
   */
  runAsync(job: ScoredJob, threads: number, signal: AbortSignal | undefined): Promise<void>;
}
