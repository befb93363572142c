/**
 * Option names are checked, so that a misspelled option is an error instead of a silently wrong
 * answer (`{ metirc: 'osa' }` used to compute levenshtein). Each call kind knows a set of key
 * groups; the check is one `for...in` over the given keys with a switch per key, and allocates
 * nothing unless it throws. The suggestion ("did you mean") is computed only then.
 */
import { formatValue, quote } from './value-format';

const PAIR = 1;
const UNIT = 2;
const LIMIT = 4;
const ASYNC = 8;
const WEIGHT = 16;
/** The fuzzy scores' options (issue 17). */
const FUZZY = 32;
const SCORER = 64;
const SEARCH = 128;
const SIGNAL = 256;

/** The keys one call kind accepts: a set of key groups, and their names for messages. */
export interface KnownOptions {
  readonly groups: number;
  readonly names: readonly string[];
}

function known(groups: number): KnownOptions {
  const names: string[] = [];
  if (groups & PAIR) names.push('metric', 'maxDistance', 'unit', 'weights', 'pad', 'prefixWeight');
  else if (groups & UNIT) names.push('unit');
  if (groups & LIMIT) names.push('limit');
  if (groups & ASYNC) names.push('threads', 'signal');
  if (groups & WEIGHT) names.push('insert', 'delete', 'replace');
  if (groups & FUZZY) names.push('processor', 'scoreCutoff');
  if (groups & SCORER) names.push('scorer', 'prefixWeight');
  if (groups & SEARCH) names.push('metric', 'maxDistance', 'unit', 'mode');
  if (groups & SIGNAL) names.push('signal');
  return Object.freeze({ groups, names: Object.freeze(names) });
}

/** distance, similarity, normalized*, editops, opcodes, closest, distanceMatrix. */
export const PAIR_OPTIONS = known(PAIR);
/** extract. */
export const EXTRACT_OPTIONS = known(PAIR | LIMIT);
/** closestAsync, distanceMatrixAsync. */
export const PAIR_ASYNC_OPTIONS = known(PAIR | ASYNC);
/** extractAsync. */
export const EXTRACT_ASYNC_OPTIONS = known(PAIR | LIMIT | ASYNC);
/** prepareChoices. */
export const PREPARE_OPTIONS = known(UNIT);
/** options.weights. */
export const WEIGHT_NAMES = known(WEIGHT);
/** ratio, partialRatio, the token scores, WRatio, QRatio, partialRatioAlignment. */
export const FUZZY_OPTIONS = known(UNIT | FUZZY);
/** closest, distanceMatrix with a scorer; extract with a scorer; their Async forms. */
export const SCORER_OPTIONS = known(UNIT | FUZZY | SCORER);
export const SCORER_EXTRACT_OPTIONS = known(UNIT | FUZZY | SCORER | LIMIT);
export const SCORER_ASYNC_OPTIONS = known(UNIT | FUZZY | SCORER | ASYNC);
export const SCORER_EXTRACT_ASYNC_OPTIONS = known(UNIT | FUZZY | SCORER | LIMIT | ASYNC);
/** search, searchBest, searchStream (no weights, no pad; a mode). */
export const SEARCH_OPTIONS = known(SEARCH | LIMIT);
/** searchAsync: `threads` and `signal`, as the async batch calls take them. */
export const SEARCH_ASYNC_OPTIONS = known(SEARCH | LIMIT | ASYNC);

/**
 * Whether `key` is in one of `groups`. A switch on the key: V8 compares the (internalized) key
 * strings by identity, which measured about twice as fast per key as a keyed lookup in a table.
 */
function isKnown(key: string, groups: number): boolean {
  switch (key) {
    case 'metric':
    case 'maxDistance':
      return (groups & (PAIR | SEARCH)) !== 0;
    case 'weights':
    case 'pad':
      return (groups & PAIR) !== 0;
    case 'unit':
      return (groups & (PAIR | UNIT | SEARCH)) !== 0;
    case 'mode':
      return (groups & SEARCH) !== 0;
    case 'limit':
      return (groups & LIMIT) !== 0;
    case 'threads':
      return (groups & ASYNC) !== 0;
    case 'signal':
      return (groups & (ASYNC | SIGNAL)) !== 0;
    case 'insert':
    case 'delete':
    case 'replace':
      return (groups & WEIGHT) !== 0;
    case 'processor':
    case 'scoreCutoff':
      return (groups & FUZZY) !== 0;
    case 'scorer':
      return (groups & SCORER) !== 0;
    case 'prefixWeight':
      return (groups & (PAIR | SCORER)) !== 0;
    default:
      return false;
  }
}

/** Throws a TypeError naming the first key of `options` that the call kind does not know. */
export function checkOptionNames(options: object, known: KnownOptions, argument = 'options'): void {
  for (const key in options) {
    if (!isKnown(key, known.groups)) throw unknownOption(key, known.names, argument);
  }
}

function unknownOption(key: string, names: readonly string[], argument: string): TypeError {
  const nearest = nearestName(key, names);
  const hint = nearest === undefined ? '' : `; did you mean '${nearest}'?`;
  return new TypeError(
    `editops: unknown option ${quote(key)} in ${argument}${hint} (known: ${names.map((name) => `'${name}'`).join(', ')})`,
  );
}

/**
 * Names that users reach for but that are spelled differently here; an edit distance would not
 * find them ('char' is the command line's old name of 'codepoint').
 */
const ALIASES: Readonly<Record<string, string>> = Object.freeze({ char: 'codepoint', chars: 'codepoint', character: 'codepoint' });

/**
 * The known name nearest to `given` by case-insensitive optimal-string-alignment distance, when it
 * is near enough to be a plausible typo (at most a third of the name's length, and at least 1).
 */
export function nearestName(given: string, names: readonly string[]): string | undefined {
  const alias = Object.prototype.hasOwnProperty.call(ALIASES, given) ? ALIASES[given] : undefined;
  if (alias !== undefined && names.includes(alias)) return alias;
  const lower = given.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(given.length / 3));
  for (const name of names) {
    const d = osaDistance(lower, name.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best === undefined)) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

/** Plain O(n*m) optimal string alignment distance; option names are short, and this runs only on error. */
function osaDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/**
 * The RangeError for a value that is not one of `names` (a metric, a unit), with the nearest name
 * when the value looks like a typo of one.
 */
export function notOneOf(argument: string, names: readonly string[], value: unknown): RangeError {
  const nearest = typeof value === 'string' ? nearestName(value, names) : undefined;
  const hint = nearest === undefined ? '' : `; did you mean '${nearest}'?`;
  const list = names.map((name) => `'${name}'`).join(', ');
  return new RangeError(`editops: ${argument} must be one of ${list}, got ${formatValue(value)}${hint}`);
}
