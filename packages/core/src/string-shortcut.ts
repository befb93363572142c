/**
 * Answers for short string pairs whose difference is trivial, found in JS without calling a kernel.
 *
 * Why: for short strings the bridge (encoding both strings into the kernel's memory and the call
 * itself) costs more than the work. The core starts every pair by trimming the common suffix, then
 * the common prefix (docs/semantics.md). When that leaves one side empty, or one code point on each
 * side, the distance and the canonical script follow from the lengths alone. On the misspellings
 * list that is 3 pairs in 4 (55% leave a side empty, 20% one code point each), so doing the trim
 * here and answering those pairs directly skips the bridge for most real short pairs
 * (docs/decisions.md has the measurements). Every other short pair goes to the kernel without the
 * affixes, which the core would have trimmed first anyway, so its answer is unchanged and the
 * affixes need not cross the bridge.
 *
 * The trim works on UTF-16 units but never splits a surrogate pair, so it trims exactly the code
 * points the core would trim.
 */
import { cutOff, overCutoff } from './cutoff';
import { OpCode } from './kernel';
import { METRICS, NO_FORMULA, type TwoByTwo } from './metrics';
import type { ResolvedOptions } from './options';
import { packedArray } from './packed-pool';

/**
 * The shortcut is for two strings compared by code point, under any metric that starts with the
 * trim (all but hamming), and the caller checks that. Pairs with more UTF-16 units than this in
 * all skip it. The trim reads the common
 * affixes, which is wasted when the middle turns out not to be trivial; on short strings that
 * costs little next to a call, and on long ones the core trims faster itself.
 */
export const SHORTCUT_MAX_TOTAL_UNITS = 128;

/** No trivial answer: the caller asks the kernel. */
export const NOT_TRIVIAL = -1;

const isHigh = (unit: number): boolean => (unit & 0xfc00) === 0xd800;
const isLow = (unit: number): boolean => (unit & 0xfc00) === 0xdc00;

/** Whether a boundary just before index `at` would cut a surrogate pair of `text` in two. */
function splitsPair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
}

/** Code points of text[start, end): a valid surrogate pair counts once, a lone surrogate once. */
export function codePointCount(text: string, start: number, end: number): number {
  let count = end - start;
  for (let i = start; i + 1 < end; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      count--;
      i++;
    }
  }
  return count;
}

/**
 * What the last trim found, in UTF-16 units: the common prefix and the common suffix (trimmed
 * first). The middles are a[prefix, a.length - suffix) and b[prefix, b.length - suffix).
 * `affixSurrogates` is false when no unit of either affix can be a surrogate (the OR of their units
 * stays below 0xD800), so their code points are their units. One reused object, so the per-call
 * path allocates nothing; read it right after the call that set it.
 */
export const trimmed = { prefix: 0, suffix: 0, affixSurrogates: false };

/**
 * Trims the common suffix, then the common prefix of what is left, as the core does. The loops
 * keep the last unit they matched, so the surrogate checks read the strings again only when that
 * unit is a surrogate (reads dominate the cost here).
 */
export function trimCommonAffix(a: string, b: string): void {
  const aLength = a.length;
  const bLength = b.length;
  const shorter = aLength < bLength ? aLength : bLength;
  let seen = 0;
  let suffix = 0;
  let suffixStart = 0;
  while (suffix < shorter) {
    const unit = a.charCodeAt(aLength - 1 - suffix);
    if (unit !== b.charCodeAt(bLength - 1 - suffix)) break;
    suffixStart = unit;
    seen |= unit;
    suffix++;
  }
  // The suffix may not start at the low half of a pair; give that unit back to the middle.
  if (isLow(suffixStart) && (splitsPair(a, aLength - suffix) || splitsPair(b, bLength - suffix))) suffix--;

  const limit = shorter - suffix;
  let prefix = 0;
  let prefixEnd = 0;
  while (prefix < limit) {
    const unit = a.charCodeAt(prefix);
    if (unit !== b.charCodeAt(prefix)) break;
    prefixEnd = unit;
    seen |= unit;
    prefix++;
  }
  // Nor may the prefix end at the high half of a pair.
  if (isHigh(prefixEnd) && (splitsPair(a, prefix) || splitsPair(b, prefix))) prefix--;
  trimmed.prefix = prefix;
  trimmed.suffix = suffix;
  trimmed.affixSurrogates = seen >= 0xd800;
}

/** Code points of the common prefix and suffix; reused like `trimmed`. */
const affixPoints = { prefix: 0, suffix: 0 };

/** Counts the code points of the affixes the last trim of a (and b) found, into affixPoints. */
export function affixCodePoints(a: string): { readonly prefix: number; readonly suffix: number } {
  const { prefix, suffix } = trimmed;
  affixPoints.prefix = trimmed.affixSurrogates ? codePointCount(a, 0, prefix) : prefix;
  affixPoints.suffix = trimmed.affixSurrogates ? codePointCount(a, a.length - suffix, a.length) : suffix;
  return affixPoints;
}

/**
 * Whether the trim left a pair of two-unit middles, both plain (no surrogates, so two code points
 * each). The trim guarantees x != u and y != v for middles xy and uv.
 */
function twoByTwo(a: string, b: string, prefix: number, aEnd: number, bEnd: number): boolean {
  if (aEnd - prefix !== 2 || bEnd - prefix !== 2) return false;
  const units = a.charCodeAt(prefix) | a.charCodeAt(prefix + 1) | b.charCodeAt(prefix) | b.charCodeAt(prefix + 1);
  return units < 0xd800;
}

/** Reused by twoByTwoMiddles, so the per-call path allocates nothing. */
const middles = { swap: false, crossMatch: false };

/** The shape of two-by-two middles xy and uv, for the metric's formulas (metrics.ts). */
function twoByTwoMiddles(a: string, b: string, prefix: number): TwoByTwo {
  const x = a.charCodeAt(prefix);
  const y = a.charCodeAt(prefix + 1);
  const u = b.charCodeAt(prefix);
  const v = b.charCodeAt(prefix + 1);
  middles.swap = x === v && y === u;
  middles.crossMatch = x === v || y === u;
  return middles;
}

/**
 * The distance of a and b when the trim leaves it trivial, else NOT_TRIVIAL; either way `trimmed`
 * then holds the affixes.
 */
export function trivialDistance(a: string, b: string, options: ResolvedOptions): number {
  trimCommonAffix(a, b);
  const { prefix, suffix } = trimmed;
  const aEnd = a.length - suffix;
  const bEnd = b.length - suffix;
  let value: number;
  if (prefix === aEnd) value = codePointCount(b, prefix, bEnd) * options.insertWeight;
  else if (prefix === bEnd) value = codePointCount(a, prefix, aEnd) * options.deleteWeight;
  else if (aEnd - prefix === 1 && bEnd - prefix === 1) value = METRICS[options.metric]!.single(options);
  else if (twoByTwo(a, b, prefix, aEnd, bEnd)) value = METRICS[options.metric]!.twoByTwo(options, twoByTwoMiddles(a, b, prefix));
  else return NOT_TRIVIAL;
  return value === NO_FORMULA ? NOT_TRIVIAL : cutOff(value, options.maxDistance);
}

/**
 * What the last trivialScript that returned true found: the script packed as Editops holds it
 * (null when the distance is over the cutoff) and the code point lengths of a and b. Reused like
 * `trimmed`, so the per-call path allocates only the script itself.
 */
export const trivial: { packed: Int32Array | null; aLength: number; bLength: number } = { packed: null, aLength: 0, bLength: 0 };

/**
 * Whether the trim leaves a and b a trivial script; if so `trivial` holds it, and either way
 * `trimmed` holds the affixes. It is the script the core's walk back produces (docs/semantics.md),
 * which prefers match, then transpose, then replace, then delete, then insert:
 * - one middle empty: a run of inserts or deletes at the end of the prefix;
 * - one code point each: a replace when it costs no more than delete plus insert, otherwise an
 *   insert followed by a delete;
 * - two plain code points each, unit costs: a transpose when osa or damerau see a swap, otherwise
 *   two replaces (levenshtein, osa, damerau). Indel and weighted levenshtein go to the kernel.
 */
export function trivialScript(a: string, b: string, options: ResolvedOptions): boolean {
  trimCommonAffix(a, b);
  const { prefix, suffix } = trimmed;
  const aEnd = a.length - suffix;
  const bEnd = b.length - suffix;
  const singles = aEnd - prefix === 1 && bEnd - prefix === 1;
  const pairs = !singles && prefix !== aEnd && prefix !== bEnd && twoByTwo(a, b, prefix, aEnd, bEnd);
  const rules = METRICS[options.metric]!;
  if (prefix !== aEnd && prefix !== bEnd && !singles && !(pairs && rules.twoByTwoScript(options))) return false;

  const affix = affixCodePoints(a);
  const at = affix.prefix;
  const aMiddle = codePointCount(a, prefix, aEnd);
  const bMiddle = codePointCount(b, prefix, bEnd);
  const around = affix.prefix + affix.suffix;
  trivial.aLength = around + aMiddle;
  trivial.bLength = around + bMiddle;
  if (pairs) {
    const swap = rules.transposes && twoByTwoMiddles(a, b, prefix).swap;
    trivial.packed = overCutoff(swap ? 1 : 2, options.maxDistance)
      ? null
      : swap
        ? ops(OpCode.transpose, at, at)
        : ops(OpCode.replace, at, at, OpCode.replace, at + 1, at + 1);
  } else if (singles) {
    const replaces = rules.singleReplaces(options);
    trivial.packed = overCutoff(rules.single(options), options.maxDistance)
      ? null
      : replaces
        ? ops(OpCode.replace, at, at)
        : ops(OpCode.insert, at, at, OpCode.delete, at, at + 1);
  } else if (prefix === aEnd) {
    trivial.packed = overCutoff(bMiddle * options.insertWeight, options.maxDistance) ? null : runOf(OpCode.insert, bMiddle, at, 0, 1);
  } else {
    trivial.packed = overCutoff(aMiddle * options.deleteWeight, options.maxDistance) ? null : runOf(OpCode.delete, aMiddle, at, 1, 0);
  }
  return true;
}

/**
 * One or two packed ops. Spelled out because Int32Array.of, which iterates its arguments, cost
 * several times as much, on a path where the whole call takes about 100 ns.
 */
export function ops(op: OpCode, src: number, dest: number, op2?: OpCode, src2?: number, dest2?: number): Int32Array {
  const packed = new Int32Array(op2 === undefined ? 3 : 6);
  packed[0] = op;
  packed[1] = src;
  packed[2] = dest;
  if (op2 !== undefined) {
    packed[3] = op2;
    packed[4] = src2!;
    packed[5] = dest2!;
  }
  return packed;
}

/** `count` ops of one type at `at`; srcStep / destStep say which position advances per op. */
export function runOf(op: OpCode, count: number, at: number, srcStep: number, destStep: number): Int32Array {
  const packed = packedArray(3 * count);
  for (let i = 0, slot = 0; i < count; i++) {
    packed[slot++] = op;
    packed[slot++] = at + i * srcStep;
    packed[slot++] = at + i * destStep;
  }
  return packed;
}

/**
 * Turns a script the kernel computed on the middles (see Kernel.editopsStrings) into the script of
 * the whole strings, in place: positions move past the common prefix. Returns the code point
 * lengths of the prefix and of the suffix, which the caller adds to the middles' lengths.
 */
export function shiftPastPrefix(packed: Int32Array, a: string): { readonly prefix: number; readonly suffix: number } {
  const affix = affixCodePoints(a);
  const at = affix.prefix;
  if (at !== 0) {
    for (let slot = 0; slot < packed.length; slot += 3) {
      packed[slot + 1] = packed[slot + 1]! + at;
      packed[slot + 2] = packed[slot + 2]! + at;
    }
  }
  return affix;
}
