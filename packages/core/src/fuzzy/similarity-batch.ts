/**
 * Batch calls over a similarity of the kernel's fuzzy section (eo_fuzzy_similarity): the float
 * metrics (`metric: 'jaro' | 'jaroWinkler'` in extract, closest, distanceMatrix) and the metric
 * scorers (`scorer: 'jaro' | 'jaroWinkler'`). The choices are encoded once (planJob); each is then
 * one kernel call. The C++ batch jobs report int32 distances, which a float cannot be, so these
 * run here, on the calling thread, in slices for the Async calls (docs/decisions.md, "Float
 * metrics in batch calls").
 */
import type { BatchJob, Kernel } from '../kernel';
import { drain, SLICE, type Steps } from '../sequence-list';
import type { FuzzyMetricCode } from './fuzzy-kernel';

/**
 * out[r * count + c] = similarity(query r, choice c), each 0 below `cutoff` (the kernel's rule),
 * in steps of SLICE choices: the Async calls run them in slices of the event loop (stepsAsync),
 * the sync calls drain them.
 */
export function* similaritySteps(kernel: Kernel, code: FuzzyMetricCode, job: BatchJob, prefixWeight: number, cutoff: number): Steps<Float64Array> {
  const { queries, queryOffsets, queryCount, choices, choiceOffsets, choiceCount } = job;
  const out = new Float64Array(queryCount * choiceCount);
  for (let r = 0; r < queryCount; r++) {
    const query = queries.subarray(queryOffsets[r]!, queryOffsets[r + 1]!);
    for (let c = 0; c < choiceCount; c++) {
      const start = choiceOffsets[c]!;
      const length = choiceOffsets[c + 1]! - start;
      out[r * choiceCount + c] = kernel.fuzzy.similarity(code, query, query.length, choices.subarray(start, start + length), length, prefixWeight, cutoff);
      if (c % SLICE === SLICE - 1) yield;
    }
  }
  return out;
}

/** similaritySteps in one go. */
export function similarities(kernel: Kernel, code: FuzzyMetricCode, job: BatchJob, prefixWeight: number, cutoff: number): Float64Array {
  return drain(similaritySteps(kernel, code, job, prefixWeight, cutoff));
}

/** Values ranked between the pauses of bestSteps. */
const RANK_SLICE = 1 << 16;

/**
 * The indexes of the `limit` best values in [0, values.length) that `keep` accepts, best first:
 * by `better` (true when x ranks before y), ties to the lower index. A small limit keeps a sorted
 * buffer of the best so far (one comparison per value against its worst), so a top-10 over 1M
 * choices sorts nothing of the rest. In steps: a pass over 1M values takes some 10 ms, which the
 * Async calls must not spend in one turn of the event loop.
 */
export function* bestSteps(values: Float64Array, limit: number, keep: (value: number) => boolean, better: (x: number, y: number) => boolean): Steps<number[]> {
  if (limit * 16 >= values.length) {
    const kept: number[] = [];
    for (let i = 0; i < values.length; i++) if (keep(values[i]!)) kept.push(i);
    kept.sort((i, j) => (values[i] === values[j] ? i - j : better(values[i]!, values[j]!) ? -1 : 1));
    return kept.length > limit ? kept.slice(0, limit) : kept;
  }
  const top: number[] = [];
  for (let from = 0; from < values.length; from += RANK_SLICE) {
    if (from > 0) yield;
    rankRange(values, Math.min(values.length, from + RANK_SLICE), from, limit, keep, better, top);
  }
  return top;
}

/** Puts the indexes in [from, to) that rank among the best `limit` into `top` (sorted, best first). */
function rankRange(values: Float64Array, to: number, from: number, limit: number, keep: (value: number) => boolean, better: (x: number, y: number) => boolean, top: number[]): void {
  for (let i = from; i < to; i++) {
    const value = values[i]!;
    if (!keep(value)) continue;
    // Indexes come in ascending order, so a value equal to one kept ranks after it.
    if (top.length === limit && !better(value, values[top[limit - 1]!]!)) continue;
    let low = 0;
    let high = top.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (better(value, values[top[middle]!]!)) high = middle;
      else low = middle + 1;
    }
    top.splice(low, 0, i);
    if (top.length > limit) top.pop();
  }
}
