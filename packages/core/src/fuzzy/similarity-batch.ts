/**
 * Batch calls over a similarity of the kernel's fuzzy section (eo_fuzzy_similarity): the float
 * metrics (`metric: 'jaro' | 'jaroWinkler'` in extract, closest, distanceMatrix) and the metric
 * scorers (`scorer: 'jaro' | 'jaroWinkler'`). The choices are encoded once (planJob); each is then
 * one kernel call. The C++ batch jobs report int32 distances, which a float cannot be, so these
 * run here, on the calling thread (docs/decisions.md, "Float metrics in batch calls").
 */
import type { BatchJob, Kernel } from '../kernel';
import type { FuzzyMetricCode } from './fuzzy-kernel';

/** out[r * count + c] = similarity(query r, choice c), each 0 below `cutoff` (the kernel's rule). */
export function similarities(kernel: Kernel, code: FuzzyMetricCode, job: BatchJob, prefixWeight: number, cutoff: number): Float64Array {
  const { queries, queryOffsets, queryCount, choices, choiceOffsets, choiceCount } = job;
  const out = new Float64Array(queryCount * choiceCount);
  for (let r = 0; r < queryCount; r++) {
    const query = queries.subarray(queryOffsets[r]!, queryOffsets[r + 1]!);
    for (let c = 0; c < choiceCount; c++) {
      const start = choiceOffsets[c]!;
      const length = choiceOffsets[c + 1]! - start;
      out[r * choiceCount + c] = kernel.fuzzy.similarity(code, query, query.length, choices.subarray(start, start + length), length, prefixWeight, cutoff);
    }
  }
  return out;
}

/**
 * The indexes of the `limit` best values in [0, values.length) that `keep` accepts, best first:
 * by `better` (true when x ranks before y), ties to the lower index.
 */
export function best(values: Float64Array, limit: number, keep: (value: number) => boolean, better: (x: number, y: number) => boolean): number[] {
  const kept: number[] = [];
  for (let i = 0; i < values.length; i++) if (keep(values[i]!)) kept.push(i);
  kept.sort((i, j) => (values[i] === values[j] ? i - j : better(values[i]!, values[j]!) ? -1 : 1));
  return kept.length > limit ? kept.slice(0, limit) : kept;
}
