/**
 * The largest distance a metric can give for lengths n and m: the base of similarity and of the
 * normalised scores.
 */
import { MetricCode } from './kernel';
import type { ResolvedOptions } from './options';

export function maximumDistance(options: ResolvedOptions, n: number, m: number): number {
  switch (options.metric) {
    case MetricCode.indel:
      return n + m;
    case MetricCode.levenshtein: {
      const { insertWeight, deleteWeight, replaceWeight } = options;
      // Either delete everything and insert everything, or replace the overlap and indel the rest.
      const viaReplace = n >= m ? (n - m) * deleteWeight + m * replaceWeight : (m - n) * insertWeight + n * replaceWeight;
      return Math.min(n * deleteWeight + m * insertWeight, viaReplace);
    }
    default:
      return Math.max(n, m);
  }
}

/** distance / maximum, with 0 for two empty sequences. */
export function normalize(distance: number, maximum: number): number {
  return maximum === 0 ? 0 : distance / maximum;
}
