/**
 * The fuzzy scores (RapidFuzz 3.x's `fuzz` module, docs/semantics.md "Fuzzy matching") over the
 * kernel's fuzzy section, and the batch calls with a `scorer`. Encoding and checks are the ones
 * every call uses (PairEncoder, planJob); the scores run in the C++ core.
 */
import { PairEncoder } from '../encode-pair';
import { planSteps, stepsAsync } from '../batch-job';
import { drain, SLICE, type Steps } from '../sequence-list';
import { BatchKind, type Kernel } from '../kernel';
import { DEFAULT_OPTIONS, type ResolvedOptions } from '../options';
import { FUZZY_OPTIONS, type KnownOptions } from '../option-names';
import type { Choices } from '../batch-types';
import type { Sequence } from '../types';
import { MAX_SEQUENCE_LENGTH } from '../sequence';
import { NOT_SERVED } from '../short-strings';
import { shortQRatio, shortRatio } from './short-ratio';
import { ScorerCode, type ScorerName } from './fuzzy-kernel';
import { metricScorer, resolveFuzzyOptions, resolveScorer, SCORER, type FuzzyOptions, type MetricScorerName, type ResolvedFuzzyOptions } from './fuzzy-options';
import { mergeScoredMatches, scoredJob, type ScoredJob } from './scored-job';
import { bestSteps, similarities, similaritySteps } from './similarity-batch';

/** Where partialRatio found its best window: a[srcStart, srcEnd) against b[destStart, destEnd). */
export interface ScoreAlignment {
  /** The partialRatio score, 0 to 100. */
  readonly score: number;
  /** Start of the window in `a`. */
  readonly srcStart: number;
  /** End (exclusive) of the window in `a`. */
  readonly srcEnd: number;
  /** Start of the window in `b`. */
  readonly destStart: number;
  /** End (exclusive) of the window in `b`. */
  readonly destEnd: number;
}

/** A score of two sequences, 0 to 100. */
export type ScoreFunction = (a: Sequence, b: Sequence, options?: FuzzyOptions) => number;

/** One match of a batch call with a scorer. */
export interface ScoredMatch<T extends Sequence = Sequence> {
  /** Index of the choice in the choices array. */
  readonly index: number;
  /** The choice itself (as given, before any processor). */
  readonly choice: T;
  /** Its score against the query, 0 to 100. */
  readonly score: number;
}

/** The score matrix of distanceMatrix with a scorer: data[row * cols + col]. */
export interface ScoreMatrix {
  /** Number of queries (rows). */
  readonly rows: number;
  /** Number of choices (columns). */
  readonly cols: number;
  /** float32, as RapidFuzz's cdist returns its fuzz scores. */
  readonly data: Float32Array;
}

/** Options of the batch calls with a scorer. */
export interface ScorerOptions extends FuzzyOptions {
  /**
   * The score: its name ('WRatio') or the exported function (WRatio); or 'jaro' / 'jaroWinkler',
   * whose score is their similarity from 0 to 1 (scoreCutoff then on that scale too).
   */
  scorer: ScorerName | ScoreFunction | MetricScorerName;
  /** With `scorer: 'jaroWinkler'`: its prefix weight, 0 to 0.25 (0.1 by default). */
  prefixWeight?: number;
  /** extract only: how many matches at most (5 by default). */
  limit?: number;
}

export type FuzzyScores = { readonly [name in ScorerName]: ScoreFunction } & {
  partialRatioAlignment(a: Sequence, b: Sequence, options?: FuzzyOptions): ScoreAlignment | null;
};

/** The batch calls with a scorer; batch-api.ts routes to them and passes the option names and limit it checked. */
export interface FuzzyBatch {
  extract<T extends Sequence>(query: Sequence, choices: Choices<T>, options: ScorerOptions, names: KnownOptions, limit: number): ScoredMatch<T>[];
  scoreMatrix(queries: readonly Sequence[], choices: Choices, options: ScorerOptions, names: KnownOptions): ScoreMatrix;
  /** extract off the main thread: `threads` as checked by batch-api.ts (0: every core). */
  extractAsync<T extends Sequence>(
    query: Sequence,
    choices: Choices<T>,
    options: ScorerOptions,
    names: KnownOptions,
    limit: number,
    threads: number,
    signal: AbortSignal | undefined,
  ): Promise<ScoredMatch<T>[]>;
  scoreMatrixAsync(queries: readonly Sequence[], choices: Choices, options: ScorerOptions, names: KnownOptions, threads: number, signal: AbortSignal | undefined): Promise<ScoreMatrix>;
}

function processed(value: Sequence, options: ResolvedFuzzyOptions): Sequence {
  return options.processor === undefined ? value : options.processor(value);
}

function unitOptions(options: ResolvedFuzzyOptions): ResolvedOptions {
  return options.unit === DEFAULT_OPTIONS.unit ? DEFAULT_OPTIONS : { ...DEFAULT_OPTIONS, unit: options.unit };
}

/** The scores that short-ratio.ts answers in TypeScript for short strings. */
const SHORT_SCORES: { readonly [name in ScorerName]?: (a: string, b: string, scoreCutoff: number) => number } = {
  ratio: shortRatio,
  QRatio: shortQRatio,
};

/** Two strings the string path takes: by code point, each within the length limit (else the encoder throws). */
const stringPair = (a: Sequence, b: Sequence, unit: string): boolean =>
  typeof a === 'string' && typeof b === 'string' && unit === 'codepoint' && a.length <= MAX_SEQUENCE_LENGTH && b.length <= MAX_SEQUENCE_LENGTH;

/** `shortStrings: false` turns the TS short path off (the core-only conformance project). */
export function createFuzzyScores(kernel: Kernel, shortStrings = true): FuzzyScores {
  const pair = new PairEncoder();
  const window = new Uint32Array(4);

  function scoreFunction(name: ScorerName): ScoreFunction {
    const code = ScorerCode[name];
    const short = shortStrings ? SHORT_SCORES[name] : undefined;
    const fn: ScoreFunction = (a, b, options) => {
      const resolved = resolveFuzzyOptions(options, FUZZY_OPTIONS);
      const x = processed(a, resolved);
      const y = processed(b, resolved);
      // Strings by code point go to the core as UTF-16 units (decoded there), short ones are
      // answered here (short-ratio.ts): a CPU profile put most of a short pair's time in encoding.
      if (stringPair(x, y, resolved.unit)) {
        if (short !== undefined) {
          const score = short(x as string, y as string, resolved.scoreCutoff);
          if (score !== NOT_SERVED) return score;
        }
        return kernel.fuzzy.scoreStrings(code, x as string, y as string, resolved.scoreCutoff);
      }
      pair.encode(x, y, resolved.unit);
      try {
        return kernel.fuzzy.score(code, pair.a.symbols, pair.a.length, pair.b.symbols, pair.b.length, resolved.scoreCutoff);
      } finally {
        pair.release();
      }
    };
    Object.defineProperty(fn, 'name', { value: name });
    Object.defineProperty(fn, SCORER, { value: code });
    return fn;
  }

  function partialRatioAlignment(a: Sequence, b: Sequence, options?: FuzzyOptions): ScoreAlignment | null {
    const resolved = resolveFuzzyOptions(options, FUZZY_OPTIONS);
    pair.encode(processed(a, resolved), processed(b, resolved), resolved.unit);
    let score: number;
    try {
      score = kernel.fuzzy.alignment(pair.a.symbols, pair.a.length, pair.b.symbols, pair.b.length, resolved.scoreCutoff, window);
    } finally {
      pair.release();
    }
    if (score < 0) return null;
    return { score, srcStart: window[0]!, srcEnd: window[1]!, destStart: window[2]!, destEnd: window[3]! };
  }

  const scores = Object.fromEntries((Object.keys(ScorerCode) as ScorerName[]).map((name) => [name, scoreFunction(name)]));
  return { ...(scores as { [name in ScorerName]: ScoreFunction }), partialRatioAlignment };
}

/** Whether batch options ask for a fuzzy scorer instead of a distance metric. */
export function hasScorer(options: unknown): options is ScorerOptions {
  return options !== null && typeof options === 'object' && (options as { scorer?: unknown }).scorer !== undefined;
}

/** `process` applied to every element, in steps (a processor is the caller's code, run on this thread). */
function* mapSteps(list: readonly Sequence[], process: (value: unknown) => Sequence): Steps<Sequence[]> {
  const length = list.length;
  const out: Sequence[] = new Array(length);
  for (let i = 0; i < length; i++) {
    if (i % SLICE === SLICE - 1) yield;
    out[i] = process(list[i]);
  }
  return out;
}

function scoreMatrixOf(rows: number, cols: number, data: Float32Array): ScoreMatrix {
  // JSON.stringify gives the scores as a plain array, as for distance matrices.
  return { rows, cols, data, toJSON: () => ({ rows, cols, data: Array.from(data) }) } as ScoreMatrix;
}

export function createFuzzyBatch(kernel: Kernel): FuzzyBatch {
  /** The plan of a call with a scorer, in steps; the sync calls drain it, the async ones slice it. */
  function* planScored(kind: BatchKind, queries: readonly Sequence[], single: boolean, choices: Choices, options: ScorerOptions, names: KnownOptions) {
    const resolved = resolveFuzzyOptions(options, names);
    const metric = metricScorer(options.scorer);
    const scorer = metric === undefined ? resolveScorer(options.scorer) : ScorerCode.ratio;
    const process = resolved.processor;
    // A processor makes new choices: they are encoded for this call (prepared choices keep theirs).
    const list = process === undefined || !Array.isArray(choices) ? choices : yield* mapSteps(choices as readonly Sequence[], process);
    const processedQueries = process === undefined ? queries : yield* mapSteps(queries, process);
    const planned = yield* planSteps(kind, processedQueries, single, list as Choices, unitOptions(resolved), 1);
    return { planned, scorer, metric, resolved, original: Array.isArray(choices) ? (choices as readonly Sequence[]) : planned.choices };
  }

  function plan(kind: BatchKind, queries: readonly Sequence[], single: boolean, choices: Choices, options: ScorerOptions, names: KnownOptions) {
    const steps = planScored(kind, queries, single, choices, options, names);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  function extract<T extends Sequence>(query: Sequence, choices: Choices<T>, options: ScorerOptions, names: KnownOptions, limit: number): ScoredMatch<T>[] {
    const { planned, scorer, metric, resolved, original } = plan(BatchKind.extract, [query], true, choices, options, names);
    const { job } = planned;
    if (metric !== undefined) return drain(bestScoredSteps<T>(similarities(kernel, metric, job, resolved.prefixWeight, resolved.scoreCutoff), limit, resolved.scoreCutoff, original));
    const capacity = Math.min(limit, job.choiceCount);
    const outIndex = new Int32Array(capacity);
    const outScore = new Float64Array(capacity);
    const count = kernel.fuzzy.extract(
      scorer,
      job.queries,
      job.queryOffsets[1]!,
      job.choices,
      job.choiceOffsets,
      job.choiceCount,
      resolved.scoreCutoff,
      capacity,
      outIndex,
      outScore,
    );
    return scoredMatches<T>(count, outIndex, outScore, original);
  }

  /** The `limit` best scores at or above the cutoff, best first, ties to the lower index. */
  /** The best `limit` scores at or over the cutoff, best first, in steps (bestSteps). */
  function* bestScoredSteps<T extends Sequence>(scores: Float64Array, limit: number, cutoff: number, original: readonly Sequence[]): Steps<ScoredMatch<T>[]> {
    const top = yield* bestSteps(scores, limit, (score) => score >= cutoff, (x, y) => x > y);
    return top.map((index) => ({ index, choice: original[index] as T, score: scores[index]! }));
  }

  function scoredMatches<T extends Sequence>(count: number, outIndex: Int32Array, outScore: Float64Array, original: readonly Sequence[]): ScoredMatch<T>[] {
    const out: ScoredMatch<T>[] = new Array(Math.max(count, 0));
    for (let k = 0; k < count; k++) out[k] = { index: outIndex[k]!, choice: original[outIndex[k]!] as T, score: outScore[k]! };
    return out;
  }

  function scoreMatrix(queries: readonly Sequence[], choices: Choices, options: ScorerOptions, names: KnownOptions): ScoreMatrix {
    const { planned, scorer, metric, resolved } = plan(BatchKind.matrix, queries, false, choices, options, names);
    const { job } = planned;
    const data = new Float32Array(job.queryCount * job.choiceCount);
    if (metric !== undefined) data.set(similarities(kernel, metric, job, resolved.prefixWeight, resolved.scoreCutoff));
    else kernel.fuzzy.matrix(scorer, job.queries, job.queryOffsets, job.queryCount, job.choices, job.choiceOffsets, job.choiceCount, resolved.scoreCutoff, data);
    return scoreMatrixOf(job.queryCount, job.choiceCount, data);
  }

  /** Plans in slices, cuts the job into tasks and runs them on the kernel's threads. */
  async function runScored(
    kind: typeof BatchKind.extract | typeof BatchKind.matrix,
    queries: readonly Sequence[],
    single: boolean,
    choices: Choices,
    options: ScorerOptions,
    names: KnownOptions,
    limit: number,
    threads: number,
    signal: AbortSignal | undefined,
  ): Promise<{ job: ScoredJob; original: readonly Sequence[] }> {
    const { planned, scorer, resolved, original } = await stepsAsync(planScored(kind, queries, single, choices, options, names), signal);
    const { job } = planned;
    const scored = scoredJob({
      kind,
      scorer,
      scoreCutoff: resolved.scoreCutoff,
      queries: job.queries,
      queryOffsets: job.queryOffsets,
      queryCount: job.queryCount,
      choices: job.choices,
      choiceOffsets: job.choiceOffsets,
      choiceCount: job.choiceCount,
      limit: Math.min(limit, job.choiceCount),
      choicesKey: job.choicesKey ?? job,
    });
    await kernel.fuzzy.runAsync(scored, threads, signal);
    // The kernel settles only once none of this call's work runs any more.
    if (signal?.aborted) throw signal.reason;
    return { job: scored, original };
  }

  async function extractAsync<T extends Sequence>(
    query: Sequence,
    choices: Choices<T>,
    options: ScorerOptions,
    names: KnownOptions,
    limit: number,
    threads: number,
    signal: AbortSignal | undefined,
  ): Promise<ScoredMatch<T>[]> {
    // jaro / jaroWinkler scorers have no task form in the kernels yet: they run on the calling
    // thread, in slices of the event loop (docs/limits.md).
    if (metricScorer(options.scorer) !== undefined) {
      if (signal?.aborted) throw signal.reason;
      const { planned, metric, resolved, original } = await stepsAsync(planScored(BatchKind.extract, [query], true, choices, options, names), signal);
      const scores = await stepsAsync(similaritySteps(kernel, metric!, planned.job, resolved.prefixWeight, resolved.scoreCutoff), signal);
      return stepsAsync(bestScoredSteps<T>(scores, limit, resolved.scoreCutoff, original), signal);
    }
    const { job, original } = await runScored(BatchKind.extract, [query], true, choices, options, names, limit, threads, signal);
    const outIndex = new Int32Array(job.limit);
    const outScore = new Float64Array(job.limit);
    return scoredMatches<T>(mergeScoredMatches(job, outIndex, outScore), outIndex, outScore, original);
  }

  async function scoreMatrixAsync(queries: readonly Sequence[], choices: Choices, options: ScorerOptions, names: KnownOptions, threads: number, signal: AbortSignal | undefined): Promise<ScoreMatrix> {
    if (metricScorer(options.scorer) !== undefined) {
      if (signal?.aborted) throw signal.reason;
      const { planned, metric, resolved } = await stepsAsync(planScored(BatchKind.matrix, queries, false, choices, options, names), signal);
      const scores = await stepsAsync(similaritySteps(kernel, metric!, planned.job, resolved.prefixWeight, resolved.scoreCutoff), signal);
      return scoreMatrixOf(planned.job.queryCount, planned.job.choiceCount, Float32Array.from(scores));
    }
    const { job } = await runScored(BatchKind.matrix, queries, false, choices, options, names, 0, threads, signal);
    return scoreMatrixOf(job.queryCount, job.choiceCount, job.outMatrix);
  }

  return { extract, scoreMatrix, extractAsync, scoreMatrixAsync };
}
