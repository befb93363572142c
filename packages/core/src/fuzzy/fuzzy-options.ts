/**
 * The options of the fuzzy scores: `processor`, `scoreCutoff`, `unit` (and, for the batch calls,
 * `scorer` and `limit`), checked by name like every other option.
 */
import { argumentRangeError, argumentTypeError } from '../errors';
import { checkOptionNames, notOneOf, type KnownOptions } from '../option-names';
import { resolveUnit } from '../options';
import type { Sequence, StringUnit } from '../types';
import { ScorerCode, type ScorerName } from './fuzzy-kernel';

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
}

const DEFAULTS: ResolvedFuzzyOptions = Object.freeze({ processor: undefined, scoreCutoff: 0, unit: 'codepoint' });

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
  return { processor: resolveProcessor(o.processor), scoreCutoff: resolveScoreCutoff(o.scoreCutoff), unit: resolveUnit(o.unit) };
}

const SCORER_NAMES = Object.keys(ScorerCode) as ScorerName[];

/** A scorer given by name ('WRatio') or as the exported function itself (WRatio). */
export function resolveScorer(scorer: unknown): ScorerCode {
  if (typeof scorer === 'function') {
    const code = (scorer as { [SCORER]?: ScorerCode })[SCORER];
    if (code !== undefined) return code;
  } else if (typeof scorer === 'string' && Object.prototype.hasOwnProperty.call(ScorerCode, scorer)) {
    return ScorerCode[scorer as ScorerName];
  }
  throw notOneOf('options.scorer', SCORER_NAMES, scorer);
}

/**
 * Marks an exported score function with its scorer number, so that `scorer: WRatio` works. A
 * registered symbol: the browser entries' forwarding functions carry it too.
 */
export const SCORER: unique symbol = Symbol.for('editops.scorer') as never;
