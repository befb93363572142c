/**
 * The batch calls over a kernel: closest, extract, distanceMatrix, and their Async variants that
 * run off the main thread and honour an AbortSignal.
 */
import { argumentRangeError, argumentTypeError } from './errors';
import { BatchKind, type BatchJob, type Kernel } from './kernel';
import { resolveOptions, type ResolvedOptions } from './options';
import { METRICS } from './metrics';
import { FuzzyMetricCode } from './fuzzy/fuzzy-kernel';
import { bestSteps, similaritySteps } from './fuzzy/similarity-batch';
import { planJob, planJobAsync, stepsAsync } from './batch-job';
import { withChoiceIndex } from './choice-index';
import { drain, SLICE, type Steps } from './sequence-list';
import { DistanceMatrixResult } from './distance-matrix';
import { checkOptionNames, EXTRACT_ASYNC_OPTIONS, EXTRACT_OPTIONS, PAIR_ASYNC_OPTIONS, PAIR_OPTIONS, type KnownOptions } from './option-names';
import type { AsyncOptions, BatchApi, Choices, DistanceMatrix, ExtractOptions, Match } from './batch-types';
import type { DistanceOptions, Sequence } from './types';

import { createFuzzyBatch, hasScorer, type ScoredMatch } from './fuzzy/fuzzy-api';
import { SCORER_ASYNC_OPTIONS, SCORER_EXTRACT_ASYNC_OPTIONS, SCORER_EXTRACT_OPTIONS, SCORER_OPTIONS } from './option-names';

export const DEFAULT_LIMIT = 5;
/** More threads than this is a mistake, not a wish. */
const MAX_THREADS = 1024;

function resolveLimit(limit: unknown): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (limit === Infinity) return Number.MAX_SAFE_INTEGER;
  if (typeof limit !== 'number') throw argumentTypeError('options.limit', 'a non-negative integer or Infinity', limit);
  if (!Number.isInteger(limit) || limit < 0) throw argumentRangeError('options.limit', 'a non-negative integer or Infinity', limit);
  return limit;
}

/** 0 lets the kernel choose (every core). */
export function resolveThreads(threads: unknown): number {
  if (threads === undefined) return 0;
  if (typeof threads !== 'number') throw argumentTypeError('options.threads', 'a positive integer', threads);
  if (!Number.isInteger(threads) || threads < 1 || threads > MAX_THREADS) {
    throw argumentRangeError('options.threads', `a positive integer up to ${MAX_THREADS}`, threads);
  }
  return threads;
}

function resolveSignal(signal: unknown): AbortSignal | undefined {
  if (signal === undefined) return undefined;
  if (typeof AbortSignal === 'undefined' || !(signal instanceof AbortSignal)) {
    throw argumentTypeError('options.signal', 'an AbortSignal', signal);
  }
  return signal;
}

/** Aborts reject with the signal's reason, as fetch and timers do (a TimeoutError for AbortSignal.timeout()). */
function abortError(signal: AbortSignal): unknown {
  return signal.reason;
}

/** The async options, checked; an already-aborted signal rejects here, before any work. */
function resolveAsync(options: AsyncOptions): { threads: number; signal: AbortSignal | undefined } {
  const signal = resolveSignal(options.signal);
  if (signal?.aborted) throw abortError(signal);
  return { threads: resolveThreads(options.threads), signal };
}

function matches<T extends Sequence>(job: BatchJob, count: number, choices: readonly Sequence[]): Match<T>[] {
  const out: Match<T>[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const index = job.outIndex[k]!;
    out[k] = { index, choice: choices[index] as T, distance: job.outDistance[k]! };
  }
  return out;
}

function matrixOf(job: BatchJob): DistanceMatrix {
  return new DistanceMatrixResult(job.queryCount, job.choiceCount, job.outDistance) as DistanceMatrix;
}

const isFloat = (options: ResolvedOptions): boolean => METRICS[options.metric]!.floatDistance;

/**
 * The distances 1 - similarity of a float metric (jaro, jaroWinkler) for every cell of the job,
 * with 1 over the cutoff: RapidFuzz's rule, as for one pair (api.ts, floatSimilarity). In steps
 * (fuzzy/similarity-batch.ts): drained by the sync calls, sliced by the Async ones.
 */
function* floatDistanceSteps(kernel: Kernel, job: BatchJob, options: ResolvedOptions): Steps<Float64Array> {
  const cutoff = options.maxFraction;
  const code = FuzzyMetricCode[METRICS[options.metric]!.name as 'jaro' | 'jaroWinkler'];
  const out = yield* similaritySteps(kernel, code, job, options.prefixWeight, cutoff < 0 ? 0 : 1 - cutoff);
  for (let i = 0; i < out.length; i++) {
    const d = 1 - out[i]!;
    out[i] = cutoff >= 0 && d > cutoff ? Infinity : d;
    if (i % (SLICE * 64) === SLICE * 64 - 1) yield;
  }
  return out;
}

/** The best `limit` matches of a float metric over the job, in steps (floatDistanceSteps, bestSteps). */
function* floatMatchesSteps<T extends Sequence>(kernel: Kernel, job: BatchJob, options: ResolvedOptions, limit: number, choices: readonly Sequence[]): Steps<Match<T>[]> {
  const distances = yield* floatDistanceSteps(kernel, job, options);
  const top = yield* bestSteps(distances, limit, (d) => d !== Infinity, (x, y) => x < y);
  return top.map((index) => ({ index, choice: choices[index] as T, distance: distances[index]! }));
}

function floatMatrix(job: BatchJob, distances: Float64Array): DistanceMatrix {
  const data = new Float32Array(distances.length);
  for (let i = 0; i < data.length; i++) data[i] = distances[i] === Infinity ? 1 : distances[i]!;
  // Typed by the FloatDistanceMatrix overloads of api-contract.ts.
  return new DistanceMatrixResult(job.queryCount, job.choiceCount, data) as unknown as DistanceMatrix;
}

export function createBatchApi(kernel: Kernel): BatchApi {
  // With a `scorer` option the batch calls rank by a fuzzy score instead (fuzzy/fuzzy-api.ts).
  const fuzzy = createFuzzyBatch(kernel);
  // Matches with a score instead of a distance, returned through the distance-typed signatures
  // (the public overloads in api-contract.ts type them).
  const scored = <T>(matches: ScoredMatch[] | ScoredMatch | null): T => matches as unknown as T;
  function plan(kind: BatchKind, queries: readonly Sequence[], single: boolean, choices: Choices, options: ExtractOptions | undefined, names: KnownOptions) {
    const resolved = resolveOptions(options, names);
    const limit = kind === BatchKind.extract ? resolveLimit(options?.limit) : 0;
    const planned = planJob(kind, queries, single, choices, resolved, limit);
    return { job: withChoiceIndex(kernel, planned.job, planned.encoding.packed, resolved, false), choices: planned.choices, resolved, limit };
  }

  /** plan for the async calls: the signal is checked before any work, and long inputs are encoded in slices. */
  async function planAsync(kind: BatchKind, queries: readonly Sequence[], single: boolean, choices: Choices, options: (ExtractOptions & AsyncOptions) | undefined, names: KnownOptions) {
    const signal = resolveSignal(options?.signal);
    if (signal?.aborted) throw abortError(signal);
    const resolved = resolveOptions(options, names);
    const limit = kind === BatchKind.extract ? resolveLimit(options?.limit) : 0;
    resolveThreads(options?.threads);
    const planned = await planJobAsync(kind, queries, single, choices, resolved, limit, signal);
    return { job: withChoiceIndex(kernel, planned.job, planned.encoding.packed, resolved, true), choices: planned.choices, resolved, limit };
  }

  async function runAsync(job: BatchJob, options: AsyncOptions | undefined): Promise<number> {
    const threads = resolveThreads(options?.threads);
    const signal = resolveSignal(options?.signal);
    if (signal?.aborted) throw abortError(signal);
    const count = await kernel.batchAsync(job, threads, signal);
    // The kernel settles only once none of this call's work runs any more.
    if (signal?.aborted) throw abortError(signal);
    return count;
  }

  function extract<T extends Sequence>(query: Sequence, choices: Choices<T>, options?: ExtractOptions): Match<T>[] {
    if (hasScorer(options)) return scored(fuzzy.extract(query, choices, options, SCORER_EXTRACT_OPTIONS, resolveLimit(options.limit)));
    const { job, choices: list, resolved, limit } = plan(BatchKind.extract, [query], true, choices, options, EXTRACT_OPTIONS);
    if (isFloat(resolved)) return drain(floatMatchesSteps<T>(kernel, job, resolved, limit, list));
    return matches<T>(job, kernel.batch(job), list);
  }

  async function extractAsync<T extends Sequence>(query: Sequence, choices: Choices<T>, options?: ExtractOptions & AsyncOptions): Promise<Match<T>[]> {
    if (hasScorer(options)) {
      const { threads, signal } = resolveAsync(options as AsyncOptions);
      return scored(await fuzzy.extractAsync(query, choices, options, SCORER_EXTRACT_ASYNC_OPTIONS, resolveLimit(options.limit), threads, signal));
    }
    const { job, choices: list, resolved, limit } = await planAsync(BatchKind.extract, [query], true, choices, options, EXTRACT_ASYNC_OPTIONS);
    // The float metrics run on the calling thread, in slices (fuzzy/similarity-batch.ts).
    if (isFloat(resolved)) return stepsAsync(floatMatchesSteps<T>(kernel, job, resolved, limit, list), resolveSignal(options?.signal));
    return matches<T>(job, await runAsync(job, options), list);
  }

  function closestOptions(options: DistanceOptions | undefined, names: KnownOptions): ExtractOptions {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw argumentTypeError('options', 'an object or undefined', options);
    }
    if (options !== undefined) checkOptionNames(options, names);
    return { ...options, limit: 1 };
  }

  function closest<T extends Sequence>(query: Sequence, choices: Choices<T>, options?: DistanceOptions): Match<T> | null {
    if (hasScorer(options)) return scored(fuzzy.extract(query, choices, options, SCORER_OPTIONS, 1)[0] ?? null);
    return extract(query, choices, closestOptions(options, PAIR_OPTIONS))[0] ?? null;
  }

  async function closestAsync<T extends Sequence>(query: Sequence, choices: Choices<T>, options?: DistanceOptions & AsyncOptions): Promise<Match<T> | null> {
    if (hasScorer(options)) {
      const { threads, signal } = resolveAsync(options as AsyncOptions);
      return scored((await fuzzy.extractAsync(query, choices, options, SCORER_ASYNC_OPTIONS, 1, threads, signal))[0] ?? null);
    }
    return (await extractAsync(query, choices, closestOptions(options, PAIR_ASYNC_OPTIONS)))[0] ?? null;
  }

  function distanceMatrix(queries: readonly Sequence[], choices: Choices, options?: DistanceOptions): DistanceMatrix {
    if (hasScorer(options)) return fuzzy.scoreMatrix(queries, choices, options, SCORER_OPTIONS) as unknown as DistanceMatrix;
    const { job, resolved } = plan(BatchKind.matrix, queries, false, choices, options, PAIR_OPTIONS);
    if (isFloat(resolved)) return floatMatrix(job, drain(floatDistanceSteps(kernel, job, resolved)));
    kernel.batch(job);
    return matrixOf(job);
  }

  async function distanceMatrixAsync(queries: readonly Sequence[], choices: Choices, options?: DistanceOptions & AsyncOptions): Promise<DistanceMatrix> {
    if (hasScorer(options)) {
      const { threads, signal } = resolveAsync(options as AsyncOptions);
      return (await fuzzy.scoreMatrixAsync(queries, choices, options, SCORER_ASYNC_OPTIONS, threads, signal)) as unknown as DistanceMatrix;
    }
    const { job, resolved } = await planAsync(BatchKind.matrix, queries, false, choices, options, PAIR_ASYNC_OPTIONS);
    if (isFloat(resolved)) return floatMatrix(job, await stepsAsync(floatDistanceSteps(kernel, job, resolved), resolveSignal(options?.signal)));
    await runAsync(job, options);
    return matrixOf(job);
  }

  return { closest, extract, distanceMatrix, closestAsync, extractAsync, distanceMatrixAsync };
}
