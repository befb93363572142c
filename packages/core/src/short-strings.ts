/**
 * Levenshtein distance and the canonical edit script of short strings, computed in TypeScript.
 *
 * Why in JS: for a pair of short words the bridge to either compiled backend (encoding both
 * strings into the kernel's memory, the call itself, copying a script back) costs more than the
 * work, so a peer written in plain JS that V8 inlines into the caller's loop wins. Computed here,
 * a short pair never crosses the bridge. docs/decisions.md has the measurements.
 *
 * The algorithm is the core's one-word pass (native-core/src/myers_single.hpp): Myers 1999 in the
 * formulation of Hyyrö 2003, with the pattern in one 32-bit word instead of 64. It runs on the
 * middles that the common-affix trim of string-shortcut.ts left, exactly as the core runs on its
 * trimmed core, and the walk back is the core's (native-core/src/levenshtein_editops.cpp), so the
 * answers are the core's, bit for bit; the conformance suite checks that against the compiled
 * backends.
 *
 * Served: unit-cost levenshtein on two strings by code point whose pattern middle has 1 to 32
 * UTF-16 units and where neither middle holds a surrogate (a surrogate unit is not a code point, so
 * those pairs go to the kernel). The match vectors come from one 64K table indexed by UTF-16 unit;
 * a call sets the bits of its pattern and clears them again before it returns.
 */
import { OpCode } from './kernel';
import { packedArray } from './packed-pool';
import { codePointCount, ops, runOf, SHORTCUT_MAX_TOTAL_UNITS, trimCommonAffix, trimmed } from './string-shortcut';

/** The longest pattern middle served here: one 32-bit word. */
export const SHORT_PATTERN_MAX_UNITS = 32;

/** The longest text middle whose columns the editops walk back can keep. */
export const SHORT_TEXT_MAX_UNITS = 256;

/**
 * What this kernel serves, as `backend()` of @editops/auto reports it: unit-cost levenshtein
 * `distance` and `editops` on two strings by code point, up to `maxTotalUnits` UTF-16 units
 * together, whose middles after the common-affix trim hold no surrogate and, on one side (for
 * editops: a's), at most `maxPatternUnits` units.
 */
export const SHORT_STRING_KERNEL: ShortStringKernel = Object.freeze({
  kernel: 'typescript',
  metric: 'levenshtein',
  maxPatternUnits: SHORT_PATTERN_MAX_UNITS,
  maxTotalUnits: SHORTCUT_MAX_TOTAL_UNITS,
});

/** What the TypeScript short-string kernel serves (see SHORT_STRING_KERNEL). */
export interface ShortStringKernel {
  /** Always 'typescript': it runs in JS, without a call into a backend. */
  readonly kernel: 'typescript';
  /** The one metric it computes, with unit costs. */
  readonly metric: 'levenshtein';
  /** The longest middle (after the common-affix trim) it takes as its pattern, in UTF-16 units. */
  readonly maxPatternUnits: number;
  /** The most UTF-16 units the two strings may have together. */
  readonly maxTotalUnits: number;
}

/** Returned when this pair is not served here (a surrogate in a middle, or too long). */
export const NOT_SERVED = -1;

/** Match vectors: bit i of PEQ[c] is set when pattern unit i is c. All zero between calls (short-ratio.ts uses it too). */
export const PEQ = new Int32Array(0x10000);

/** The units of the pattern of the call in progress (shortDistance): PEQ is cleared from here. */
const PATTERN_UNITS = new Int32Array(SHORT_PATTERN_MAX_UNITS);

/** The units of the text of the last editops pass, for its walk back. */
const TEXT_UNITS = new Int32Array(SHORT_TEXT_MAX_UNITS);

/** The columns of the last editops pass: VP_j at 2j, D0_j at 2j + 1 (columns 1-based, as in the core). */
const COLUMNS = new Int32Array(2 * SHORT_TEXT_MAX_UNITS);

/** The first UTF-16 unit that is a surrogate. */
const SURROGATE = 0xd800;

/** Whether a UTF-16 unit is a surrogate (either half). */
const isSurrogate = (unit: number): boolean => (unit & 0xf800) === SURROGATE;

/**
 * Whether p[pStart, pEnd) or t[tStart, tEnd) holds a surrogate unit. Called only when the OR of
 * their units says they may (text outside Latin and Greek scripts), so plain text never pays.
 */
function holdsSurrogate(p: string, pStart: number, pEnd: number, t: string, tStart: number, tEnd: number): boolean {
  for (let i = pStart; i < pEnd; i++) if (isSurrogate(p.charCodeAt(i))) return true;
  for (let j = tStart; j < tEnd; j++) if (isSurrogate(t.charCodeAt(j))) return true;
  return false;
}

/**
 * Sets PEQ for pattern p[start, end) (1 to 32 units), keeping its units in PATTERN_UNITS (each
 * unit is read from the string once: see shortDistance); returns the OR of its units.
 */
function setPattern(p: string, start: number, end: number): number {
  let seen = 0;
  for (let i = 0; i < end - start; i++) {
    const unit = p.charCodeAt(start + i);
    seen |= unit;
    PATTERN_UNITS[i] = unit;
    PEQ[unit] = PEQ[unit]! | (1 << i);
  }
  return seen;
}

/** Clears what setPattern set for an n-unit pattern. */
function clearPattern(n: number): void {
  for (let i = 0; i < n; i++) PEQ[PATTERN_UNITS[i]!] = 0;
}

/** The OR of the units the last pass read, for its caller's surrogate check. */
let passSeen = 0;

/**
 * D[n][m] between the n-unit pattern in PEQ (1..32) and text t[tStart, tEnd). With `store`,
 * keeps VP_j and D0_j of every column in COLUMNS, and the text's units in TEXT_UNITS, for the
 * walk back.
 */
function pass(n: number, t: string, tStart: number, tEnd: number, store: boolean): number {
  const top = n - 1;
  let VP = -1; // column 0 is D[i][0] = i: every vertical delta is +1
  let VN = 0;
  let score = n;
  let seen = 0;
  for (let j = tStart, slot = 0; j < tEnd; j++, slot += 2) {
    const unit = t.charCodeAt(j);
    seen |= unit;
    const X = PEQ[unit]!;
    // `| 0` keeps the sum in int32 (wrapping as the core's unsigned words do), so V8 stays in
    // 32-bit integer arithmetic instead of switching to doubles on overflow.
    const D0 = ((((X & VP) + VP) | 0) ^ VP) | X | VN;
    let HP = VN | ~(D0 | VP);
    let HN = VP & D0;
    // Branch-free: on unrelated words these bits are random, and two mispredicted branches per
    // column cost more than the shifts.
    score += ((HP >>> top) & 1) - ((HN >>> top) & 1);
    HP = (HP << 1) | 1;
    HN <<= 1;
    VP = HN | ~(D0 | HP);
    VN = HP & D0;
    if (store) {
      TEXT_UNITS[slot >>> 1] = unit;
      COLUMNS[slot] = VP;
      COLUMNS[slot + 1] = D0;
    }
  }
  passSeen = seen;
  return score;
}

/**
 * The distance of the middles p[start, pEnd) (the pattern, 1..32 units) and t[start, tEnd), or
 * NOT_SERVED when one of them holds a surrogate.
 */
function middleDistance(p: string, pEnd: number, t: string, tEnd: number, start: number): number {
  const n = pEnd - start;
  const seen = setPattern(p, start, pEnd);
  const distance = pass(n, t, start, tEnd, false);
  clearPattern(pEnd - start);
  if ((seen | passSeen) >= SURROGATE && holdsSurrogate(p, start, pEnd, t, start, tEnd)) return NOT_SERVED;
  return distance;
}

/**
 * The unit-cost levenshtein distance of two non-empty strings by code point, or NOT_SERVED when it
 * is not computed here: both middles over 32 units, or a surrogate where this function does not
 * handle it (the caller then takes the general path, which handles every string).
 *
 * One function on purpose: this is the whole per-call path of `distance` on short strings, and
 * every call it makes is measurable there. The trim is the core's, suffix first (see
 * string-shortcut.ts); when an affix holds a unit at or above 0xD800 it might split a surrogate
 * pair, and the guarded trim of string-shortcut.ts takes over. An empty middle or one unit each
 * needs no pass. The distance is symmetric, so the longer middle is the pattern when it fits a
 * word (the loop then runs over the shorter one), else the shorter.
 */
export function shortDistance(a: string, b: string): number {
  let aEnd = a.length;
  let bEnd = b.length;
  let seen = 0;
  while (aEnd > 0 && bEnd > 0) {
    const unit = a.charCodeAt(aEnd - 1);
    if (unit !== b.charCodeAt(bEnd - 1)) break;
    seen |= unit;
    aEnd--;
    bEnd--;
  }
  let start = 0;
  const limit = aEnd < bEnd ? aEnd : bEnd;
  while (start < limit) {
    const unit = a.charCodeAt(start);
    if (unit !== b.charCodeAt(start)) break;
    seen |= unit;
    start++;
  }
  if (seen >= SURROGATE) return guardedShortDistance(a, b);
  const aUnits = aEnd - start;
  const bUnits = bEnd - start;
  if (aUnits === 0) return codePointCount(b, start, bEnd);
  if (bUnits === 0) return codePointCount(a, start, aEnd);
  // Two different units; a lone surrogate is an element of its own, so this holds for them too.
  if (aUnits === 1 && bUnits === 1) return 1;

  let p = a;
  let pEnd = aEnd;
  let t = b;
  let tEnd = bEnd;
  if (aUnits >= bUnits ? aUnits > SHORT_PATTERN_MAX_UNITS : bUnits <= SHORT_PATTERN_MAX_UNITS) {
    p = b;
    pEnd = bEnd;
    t = a;
    tEnd = aEnd;
  }
  if (pEnd - start > SHORT_PATTERN_MAX_UNITS) return NOT_SERVED;

  // The pass of myers_single.hpp, as in `pass` below, inline. Every unit is read from its string
  // once: charCodeAt costs several typed-array loads (it dispatches on the string's
  // representation), and on short pairs these reads are much of the call. So the pattern's units
  // are kept in PATTERN_UNITS as PEQ is set, and PEQ is cleared from there. The score is not
  // tracked per column: the distance is the last column's D[n][m] = m + (+1 deltas) - (-1 deltas).
  const n = pEnd - start;
  for (let i = 0; i < n; i++) {
    const unit = p.charCodeAt(start + i);
    seen |= unit;
    PATTERN_UNITS[i] = unit;
    PEQ[unit] = PEQ[unit]! | (1 << i);
  }
  let VP = -1;
  let VN = 0;
  for (let j = start; j < tEnd; j++) {
    const unit = t.charCodeAt(j);
    seen |= unit;
    const X = PEQ[unit]!;
    const D0 = ((((X & VP) + VP) | 0) ^ VP) | X | VN;
    const HP = VN | ~(D0 | VP);
    const HN = VP & D0;
    const shifted = (HP << 1) | 1;
    VP = (HN << 1) | ~(D0 | shifted);
    VN = shifted & D0;
  }
  for (let i = 0; i < n; i++) PEQ[PATTERN_UNITS[i]!] = 0;
  if (seen >= SURROGATE && holdsSurrogate(p, start, pEnd, t, start, tEnd)) return NOT_SERVED;
  // Bits at and above n are not rows of the pattern (n is 1..32 here).
  const rows = (-1 >>> (SHORT_PATTERN_MAX_UNITS - n)) | 0;
  return tEnd - start + bitCount(VP & rows) - bitCount(VN & rows);
}

/** The number of set bits of a 32-bit word (SWAR, as Hacker's Delight 5-2). */
function bitCount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * shortDistance for pairs whose affixes hold units at or above 0xD800 (non-Latin scripts): the
 * trim that never splits a surrogate pair, then the same pass on the middles.
 */
function guardedShortDistance(a: string, b: string): number {
  trimCommonAffix(a, b);
  const { prefix, suffix } = trimmed;
  const aEnd = a.length - suffix;
  const bEnd = b.length - suffix;
  const aUnits = aEnd - prefix;
  const bUnits = bEnd - prefix;
  if (aUnits === 0) return codePointCount(b, prefix, bEnd);
  if (bUnits === 0) return codePointCount(a, prefix, aEnd);
  if (aUnits === 1 && bUnits === 1) return 1;
  if (aUnits >= bUnits ? aUnits <= SHORT_PATTERN_MAX_UNITS : bUnits > SHORT_PATTERN_MAX_UNITS) {
    return aUnits <= SHORT_PATTERN_MAX_UNITS ? middleDistance(a, aEnd, b, bEnd, prefix) : NOT_SERVED;
  }
  return bUnits <= SHORT_PATTERN_MAX_UNITS ? middleDistance(b, bEnd, a, aEnd, prefix) : NOT_SERVED;
}

/** Op codes as locals of the walk back. */
const INSERT = OpCode.insert;
const DELETE = OpCode.delete;
const REPLACE = OpCode.replace;

/**
 * The canonical script of the middles (see shortDistance) with positions moved past `at` code
 * points of common prefix, or null when the pair is not served here. The pattern is a's middle,
 * as in the core, so the walk back reads the same bits the core's does.
 */
export function shortEditops(a: string, b: string, prefix: number, suffix: number, at: number): Int32Array | null {
  const aEnd = a.length - suffix;
  const bEnd = b.length - suffix;
  const n = aEnd - prefix;
  const m = bEnd - prefix;
  if (n === 0 || n > SHORT_PATTERN_MAX_UNITS || m === 0 || m > SHORT_TEXT_MAX_UNITS) return null;
  const seen = setPattern(a, prefix, aEnd);
  const distance = pass(n, b, prefix, bEnd, true);
  clearPattern(n);
  if ((seen | passSeen) >= SURROGATE && holdsSurrogate(a, prefix, aEnd, b, prefix, bEnd)) return null;
  return walkBack(n, m, distance, at);
}

/** The OR of the units of t[start, end). */
function unitsOr(t: string, start: number, end: number): number {
  let seen = 0;
  for (let i = start; i < end; i++) seen |= t.charCodeAt(i);
  return seen;
}

/**
 * The canonical unit-cost levenshtein script of two strings by code point, for `editops(a, b)`
 * with no options; null when it is not computed here: a unit at or above 0xD800 anywhere (the
 * general path then handles the pair, surrogates included), or a middle of a over 32 units. With
 * no surrogate, positions and lengths in code points are those in units, so the caller's Editops
 * takes a.length and b.length. The same steps as shortDistance, in one function for the same
 * reason; the pass and the walk back are shortEditops'.
 */
export function defaultScript(a: string, b: string): Int32Array | null {
  let aEnd = a.length;
  let bEnd = b.length;
  let seen = 0;
  while (aEnd > 0 && bEnd > 0) {
    const unit = a.charCodeAt(aEnd - 1);
    if (unit !== b.charCodeAt(bEnd - 1)) break;
    seen |= unit;
    aEnd--;
    bEnd--;
  }
  let start = 0;
  const limit = aEnd < bEnd ? aEnd : bEnd;
  while (start < limit) {
    const unit = a.charCodeAt(start);
    if (unit !== b.charCodeAt(start)) break;
    seen |= unit;
    start++;
  }
  const n = aEnd - start;
  const m = bEnd - start;
  if (n === 0 || m === 0 || (n === 1 && m === 1)) {
    seen |= unitsOr(a, start, aEnd) | unitsOr(b, start, bEnd);
    if (seen >= SURROGATE) return null;
    if (n === 0) return m === 0 ? EMPTY_SCRIPT : runOf(INSERT, m, start, 0, 1);
    if (m === 0) return runOf(DELETE, n, start, 1, 0);
    return ops(REPLACE, start, start);
  }
  if (seen >= SURROGATE || n > SHORT_PATTERN_MAX_UNITS || m > SHORT_TEXT_MAX_UNITS) return null;
  seen |= setPattern(a, start, aEnd);
  const distance = pass(n, b, start, bEnd, true);
  clearPattern(n);
  if ((seen | passSeen) >= SURROGATE) return null;
  return walkBack(n, m, distance, start);
}

/** The script of equal strings; never written to (Editops does not mutate its packed ops). */
const EMPTY_SCRIPT = new Int32Array(0);

/**
 * From (n, m) to (0, 0), taking the first move that applies (docs/semantics.md): match, replace
 * (D0_j bit i-1 clear), delete (VP_j bit i-1 set), insert; then deletes down column 0 or inserts
 * along row 0. Every op lowers D by one, so the script has exactly `distance` ops; they are written
 * from the back of the array, so the result is in forward order without a reversal.
 */
function walkBack(n: number, m: number, distance: number, at: number): Int32Array {
  const packed = packedArray(3 * distance);
  let slot = packed.length;
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    if (PATTERN_UNITS[i - 1] === TEXT_UNITS[j - 1]) {
      i--;
      j--;
      continue;
    }
    const bit = 1 << (i - 1);
    const column = 2 * (j - 1);
    if ((COLUMNS[column + 1]! & bit) === 0) {
      packed[--slot] = at + j - 1;
      packed[--slot] = at + i - 1;
      packed[--slot] = REPLACE;
      i--;
      j--;
    } else if ((COLUMNS[column]! & bit) !== 0) {
      packed[--slot] = at + j;
      packed[--slot] = at + i - 1;
      packed[--slot] = DELETE;
      i--;
    } else {
      packed[--slot] = at + j - 1;
      packed[--slot] = at + i;
      packed[--slot] = INSERT;
      j--;
    }
  }
  for (; i > 0; i--) {
    packed[--slot] = at;
    packed[--slot] = at + i - 1;
    packed[--slot] = DELETE;
  }
  for (; j > 0; j--) {
    packed[--slot] = at + j - 1;
    packed[--slot] = at;
    packed[--slot] = INSERT;
  }
  return packed;
}
