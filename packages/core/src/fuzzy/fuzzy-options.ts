/**
 * The options of the fuzzy scores: `processor`, `scoreCutoff`, `unit` (and, for the batch calls,
 * `scorer` and `limit`), checked by name like every other option.
 */
import { argumentRangeError, argumentTypeError } from '../errors';
import { checkOptionNames, notOneOf, type KnownOptions } from '../option-names';
import { DEFAULT_PREFIX_WEIGHT, resolvePrefixWeight, resolveUnit } from '../options';
import type { Sequence, StringUnit } from '../types';
import { SCORER_NAMES } from '../names';
import { FuzzyMetricCode, ScorerCode, type ScorerName } from './fuzzy-kernel';

/** A function applied to each side before scoring, e.g. {@link defaultProcess}. */
export type Processor = (value: never) => Sequence;

/** Options of every fuzzy score. */
export interface FuzzyOptions {
  /** Applied to both sides (to the query and to every choice) before scoring; e.g. `defaultProcess`. */
  processor?: Processor;
  /** A score below it is reported as 0 (partialRatioAlignment: null). 0 to 100; default 0. */
  scoreCutoff?: number;
  /** How strings are split into elements; `'codepoint'` by default. */
  unit?: StringUnit;
}

export interface ResolvedFuzzyOptions {
  readonly processor: ((value: unknown) => Sequence) | undefined;
  readonly scoreCutoff: number;
  readonly unit: StringUnit;
  /** `scorer: 'jaroWinkler'` only (the option names of the other calls do not have it). */
  readonly prefixWeight: number;
}

const DEFAULTS: ResolvedFuzzyOptions = Object.freeze({ processor: undefined, scoreCutoff: 0, unit: 'codepoint', prefixWeight: DEFAULT_PREFIX_WEIGHT });

export function resolveProcessor(processor: unknown): ((value: unknown) => Sequence) | undefined {
  if (processor === undefined) return undefined;
  if (typeof processor !== 'function') throw argumentTypeError('options.processor', 'a function (such as defaultProcess) or undefined', processor);
  return processor as (value: unknown) => Sequence;
}

export function resolveScoreCutoff(scoreCutoff: unknown): number {
  if (scoreCutoff === undefined) return 0;
  if (typeof scoreCutoff !== 'number') throw argumentTypeError('options.scoreCutoff', 'a number from 0 to 100', scoreCutoff);
  if (!(scoreCutoff >= 0) || scoreCutoff === Infinity) throw argumentRangeError('options.scoreCutoff', 'a number from 0 to 100', scoreCutoff);
  return scoreCutoff;
}

export function resolveFuzzyOptions(options: unknown, names: KnownOptions): ResolvedFuzzyOptions {
  if (options === undefined) return DEFAULTS;
  if (options === null || typeof options !== 'object') throw argumentTypeError('options', 'an object or undefined', options);
  checkOptionNames(options, names);
  const o = options as Record<string, unknown>;
  if (o.prefixWeight !== undefined && o.scorer !== 'jaroWinkler') {
    throw argumentRangeError('options.prefixWeight', "used only with scorer 'jaroWinkler'", o.scorer);
  }
  return {
    processor: resolveProcessor(o.processor),
    scoreCutoff: resolveScoreCutoff(o.scoreCutoff),
    unit: resolveUnit(o.unit),
    prefixWeight: resolvePrefixWeight(o.prefixWeight),
  };
}

/**
 * The metrics a `scorer:` may name, by name only: the score is their similarity, from 0 to 1
 * (RapidFuzz's `scorer=JaroWinkler.similarity`), and scoreCutoff is on that scale.
 */
export const METRIC_SCORERS = { jaro: FuzzyMetricCode.jaro, jaroWinkler: FuzzyMetricCode.jaroWinkler } as const;
export type MetricScorerName = keyof typeof METRIC_SCORERS;

/** The metric a `scorer:` names, or undefined for anything else (a fuzzy score, or a mistake). */
export function metricScorer(scorer: unknown): FuzzyMetricCode | undefined {
  return typeof scorer === 'string' && Object.prototype.hasOwnProperty.call(METRIC_SCORERS, scorer)
    ? METRIC_SCORERS[scorer as MetricScorerName]
    : undefined;
}

const SCORER_OPTION_NAMES: readonly string[] = [...SCORER_NAMES, ...Object.keys(METRIC_SCORERS)];

/** A scorer given by name ('WRatio') or as the exported function itself (WRatio). */
export function resolveScorer(scorer: unknown): ScorerCode {
  if (typeof scorer === 'function') {
    const code = (scorer as { [SCORER]?: ScorerCode })[SCORER];
    if (code !== undefined) return code;
  } else if (typeof scorer === 'string' && Object.prototype.hasOwnProperty.call(ScorerCode, scorer)) {
    return ScorerCode[scorer as ScorerName];
  }
  throw notOneOf('options.scorer', SCORER_OPTION_NAMES, scorer);
}

/**
 * Marks an exported score function with its scorer number, so that `scorer: WRatio` works. A
 * registered symbol: the browser entries' forwarding functions carry it too.
 */
export const SCORER: unique symbol = Symbol.for('editops.scorer') as never;
