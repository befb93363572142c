/**
 * Checking and normalising the options object. The kernels trust what comes out of here, so every
 * check that protects the C++ core happens in this file, once, for all backends.
 */
import { argumentRangeError, argumentTypeError } from './errors';
import { MetricCode, NO_MAX_DISTANCE } from './kernel';
import type { DistanceOptions, Metric } from './types';

/** Options as the kernels receive them. */
export interface ResolvedOptions {
  readonly metric: MetricCode;
  /** NO_MAX_DISTANCE (-1) for no cutoff, else a cutoff in [0, 2^31 - 2]. */
  readonly maxDistance: number;
}

export const DEFAULT_OPTIONS: ResolvedOptions = Object.freeze({
  metric: MetricCode.levenshtein,
  maxDistance: NO_MAX_DISTANCE,
});

/**
 * Cutoffs at or above this are the same as no cutoff: no distance can reach it, because sequences
 * are limited to MAX_SEQUENCE_LENGTH symbols (see sequence.ts).
 */
const LARGEST_USEFUL_MAX_DISTANCE = 2 ** 31 - 2;

const METRIC_NAMES = Object.keys(MetricCode) as Metric[];

export function resolveMetric(metric: unknown): MetricCode {
  if (metric === undefined) return MetricCode.levenshtein;
  if (typeof metric === 'string' && Object.prototype.hasOwnProperty.call(MetricCode, metric)) {
    return MetricCode[metric as Metric];
  }
  throw argumentRangeError('options.metric', `one of ${METRIC_NAMES.map((m) => `'${m}'`).join(', ')}`, metric);
}

export function resolveMaxDistance(maxDistance: unknown): number {
  if (maxDistance === undefined || maxDistance === Infinity) return NO_MAX_DISTANCE;
  if (typeof maxDistance !== 'number') {
    throw argumentTypeError('options.maxDistance', 'a non-negative integer or Infinity', maxDistance);
  }
  if (!Number.isInteger(maxDistance) || maxDistance < 0) {
    throw argumentRangeError('options.maxDistance', 'a non-negative integer or Infinity', maxDistance);
  }
  return maxDistance > LARGEST_USEFUL_MAX_DISTANCE ? NO_MAX_DISTANCE : maxDistance;
}

export function resolveOptions(options: DistanceOptions | undefined): ResolvedOptions {
  if (options === undefined) return DEFAULT_OPTIONS;
  if (options === null || typeof options !== 'object') {
    throw argumentTypeError('options', 'an object or undefined', options);
  }
  return {
    metric: resolveMetric(options.metric),
    maxDistance: resolveMaxDistance(options.maxDistance),
  };
}
