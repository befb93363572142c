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
import { NOT_SERVED as NOT_SERVED_CODE } from './short-strings';

// A module constant: compiled to CommonJS, an import is a property read on every use.
const NOT_SERVED = NOT_SERVED_CODE;

/** The longest side served: one 32-bit word of positions. */
export const SHORT_JARO_MAX_UNITS = 32;

const asciiMatches = new Int32Array(128);
/**
 * The units of the pair in progress, read once with charCodeAt (which costs about 2.5 typed-array
 * loads here: it dispatches on the string's representation, see docs/decisions.md "Short
 * inputs"): clearing the table, the transposition count and Jaro-Winkler's prefix read them here.
 */
const aUnits = new Int32Array(SHORT_JARO_MAX_UNITS);
const bUnits = new Int32Array(SHORT_JARO_MAX_UNITS);

/** The positions of unit c (not ASCII) in b's first m units (bUnits), as bits. */
function matchesOf(m: number, c: number): number {
  let bits = 0;
  for (let j = 0; j < m; j++) if (bUnits[j] === c) bits |= 1 << j;
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

function clearMatches(m: number): void {
  for (let j = 0; j < m; j++) {
    const c = bUnits[j]!;
    if (c < 128) asciiMatches[c] = 0;
  }
}

/** The transpositions jaroMatches counted (half of them count in the formula, rounded down). */
let lastTranspositions = 0;

/**
 * The number of common units of a and b (Jaro's m), or NOT_SERVED; sets `lastTranspositions`. An
 * integer, not the similarity: V8 boxes a double that a function it does not inline returns,
 * and this one is too large to inline, so the formula is in the small callers below. One pass
 * over each string: the surrogate checks OR the units together and scan again only when that OR
 * reaches the surrogate range, so the common path has no per-unit test for them.
 */
function jaroMatches(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n > SHORT_JARO_MAX_UNITS || m > SHORT_JARO_MAX_UNITS) return NOT_SERVED;
  if (n === 1 && m === 1) {
    const c = a.charCodeAt(0);
    if (isSurrogate(c) || isSurrogate(b.charCodeAt(0))) return NOT_SERVED;
    lastTranspositions = 0;
    return c === b.charCodeAt(0) ? 1 : 0;
  }
  // One pass over b: its ASCII match vectors, and the OR of its units.
  let bSeen = 0;
  for (let j = 0; j < m; j++) {
    const c = b.charCodeAt(j);
    bUnits[j] = c;
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
  // Row i's window is T's positions [i - bound, i + bound]: bits 0..bound for row 0, then one
  // more high bit per row while i < bound, then the same width shifted up one per row. Positions
  // past m need no mask (no match vector has them); bound <= 15, so no shift overflows.
  let window = (1 << (bound + 1)) - 1;
  for (let i = 0; i < rows; i++) {
    const c = a.charCodeAt(i);
    aUnits[i] = c;
    aSeen |= c;
    const free = (c < 128 ? asciiMatches[c]! : bAscii ? 0 : matchesOf(m, c)) & ~taken & window;
    if (free !== 0) {
      taken |= free & -free;
      flagged |= 1 << i;
      common++;
    }
    window = (window << 1) | ((i - bound) >>> 31);
  }
  for (let i = rows; i < n; i++) aSeen |= a.charCodeAt(i);
  clearMatches(m);
  if ((aSeen | bSeen) >= SURROGATE && (holdsSurrogate(a) || holdsSurrogate(b))) return NOT_SERVED;
  let count = 0;
  while (flagged !== 0) {
    const i = lowestBit(flagged);
    flagged &= flagged - 1;
    const j = lowestBit(taken);
    taken &= taken - 1;
    if (aUnits[i] !== bUnits[j]) count++;
  }
  lastTranspositions = count;
  return common;
}

/** The Jaro similarity of a and b, or NOT_SERVED. */
export function shortJaro(a: string, b: string): number {
  const common = jaroMatches(a, b);
  if (common <= 0) return common;
  return jaroFormula(a.length, b.length, common, lastTranspositions);
}

/** The Jaro-Winkler similarity of a and b with the prefix weight, or NOT_SERVED. */
export function shortJaroWinkler(a: string, b: string, prefixWeight: number): number {
  const common = jaroMatches(a, b);
  if (common <= 0) return common;
  let sim = jaroFormula(a.length, b.length, common, lastTranspositions);
  if (sim > 0.7) {
    const maxPrefix = Math.min(a.length, b.length, 4);
    let prefix = 0;
    // jaroMatches left both strings' first units in aUnits / bUnits (at least min(n, m) of a's:
    // its rows reach min(n, m + bound), with bound >= 0 for every pair past 1 x 1).
    if (maxPrefix === 1) prefix = a.charCodeAt(0) === b.charCodeAt(0) ? 1 : 0;
    else while (prefix < maxPrefix && aUnits[prefix] === bUnits[prefix]) prefix++;
    sim += prefix * prefixWeight * (1 - sim);
  }
  return sim;
}
