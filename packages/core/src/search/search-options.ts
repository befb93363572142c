/**
 * Checking the options of the search calls. What comes out is what the search kernel receives;
 * every check that protects the C++ Searcher happens here.
 */
import { argumentRangeError, argumentTypeError } from '../errors';
import { MetricCode } from '../kernel';
import { checkOptionNames, notOneOf, type KnownOptions } from '../option-names';
import { resolveMaxDistance, UNITS } from '../options';
import type { StringUnit } from '../types';
import { kernelOptionsBlock, type KernelOptionsBlock } from '../kernel-options';
import { SearchModeCode } from './search-kernel';

export interface ResolvedSearch {
  /** metric and maxDistance laid out for the C API (unit weights). */
  readonly block: KernelOptionsBlock;
  readonly maxDistance: number;
  readonly mode: SearchModeCode;
  /** For the kernel: 0 for no limit. */
  readonly limit: number;
  /** The limit as given (Infinity: none). */
  readonly maxMatches: number;
  readonly unit: StringUnit;
}

const METRICS = ['levenshtein', 'indel', 'osa'] as const;
const MODES = ['infix', 'prefix'] as const;

function resolveUnit(unit: unknown): StringUnit {
  if (unit === undefined) return 'codepoint';
  if (typeof unit === 'string' && (UNITS as readonly string[]).includes(unit)) return unit as StringUnit;
  throw notOneOf('options.unit', UNITS, unit);
}

function resolveLimit(limit: unknown): number {
  if (limit === undefined || limit === Infinity) return Infinity;
  if (typeof limit !== 'number') throw argumentTypeError('options.limit', 'a positive integer or Infinity', limit);
  if (!Number.isInteger(limit) || limit < 1) throw argumentRangeError('options.limit', 'a positive integer or Infinity', limit);
  return limit;
}

/**
 * `requireBound`: search and its relatives need a maxDistance (without one, every end offset is
 * a candidate and the whole text is one match); searchBest does not.
 */
export function resolveSearchOptions(options: unknown, known: KnownOptions, requireBound: boolean): ResolvedSearch {
  if (options === undefined && !requireBound) options = {};
  if (options === null || typeof options !== 'object') {
    throw argumentTypeError('options', requireBound ? 'an object with maxDistance' : 'an object or undefined', options);
  }
  checkOptionNames(options, known);
  const given = options as Record<string, unknown>;
  const metric = given.metric ?? 'levenshtein';
  if (!(METRICS as readonly unknown[]).includes(metric)) throw notOneOf('options.metric', METRICS, metric);
  const mode = given.mode ?? 'infix';
  if (!(MODES as readonly unknown[]).includes(mode)) throw notOneOf('options.mode', MODES, mode);
  if (requireBound && (given.maxDistance === undefined || given.maxDistance === Infinity)) {
    throw argumentTypeError('options.maxDistance', 'a non-negative integer (search needs a bound on the edits)', given.maxDistance);
  }
  const maxMatches = resolveLimit(given.limit);
  const maxDistance = resolveMaxDistance(given.maxDistance);
  const block = kernelOptionsBlock({
    metric: MetricCode[metric as (typeof METRICS)[number]],
    maxDistance,
    insertWeight: 1,
    deleteWeight: 1,
    replaceWeight: 1,
  });
  return {
    block,
    maxDistance,
    mode: SearchModeCode[mode as (typeof MODES)[number]],
    limit: maxMatches === Infinity || maxMatches > 2 ** 31 - 1 ? 0 : maxMatches,
    maxMatches,
    unit: resolveUnit(given.unit),
  };
}

