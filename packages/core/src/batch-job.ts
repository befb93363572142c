/**
 * Turning a batch call's arguments into a checked, encoded BatchJob for the kernel.
 */
import { argumentRangeError, argumentTypeError } from './errors';
import { BatchKind, MetricCode, type BatchJob } from './kernel';
import { kernelOptionsBlock } from './kernel-options';
import type { ResolvedOptions } from './options';
import { lookupChoicesSteps, rememberChoices } from './choices-cache';
import { encodeChoicesSteps, PreparedChoices, preparedEncoding, type PreparedEncoding } from './prepared-choices';
import { KIND_NAMES, kindOf, type SequenceKind } from './sequence-kind';
import { drain, encodeListSteps, listKindSteps, type PackedList, type Steps } from './sequence-list';
import type { Choices } from './batch-types';
import type { Sequence } from './types';

/** The largest distance matrix, in cells (1 GiB of int32). */
export const MAX_MATRIX_CELLS = 2 ** 28;

export interface PlannedJob {
  readonly job: BatchJob;
  readonly choices: readonly Sequence[];
  /** The encoding the job's choices come from (prepared, or a cached plain array). */
  readonly encoding: PreparedEncoding;
}

function commonKind(first: SequenceKind | 'empty', second: SequenceKind | 'empty', names: string): SequenceKind | 'empty' {
  if (first === 'empty') return second;
  if (second === 'empty' || first === second) return first;
  throw new TypeError(`editops: ${names} must be sequences of the same kind, got ${KIND_NAMES[first]} and ${KIND_NAMES[second]}`);
}

function checkHammingLengths(queries: PackedList, choices: PackedList): void {
  const expected = queries.count > 0 ? queries.offsets[1]! - queries.offsets[0]! : choices.offsets[1]! - choices.offsets[0]!;
  const check = (list: PackedList, name: string) => {
    for (let i = 0; i < list.count; i++) {
      const length = list.offsets[i + 1]! - list.offsets[i]!;
      if (length !== expected) {
        throw new RangeError(
          `editops: ${name}[${i}] has length ${length}, but metric 'hamming' needs every sequence to have length ${expected}; pass { pad: true } to pad`,
        );
      }
    }
  };
  check(queries, 'queries');
  check(choices, 'choices');
}

function longest(list: PackedList): number {
  let most = 0;
  for (let i = 0; i < list.count; i++) most = Math.max(most, list.offsets[i + 1]! - list.offsets[i]!);
  return most;
}

/**
 * Batch results are Int32Arrays. Unit-cost distances always fit; weighted ones might not, so a
 * call whose worst case could pass 2^31 - 1 is refused up front instead of being clamped.
 */
function checkWeightedRange(queries: PackedList, choices: PackedList, options: ResolvedOptions): void {
  if (options.uniformWeights) return;
  const weight = Math.max(options.insertWeight, options.deleteWeight, options.replaceWeight);
  const worst = weight * (longest(queries) + longest(choices));
  if (worst > 2 ** 31 - 1) {
    throw new RangeError(
      `editops: with these weights and lengths a distance could exceed 2^31 - 1, which batch results (Int32Array) cannot hold; call distance() per pair instead`,
    );
  }
}

/**
 * Encodes queries and choices. `single` names the one query of extract / closest ('query'); a
 * matrix passes its queries list with single undefined.
 */
export function planJob(
  kind: BatchKind,
  queries: readonly Sequence[],
  single: boolean,
  choicesArgument: Choices,
  options: ResolvedOptions,
  limit: number,
): PlannedJob {
  return drain(planSteps(kind, queries, single, choicesArgument, options, limit));
}

/** The longest the async calls encode without giving the event loop a turn, in milliseconds. */
const SLICE_MS = 4;

const nextTurn: () => Promise<void> =
  typeof setImmediate === 'function' ? () => new Promise((resolve) => setImmediate(resolve)) : () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * planJob for the async calls: the encoding of long lists gives the event loop a turn every
 * SLICE_MS or so, and stops with the signal's reason once it aborts.
 */
export function planJobAsync(
  kind: BatchKind,
  queries: readonly Sequence[],
  single: boolean,
  choicesArgument: Choices,
  options: ResolvedOptions,
  limit: number,
  signal: AbortSignal | undefined,
): Promise<PlannedJob> {
  return stepsAsync(planSteps(kind, queries, single, choicesArgument, options, limit), signal);
}

/**
 * Runs `steps` to the end, giving the event loop a turn every SLICE_MS or so; rejects with the
 * signal's reason once it aborts.
 */
export async function stepsAsync<T>(steps: Steps<T>, signal: AbortSignal | undefined): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTurn();
      if (signal?.aborted) throw signal.reason;
      sliceStart = performance.now();
    }
  }
}

/** Gives the event loop a turn (a macrotask: timers and I/O run). */
export const yieldToEventLoop = (): Promise<void> => nextTurn();

export function* planSteps(
  kind: BatchKind,
  queries: readonly Sequence[],
  single: boolean,
  choicesArgument: Choices,
  options: ResolvedOptions,
  limit: number,
): Steps<PlannedJob> {
  let prepared: PreparedEncoding;
  if (choicesArgument instanceof PreparedChoices) {
    prepared = preparedEncoding(choicesArgument);
  } else if (Array.isArray(choicesArgument)) {
    // A plain array is encoded once, as prepared choices, and reused while it is unchanged
    // (choices-cache.ts); the cache reads each element once per call either way.
    const lookup = yield* lookupChoicesSteps(choicesArgument as readonly Sequence[], options.unit);
    prepared = lookup.hit ?? rememberChoices(choicesArgument as readonly Sequence[], yield* encodeChoicesSteps(lookup.copy, options.unit));
  } else {
    throw argumentTypeError('choices', 'an array of sequences or prepareChoices(...)', choicesArgument);
  }
  if (prepared.unit !== options.unit) {
    throw argumentRangeError('options.unit', `'${prepared.unit}', the unit the choices were prepared with`, options.unit);
  }
  const choices = prepared.choices;
  const queryKind = single ? kindOf('query', queries[0]) : yield* listKindSteps('queries', queries);
  const kindOfAll = commonKind(queryKind, prepared.kind, single ? 'query and choices' : 'queries and choices');
  const sequenceKind: SequenceKind = kindOfAll === 'empty' ? 'tokens' : kindOfAll;
  const { interner, directIntegers: direct, packed: packedChoices } = prepared;
  const packedQueries = yield* encodeListSteps(single ? 'query' : 'queries', queries, sequenceKind, options.unit, interner, direct);
  if (options.metric === MetricCode.hamming && !options.pad) checkHammingLengths(packedQueries, packedChoices);
  checkWeightedRange(packedQueries, packedChoices, options);

  let outIndex = new Int32Array(0);
  let outDistance: Int32Array;
  if (kind === BatchKind.matrix) {
    const cells = packedQueries.count * packedChoices.count;
    if (cells > MAX_MATRIX_CELLS) {
      throw new RangeError(`editops: a ${packedQueries.count} x ${packedChoices.count} distance matrix is larger than ${MAX_MATRIX_CELLS} cells`);
    }
    outDistance = new Int32Array(cells);
  } else if (kind === BatchKind.extract) {
    const size = Math.min(limit, packedChoices.count);
    outIndex = new Int32Array(size);
    outDistance = new Int32Array(size);
  } else {
    outDistance = new Int32Array(packedChoices.count);
  }
  const job: BatchJob = {
    kind,
    queries: packedQueries.symbols,
    queryOffsets: packedQueries.offsets,
    queryCount: packedQueries.count,
    choices: packedChoices.symbols,
    choiceOffsets: packedChoices.offsets,
    choiceCount: packedChoices.count,
    options: kernelOptionsBlock(options),
    limit: Math.min(limit, packedChoices.count),
    outIndex,
    outDistance,
    choicesKey: prepared,
    choiceOrder: undefined,
    choiceSignatures: undefined,
  };
  return { job, choices, encoding: prepared };
}
