/**
 * Checking and normalising the options object. The kernels trust what comes out of here, so every
 * check that protects the C++ core happens in this file, once, for all backends.
 */
import { argumentRangeError, argumentTypeError } from './errors';
import { METRIC_NAMES } from './names';
import { MetricCode, NO_MAX_DISTANCE } from './kernel';
import { METRICS } from './metrics';
import { checkOptionNames, notOneOf, PAIR_OPTIONS, WEIGHT_NAMES, type KnownOptions } from './option-names';
import type { DistanceOptions, Metric, StringUnit } from './types';

/** Options as the kernels receive them. */
export interface ResolvedOptions {
  readonly metric: MetricCode;
  /** NO_MAX_DISTANCE (-1) for no cutoff, else a cutoff in [0, 2^31 - 2]. */
  readonly maxDistance: number;
  readonly unit: StringUnit;
  readonly insertWeight: number;
  readonly deleteWeight: number;
  readonly replaceWeight: number;
  /** Hamming only: unequal lengths are allowed (padded). */
  readonly pad: boolean;
  /** Every weight is 1 (the unweighted paths). */
  readonly uniformWeights: boolean;
  /** Levenshtein with every weight 1: the metric the short-string path (short-strings.ts) serves. */
  readonly unitLevenshtein: boolean;
  /** Jaro-Winkler's weight of the common prefix, in [0, 0.25] (0.1 unless given). */
  readonly prefixWeight: number;
  /**
   * Jaro and Jaro-Winkler (METRICS[metric].floatDistance): the cutoff as a fraction, NO_MAX_DISTANCE
   * for none (maxDistance then stays NO_MAX_DISTANCE: the kernels never see these metrics' cutoff).
   */
  readonly maxFraction: number;
  /**
   * The pairs short-jaro.ts answers: 1 for jaro, 2 for jaroWinkler, with no cutoff and strings
   * by code point or UTF-16 unit; else 0. Worked out once here (the `{ metric }` objects are made
   * once), so a per-pair `similarity` tests one field instead of the metric, unit and cutoff.
   */
  readonly shortFloat: 0 | 1 | 2;
}

/** RapidFuzz's default prefix weight of Jaro-Winkler, and the largest it allows. */
export const DEFAULT_PREFIX_WEIGHT = 0.1;
export const MAX_PREFIX_WEIGHT = 0.25;

export const DEFAULT_OPTIONS: ResolvedOptions = Object.freeze({
  metric: MetricCode.levenshtein,
  maxDistance: NO_MAX_DISTANCE,
  unit: 'codepoint',
  insertWeight: 1,
  deleteWeight: 1,
  replaceWeight: 1,
  pad: false,
  uniformWeights: true,
  unitLevenshtein: true,
  prefixWeight: DEFAULT_PREFIX_WEIGHT,
  maxFraction: NO_MAX_DISTANCE,
  shortFloat: 0,
});

function shortFloatOf(metric: MetricCode, maxFraction: number, unit: StringUnit): 0 | 1 | 2 {
  const rules = METRICS[metric]!;
  if (!rules.floatDistance || maxFraction >= 0 || (unit !== 'codepoint' && unit !== 'utf16')) return 0;
  return rules.prefixWeighted ? 2 : 1;
}

/** The options `{ metric }` resolve to, indexed by MetricCode. */
export const METRIC_DEFAULTS: readonly ResolvedOptions[] = METRICS.map((_, metric) =>
  metric === MetricCode.levenshtein
    ? DEFAULT_OPTIONS
    : Object.freeze({ ...DEFAULT_OPTIONS, metric: metric as MetricCode, unitLevenshtein: false, shortFloat: shortFloatOf(metric as MetricCode, NO_MAX_DISTANCE, 'codepoint') }),
);

/**
 * Cutoffs at or above this are the same as no cutoff: no distance can reach it (sequences are
 * limited to MAX_SEQUENCE_LENGTH symbols and weights to MAX_WEIGHT).
 */
const LARGEST_USEFUL_MAX_DISTANCE = 2 ** 31 - 2;

/**
 * The largest weight. With sequences of at most 2^27 symbols, distances stay below 2^53, so they
 * are exact as JS numbers.
 */
export const MAX_WEIGHT = 2 ** 20;

export const UNITS: readonly StringUnit[] = ['codepoint', 'utf16', 'grapheme', 'word'];

const has = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/**
 * The metric codes by name, as a Map: one pair at a time, `hasOwnProperty` and the keyed read of
 * MetricCode were a third of resolving `{ metric }` (about 30 ns); Map#get hashes the name once.
 */
const METRIC_BY_NAME: ReadonlyMap<unknown, MetricCode> = new Map(Object.entries(MetricCode));

export function resolveMetric(metric: unknown): MetricCode {
  if (metric === undefined) return MetricCode.levenshtein;
  const code = METRIC_BY_NAME.get(metric);
  if (code !== undefined) return code;
  throw notOneOf('options.metric', METRIC_NAMES, metric);
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

export function resolveUnit(unit: unknown): StringUnit {
  if (unit === undefined) return 'codepoint';
  if (typeof unit === 'string' && (UNITS as readonly string[]).includes(unit)) return unit as StringUnit;
  throw notOneOf('options.unit', UNITS, unit);
}

function resolveWeight(weights: Record<string, unknown>, name: 'insert' | 'delete' | 'replace'): number {
  const weight = weights[name];
  if (weight === undefined) return 1;
  const argument = `options.weights.${name}`;
  if (typeof weight !== 'number') throw argumentTypeError(argument, `a positive integer up to ${MAX_WEIGHT}`, weight);
  if (!Number.isInteger(weight) || weight < 1 || weight > MAX_WEIGHT) {
    throw argumentRangeError(argument, `a positive integer up to ${MAX_WEIGHT}`, weight);
  }
  return weight;
}

/** A float metric's cutoff: any number from 0 on (1 or more, or Infinity: no cutoff). */
export function resolveMaxFraction(maxDistance: unknown): number {
  if (maxDistance === undefined || maxDistance === Infinity) return NO_MAX_DISTANCE;
  if (typeof maxDistance !== 'number') throw argumentTypeError('options.maxDistance', 'a number from 0 to 1 or Infinity', maxDistance);
  if (!(maxDistance >= 0)) throw argumentRangeError('options.maxDistance', 'a number from 0 to 1 or Infinity', maxDistance);
  return maxDistance >= 1 ? NO_MAX_DISTANCE : maxDistance;
}

export function resolvePrefixWeight(prefixWeight: unknown): number {
  if (prefixWeight === undefined) return DEFAULT_PREFIX_WEIGHT;
  const expected = `a number from 0 to ${MAX_PREFIX_WEIGHT}`;
  if (typeof prefixWeight !== 'number') throw argumentTypeError('options.prefixWeight', expected, prefixWeight);
  if (!(prefixWeight >= 0 && prefixWeight <= MAX_PREFIX_WEIGHT)) throw argumentRangeError('options.prefixWeight', expected, prefixWeight);
  return prefixWeight;
}

function resolvePad(pad: unknown): boolean {
  if (pad === undefined) return false;
  if (typeof pad !== 'boolean') throw argumentTypeError('options.pad', 'a boolean', pad);
  return pad;
}

/** `names`: the option keys the call knows (PAIR_OPTIONS when not given). */
export function resolveOptions(options: DistanceOptions | undefined, names?: KnownOptions): ResolvedOptions {
  if (options === undefined) return DEFAULT_OPTIONS;
  if (options === null || typeof options !== 'object') {
    throw argumentTypeError('options', 'an object or undefined', options);
  }
  checkOptionNames(options, names ?? PAIR_OPTIONS);
  const metric = resolveMetric(options.metric);
  if (
    options.maxDistance === undefined &&
    options.unit === undefined &&
    options.weights === undefined &&
    options.pad === undefined &&
    options.prefixWeight === undefined
  ) {
    // `{ metric }` alone, the most common options after none: one frozen object per metric.
    return METRIC_DEFAULTS[metric]!;
  }
  let insertWeight = 1;
  let deleteWeight = 1;
  let replaceWeight = 1;
  if (options.weights !== undefined) {
    const weights: unknown = options.weights;
    if (weights === null || typeof weights !== 'object') {
      throw argumentTypeError('options.weights', 'an object { insert, delete, replace }', weights);
    }
    checkOptionNames(weights, WEIGHT_NAMES, 'options.weights');
    insertWeight = resolveWeight(weights as Record<string, unknown>, 'insert');
    deleteWeight = resolveWeight(weights as Record<string, unknown>, 'delete');
    replaceWeight = resolveWeight(weights as Record<string, unknown>, 'replace');
  }
  const uniformWeights = insertWeight === 1 && deleteWeight === 1 && replaceWeight === 1;
  if (!uniformWeights && !METRICS[metric]!.weighted) {
    throw argumentRangeError('options.weights', "used only with metric 'levenshtein'", options.metric);
  }
  const rules = METRICS[metric]!;
  if (options.prefixWeight !== undefined && !rules.prefixWeighted) {
    throw argumentRangeError('options.prefixWeight', "used only with metric 'jaroWinkler'", options.metric);
  }
  // Checked in this order (the first bad option is the one reported).
  const maxDistance = rules.floatDistance ? NO_MAX_DISTANCE : resolveMaxDistance(options.maxDistance);
  const maxFraction = rules.floatDistance ? resolveMaxFraction(options.maxDistance) : NO_MAX_DISTANCE;
  const prefixWeight = resolvePrefixWeight(options.prefixWeight);
  const unit = resolveUnit(options.unit);
  return {
    metric,
    maxDistance,
    maxFraction,
    prefixWeight,
    unit,
    insertWeight,
    deleteWeight,
    replaceWeight,
    pad: resolvePad(options.pad),
    uniformWeights,
    unitLevenshtein: metric === MetricCode.levenshtein && uniformWeights,
    shortFloat: shortFloatOf(metric, maxFraction, unit),
  };
}
