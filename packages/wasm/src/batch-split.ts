/**
 * Splitting a batch job into independent parts (ranges of choices, or of matrix rows) and merging
 * the parts' results. The wasm backend runs parts on worker threads (Node) or in slices between
 * event-loop turns (browsers); the answers are the same as one sync call's.
 */
import { BatchKind, type BatchJob } from '@editops/core';

export interface JobPart {
  readonly job: BatchJob;
  /** First choice (distanceMany, extract) or row (matrix) of the part in the whole job. */
  readonly begin: number;
}

/** Offsets rebased, or symbols copied, between the pauses of partJobSteps. */
const COPY_CHUNK = 1 << 18;

type Steps<T> = Generator<void, T, void>;

function* sliceSteps(symbols: Uint32Array, offsets: Uint32Array, begin: number, end: number) {
  const base = offsets[begin]!;
  const rebased = new Uint32Array(end - begin + 1);
  for (let i = begin; i <= end; i++) {
    rebased[i - begin] = offsets[i]! - base;
    if ((i - begin) % COPY_CHUNK === COPY_CHUNK - 1) yield;
  }
  // A copy, not a view: posting a view to a worker would clone its whole underlying buffer.
  const last = offsets[end]!;
  const copy = new Uint32Array(last - base);
  for (let at = base; at < last; at += 4 * COPY_CHUNK) {
    copy.set(symbols.subarray(at, Math.min(last, at + 4 * COPY_CHUNK)), at - base);
    yield;
  }
  return { symbols: copy, offsets: rebased, count: end - begin };
}

/** A part of a job: choices (distanceMany, extract) or rows (matrix) [begin, end). */
export interface PartRange {
  readonly begin: number;
  readonly end: number;
}

/** At most `parts` ranges of about equal size (fewer when there is less work). */
export function partRanges(job: BatchJob, parts: number): PartRange[] {
  const total = job.kind === BatchKind.matrix ? job.queryCount : job.choiceCount;
  const count = Math.max(1, Math.min(parts, total));
  const out: PartRange[] = [];
  for (let part = 0; part < count; part++) {
    out.push({ begin: Math.floor((total * part) / count), end: Math.floor((total * (part + 1)) / count) });
  }
  return out;
}

/** The job of one part, with its own outputs. Its inputs are copies, ready to post to a worker. */
export function partJob(job: BatchJob, range: PartRange): BatchJob {
  const steps = partJobSteps(job, range);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * partJob in steps: it pauses after each large stretch of copying, so that a caller on the main
 * thread can give the event loop a turn (copying a million words' symbols takes tens of ms).
 */
export function* partJobSteps(job: BatchJob, { begin, end }: PartRange): Steps<BatchJob> {
  if (job.kind === BatchKind.matrix) {
    const rows = yield* sliceSteps(job.queries, job.queryOffsets, begin, end);
    return { ...job, queries: rows.symbols, queryOffsets: rows.offsets, queryCount: rows.count, outDistance: new Int32Array(rows.count * job.choiceCount) };
  }
  const range = yield* sliceSteps(job.choices, job.choiceOffsets, begin, end);
  const limit = Math.min(job.limit, range.count);
  return {
    ...job,
    choices: range.symbols,
    choiceOffsets: range.offsets,
    choiceCount: range.count,
    limit,
    outIndex: new Int32Array(job.kind === BatchKind.extract ? limit : 0),
    outDistance: new Int32Array(job.kind === BatchKind.extract ? limit : range.count),
  };
}

/** Splits into at most `parts` parts of about equal size (fewer when there is less work). */
export function splitJob(job: BatchJob, parts: number): JobPart[] {
  return partRanges(job, parts).map((range) => ({ begin: range.begin, job: partJob(job, range) }));
}

/** What running one part produced. */
export interface PartOutput {
  readonly count: number;
  readonly outIndex: Int32Array;
  readonly outDistance: Int32Array;
}

/** Writes the parts' outputs (in the order of `parts`) into the whole job. */
export function mergeParts(job: BatchJob, parts: readonly { readonly begin: number }[], outputs: readonly PartOutput[]): number {
  if (job.kind === BatchKind.matrix) {
    parts.forEach((part, p) => job.outDistance.set(outputs[p]!.outDistance, part.begin * job.choiceCount));
    return job.queryCount * job.choiceCount;
  }
  if (job.kind === BatchKind.distanceMany) {
    parts.forEach((part, p) => job.outDistance.set(outputs[p]!.outDistance, part.begin));
    return job.choiceCount;
  }
  const found: Array<[distance: number, index: number]> = [];
  parts.forEach((part, p) => {
    const output = outputs[p]!;
    for (let k = 0; k < output.count; k++) found.push([output.outDistance[k]!, output.outIndex[k]! + part.begin]);
  });
  found.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const count = Math.min(job.limit, found.length);
  for (let k = 0; k < count; k++) {
    job.outDistance[k] = found[k]![0];
    job.outIndex[k] = found[k]![1];
  }
  return count;
}
