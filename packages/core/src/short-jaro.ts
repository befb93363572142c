/**
 * Jaro and Jaro-Winkler similarity of short strings, computed in TypeScript, for the reason
 * short-strings.ts gives: for two short words the bridge costs more than the work.
 *
 * The algorithm is the core's (native-core/src/fuzzy/jaro.cpp) with T in one 32-bit word instead
 * of 64: PM[x] holds the positions of symbol x in T (b), the free candidates of P[i] (a[i]) are
 * PM[P[i]] & ~taken & window(i), and the first is their lowest set bit; transpositions are counted
 * over both sides' flagged positions in order; the formula adds its three terms in RapidFuzz's
 * order. No pruning by the cutoff (the core's pruning only skips work whose result the final test
 * sets to 0), so the answers are the core's, bit for bit; the conformance suite compares them with
 * the compiled backends (project core-only) and the naive oracle.
 *
 * Served: two strings of 1 to 32 UTF-16 units each, neither holding a surrogate (then units are
 * code points, whichever unit the call uses). The match vectors of ASCII symbols come from a
 * 128-entry table that a call fills from b and clears before it returns; other symbols are found
 * by a scan of b.
 */
import { NOT_SERVED } from './short-strings';

/** The longest side served: one 32-bit word of positions. */
export const SHORT_JARO_MAX_UNITS = 32;

const asciiMatches = new Int32Array(128);

/** The positions of unit c (not ASCII) in b, as bits. */
function matchesOf(b: string, c: number): number {
  let bits = 0;
  for (let j = 0; j < b.length; j++) if (b.charCodeAt(j) === c) bits |= 1 << j;
  return bits;
}

const lowestBit = (bits: number): number => 31 - Math.clz32(bits & -bits);

function jaroFormula(n: number, m: number, common: number, transpositions: number): number {
  let sim = 0;
  sim += common / n;
  sim += common / m;
  sim += (common - Math.floor(transpositions / 2)) / common;
  return sim / 3;
}

const isSurrogate = (unit: number): boolean => (unit & 0xf800) === 0xd800;

/** The first UTF-16 unit that is a surrogate: an OR of units below it holds none. */
const SURROGATE = 0xd800;

function holdsSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isSurrogate(s.charCodeAt(i))) return true;
  return false;
}

function clearMatches(b: string): void {
  for (let j = 0; j < b.length; j++) {
    const c = b.charCodeAt(j);
    if (c < 128) asciiMatches[c] = 0;
  }
}

/**
 * The Jaro similarity of a and b, or NOT_SERVED. One pass over each string: the surrogate checks
 * OR the units together and scan again only when that OR reaches the surrogate range, so the
 * common path has no per-unit test for them (this function is most of a jaro call's time).
 */
export function shortJaro(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n > SHORT_JARO_MAX_UNITS || m > SHORT_JARO_MAX_UNITS) return NOT_SERVED;
  if (n === 1 && m === 1) {
    const c = a.charCodeAt(0);
    if (isSurrogate(c) || isSurrogate(b.charCodeAt(0))) return NOT_SERVED;
    return c === b.charCodeAt(0) ? 1 : 0;
  }
  // One pass over b: its ASCII match vectors, and the OR of its units.
  let bSeen = 0;
  for (let j = 0; j < m; j++) {
    const c = b.charCodeAt(j);
    bSeen |= c;
    if (c < 128) asciiMatches[c] = asciiMatches[c]! | (1 << j);
  }
  const bAscii = bSeen < 128;
  const bound = (Math.max(n, m) >> 1) - 1;
  // Rows past m + bound have an empty window; their units are still read for the surrogate test.
  const rows = n < m + bound ? n : m + bound;
  let aSeen = 0;
  let taken = 0;
  let flagged = 0;
  let common = 0;
  for (let i = 0; i < rows; i++) {
    const c = a.charCodeAt(i);
    aSeen |= c;
    const lo = i > bound ? i - bound : 0;
    const hi = i + bound < m - 1 ? i + bound : m - 1;
    const window = (hi === 31 ? -1 : (1 << (hi + 1)) - 1) & (-1 << lo);
    const free = (c < 128 ? asciiMatches[c]! : bAscii ? 0 : matchesOf(b, c)) & ~taken & window;
    if (free !== 0) {
      taken |= free & -free;
      flagged |= 1 << i;
      common++;
    }
  }
  for (let i = rows; i < n; i++) aSeen |= a.charCodeAt(i);
  clearMatches(b);
  if ((aSeen | bSeen) >= SURROGATE && (holdsSurrogate(a) || holdsSurrogate(b))) return NOT_SERVED;
  if (common === 0) return 0;
  let transpositions = 0;
  while (flagged !== 0) {
    const i = lowestBit(flagged);
    flagged &= flagged - 1;
    const j = lowestBit(taken);
    taken &= taken - 1;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
  }
  return jaroFormula(n, m, common, transpositions);
}

/** The Jaro-Winkler similarity of a and b with the prefix weight, or NOT_SERVED. */
export function shortJaroWinkler(a: string, b: string, prefixWeight: number): number {
  let sim = shortJaro(a, b);
  if (sim === NOT_SERVED) return NOT_SERVED;
  if (sim > 0.7) {
    const maxPrefix = Math.min(a.length, b.length, 4);
    let prefix = 0;
    while (prefix < maxPrefix && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
    sim += prefix * prefixWeight * (1 - sim);
  }
  return sim;
}
