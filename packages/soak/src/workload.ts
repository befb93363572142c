/**
 * The soak's calls: a pool of good calls built once from a fixed seed (every metric, short and
 * medium inputs, strings in every unit, tokens, integer arrays and typed arrays, with and without
 * a cutoff), each with the answer a JS oracle gives where one exists, and a list of bad calls
 * with the error class each must throw.
 */
import { METRIC_NAMES } from '@editops/core';
import type { DistanceOptions, Metric, Sequence } from '@editops/native';
import type { Api } from './backends';
import { jsHamming, jsIndel, jsLevenshtein, type JsWeights } from './oracle';

export interface GoodCall {
  readonly call: 'distance' | 'editops';
  readonly a: Sequence;
  readonly b: Sequence;
  readonly options: DistanceOptions | undefined;
  readonly weights: JsWeights;
  /**
   * distance: the answer (maxDistance + 1 over the cutoff). editops: the script's cost, or -1 for
   * null. From a JS oracle when the metric has one here (all but osa and damerau), else learned
   * from the first answer, so that every later call must repeat it.
   */
  expected: number | undefined;
  readonly oracle: boolean;
}

export interface BadCall {
  readonly label: string;
  readonly error: typeof TypeError | typeof RangeError;
  /** What the message must mention (the argument's name). */
  readonly names: RegExp;
  readonly run: (api: Api) => unknown;
}

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

type Random = () => number;
const int = (r: Random, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;

const ALPHABETS = ['ab', 'abcd', 'abcdefghijklmnopqrstuvwxyz', 'aé😀\u0000x', '日本語テキストの例', 'e\u0301🇫🇷👨‍👩‍👧a'];
const WORDS = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', ''];

/** A few random edits (insert, delete, replace, adjacent swap): related pairs, trimmed affixes. */
function mutate<T>(r: Random, elements: readonly T[], fresh: () => T, edits: number, keepLength: boolean): T[] {
  const out = [...elements];
  for (let e = 0; e < edits; e++) {
    const at = int(r, 0, Math.max(0, out.length - 1));
    const kind = keepLength ? pick(r, [2, 3]) : int(r, 0, 3);
    if (kind === 0) out.splice(at, 0, fresh());
    else if (kind === 1 && out.length > 0) out.splice(at, 1);
    else if (kind === 2 && out.length > 0) out[at] = fresh();
    else if (kind === 3 && at + 1 < out.length) [out[at], out[at + 1]] = [out[at + 1]!, out[at]!];
  }
  return out;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The elements the library compares, as docs/semantics.md defines them. */
export function elementsOf(s: Sequence, unit: DistanceOptions['unit']): readonly unknown[] {
  if (typeof s !== 'string') return Array.from(s as ArrayLike<unknown>);
  if (unit === 'utf16') return s.split('');
  if (unit === 'grapheme') return Array.from(segmenter.segment(s), (g) => g.segment);
  return Array.from(s);
}

interface Pair {
  a: Sequence;
  b: Sequence;
  unit?: DistanceOptions['unit'];
}

function makePair(r: Random, medium: boolean, sameLength: boolean): Pair {
  const length = medium ? int(r, 64, 300) : int(r, 0, 16);
  const edits = int(r, 0, medium ? 12 : 4);
  const unrelated = r() < 0.15;
  const shape = r();
  if (shape < 0.6) {
    const alphabet = Array.from(pick(r, medium ? ALPHABETS.slice(0, 3) : ALPHABETS));
    const fresh = () => pick(r, alphabet);
    const a = Array.from({ length }, fresh);
    const b = unrelated && !sameLength ? Array.from({ length: int(r, 0, length + 4) }, fresh) : mutate(r, a, fresh, edits, sameLength);
    const u = r();
    // Graphemes go through Intl.Segmenter: short strings only, now and then.
    const unit = u < 0.75 ? undefined : u < 0.95 || medium ? 'utf16' : 'grapheme';
    // A mutated string in utf16 units may split a surrogate pair differently: still valid input.
    return { a: a.join(''), b: b.join(''), unit };
  }
  if (shape < 0.8) {
    const fresh = () => pick(r, WORDS);
    const a = Array.from({ length }, fresh);
    return { a, b: mutate(r, a, fresh, edits, sameLength) };
  }
  const fresh = () => int(r, -3, 6);
  const a = Array.from({ length }, fresh);
  const b = mutate(r, a, fresh, edits, sameLength);
  const typed = r();
  if (typed < 0.4) return { a, b }; // plain arrays, negatives interned
  const nonNegative = (xs: number[]) => xs.map((x) => Math.abs(x));
  if (typed < 0.7) return { a: Int32Array.from(a), b: Int32Array.from(b) };
  if (typed < 0.85) return { a: Uint8Array.from(nonNegative(a)), b: Uint8Array.from(nonNegative(b)) };
  return { a: Uint16Array.from(nonNegative(a)), b: nonNegative(b) }; // a typed array and a plain one
}

/** Every metric of the library (its one list), levenshtein twice as often, and weighted levenshtein. */
const METRICS: readonly (Metric | 'weighted')[] = ['levenshtein', 'weighted', ...METRIC_NAMES];
/** The metrics without an edit script (their editops call throws): distance calls only. */
const NO_SCRIPT: ReadonlySet<string> = new Set(['prefix', 'postfix', 'jaro', 'jaroWinkler']);
/** jaro's and jaroWinkler's cutoffs are fractions of 1. */
const FRACTION_CUTOFF: ReadonlySet<string> = new Set(['jaro', 'jaroWinkler']);

export function buildPool(size: number, seed: number): GoodCall[] {
  const r = rng(seed);
  const pool: GoodCall[] = [];
  while (pool.length < size) {
    const metric = pick(r, METRICS);
    const medium = r() < 0.06;
    const pad = metric === 'hamming' && r() < 0.3;
    const pair = makePair(r, medium, metric === 'hamming' && !pad);
    const ea = elementsOf(pair.a, pair.unit);
    const eb = elementsOf(pair.b, pair.unit);
    if (metric === 'hamming' && !pad && ea.length !== eb.length) continue; // utf16 / grapheme shifts
    const weights: JsWeights = metric === 'weighted' ? { insert: int(r, 1, 4), delete: int(r, 1, 4), replace: int(r, 1, 6) } : { insert: 1, delete: 1, replace: 1 };
    const maxDistance = r() < 0.25 ? (FRACTION_CUTOFF.has(metric) ? int(r, 0, 10) / 10 : int(r, 0, medium ? 40 : 6)) : undefined;
    const options: DistanceOptions = {};
    if (metric === 'weighted') options.weights = weights;
    else if (metric !== 'levenshtein' || r() < 0.5) options.metric = metric;
    if (maxDistance !== undefined) options.maxDistance = maxDistance;
    if (pair.unit !== undefined) options.unit = pair.unit;
    if (pad) options.pad = true;

    let exact: number | undefined;
    if (metric === 'levenshtein' || metric === 'weighted') exact = jsLevenshtein(ea, eb, weights);
    else if (metric === 'indel') exact = jsIndel(ea, eb);
    else if (metric === 'hamming') exact = jsHamming(ea, eb);
    const over = exact !== undefined && maxDistance !== undefined && exact > maxDistance;
    const call = NO_SCRIPT.has(metric) || r() < 0.5 ? 'distance' : 'editops';
    let expected: number | undefined;
    if (exact !== undefined) {
      if (call === 'distance') expected = over ? maxDistance! + 1 : exact;
      else expected = over ? -1 : exact;
    }
    pool.push({ call, a: pair.a, b: pair.b, options: Object.keys(options).length > 0 ? options : undefined, weights, expected, oracle: exact !== undefined });
  }
  return pool;
}

/** Longer than the 2^27-element limit, and cheap: V8 keeps a repeated string as a rope. */
export const OVERLONG = 'x'.repeat(2 ** 27 + 1);

/** Pairs whose editops table needs more than the core's 1 GiB budget (damerau: n * m / 2 bytes). */
export const BUDGET_A = 'ab'.repeat(35_000);
export const BUDGET_B = 'ba'.repeat(35_000);

const wrong = <T>(value: unknown): T => value as T;

export function badCalls(): BadCall[] {
  const T = TypeError;
  const R = RangeError;
  return [
    { label: 'a is a number', error: T, names: /\ba\b/, run: (api) => api.distance(wrong(42), 'a') },
    { label: 'b is an object', error: T, names: /\bb\b/, run: (api) => api.editops('a', wrong({})) },
    { label: 'b is null', error: T, names: /\bb\b/, run: (api) => api.distance('a', wrong(null)) },
    { label: 'kinds differ', error: T, names: /a and b/, run: (api) => api.distance('abc', ['a', 'b']) },
    { label: 'array of booleans', error: T, names: /a\[0\]/, run: (api) => api.distance(wrong([true]), [1]) },
    { label: 'string inside integers', error: T, names: /a\[1\]/, run: (api) => api.distance(wrong([1, 'x']), [1]) },
    { label: 'number inside tokens', error: T, names: /b\[1\]/, run: (api) => api.editops(['x'], wrong(['x', 2])) },
    { label: 'fractional integer', error: R, names: /a\[1\]/, run: (api) => api.distance([1, 2.5], [1]) },
    { label: 'unsafe integer', error: R, names: /b\[0\]/, run: (api) => api.distance([1], [2 ** 60]) },
    { label: 'negative maxDistance', error: R, names: /options\.maxDistance/, run: (api) => api.editops('a', 'b', { maxDistance: -1 }) },
    { label: 'fractional maxDistance', error: R, names: /options\.maxDistance/, run: (api) => api.distance('a', 'b', { maxDistance: 1.5 }) },
    { label: 'NaN maxDistance', error: R, names: /options\.maxDistance/, run: (api) => api.distance('a', 'b', { maxDistance: NaN }) },
    { label: 'string maxDistance', error: T, names: /options\.maxDistance/, run: (api) => api.distance('a', 'b', { maxDistance: wrong('1') }) },
    { label: 'unknown metric', error: R, names: /options\.metric/, run: (api) => api.distance('a', 'b', { metric: wrong('jaro_winkler') }) },
    { label: 'unknown unit', error: R, names: /options\.unit/, run: (api) => api.distance('a', 'b', { unit: wrong('byte') }) },
    { label: 'options is a number', error: T, names: /options/, run: (api) => api.distance('a', 'b', wrong(5)) },
    { label: 'pad is a string', error: T, names: /options\.pad/, run: (api) => api.distance('a', 'b', { metric: 'hamming', pad: wrong('yes') }) },
    { label: 'weight 0', error: R, names: /options\.weights\.replace/, run: (api) => api.distance('a', 'b', { weights: { replace: 0 } }) },
    { label: 'weight over 2^20', error: R, names: /options\.weights\.insert/, run: (api) => api.editops('a', 'b', { weights: { insert: 2 ** 20 + 1 } }) },
    { label: 'weight is a string', error: T, names: /options\.weights\.delete/, run: (api) => api.distance('a', 'b', { weights: { delete: wrong('2') } }) },
    { label: 'unknown weight key', error: T, names: /options\.weights/, run: (api) => api.distance('a', 'b', { weights: wrong({ swap: 1 }) }) },
    { label: 'misspelled option', error: T, names: /'metirc' in options/, run: (api) => api.distance('a', 'b', wrong({ metirc: 'osa' })) },
    { label: 'weights with osa', error: R, names: /options\.weights/, run: (api) => api.distance('a', 'b', { metric: 'osa', weights: { replace: 2 } }) },
    { label: 'hamming unequal lengths', error: R, names: /hamming/, run: (api) => api.distance('abc', 'ab', { metric: 'hamming' }) },
    { label: 'hamming unequal editops', error: R, names: /hamming/, run: (api) => api.editops([1, 2], [1], { metric: 'hamming' }) },
    { label: 'a over 2^27 elements', error: R, names: /\ba\b/, run: (api) => api.distance(OVERLONG, 'x') },
    { label: 'b over 2^27 elements (editops)', error: R, names: /\bb\b/, run: (api) => api.editops('x', OVERLONG, { metric: 'osa' }) },
    { label: 'b over 2^27 elements (utf16)', error: R, names: /\bb\b/, run: (api) => api.distance('x', OVERLONG, { unit: 'utf16' }) },
  ];
}

/** Over the editops memory budget: a RangeError before the core allocates anything. */
export const budgetCall: BadCall = {
  label: 'editops over the 1 GiB budget (damerau 70k x 70k)',
  error: RangeError,
  names: /budget/,
  run: (api) => api.editops(BUDGET_A, BUDGET_B, { metric: 'damerau' }),
};
