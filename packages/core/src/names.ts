/**
 * The names of every metric and every fuzzy score, as lists: what the command line, the
 * playground and the soak workload offer. One list each, read from the kernel's codes, so a
 * metric or score added there is offered everywhere without a copy to update.
 */
import { MetricCode } from './kernel';
import { ScorerCode, type ScorerName } from './fuzzy/fuzzy-kernel';
import type { Metric } from './types';

/**
 * Every name `metric:` takes, in the order of the docs ('levenshtein', 'osa', ..., 'jaroWinkler').
 *
 * @example
 * ```ts
 * import { METRIC_NAMES } from '@editops/auto';
 * METRIC_NAMES.includes('jaro'); // true
 * ```
 */
export const METRIC_NAMES: readonly Metric[] = Object.freeze(Object.keys(MetricCode) as Metric[]);

/**
 * Every fuzzy score (0 to 100), by the name of its function and of `scorer:` ('ratio', ...,
 * 'WRatio', 'QRatio'). `scorer:` also takes 'jaro' and 'jaroWinkler' (scores from 0 to 1).
 *
 * @example
 * ```ts
 * import { SCORER_NAMES } from '@editops/auto';
 * SCORER_NAMES.includes('tokenSetRatio'); // true
 * ```
 */
export const SCORER_NAMES: readonly ScorerName[] = Object.freeze(Object.keys(ScorerCode) as ScorerName[]);
