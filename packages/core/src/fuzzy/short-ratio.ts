/**
 * ratio and QRatio of short strings, computed in TypeScript.
 *
 * Why in JS: a CPU profile of `ratio` one pair at a time (misspelling pairs, native backend) put
 * about 40% of the time in the napi call and 35% in encoding both strings to code points and
 * clearing the per-call interner, against a few tens of nanoseconds of work. Answered here, a
 * short pair never crosses the bridge (as short-strings.ts does for levenshtein).
 *
 * ratio is the normalized Indel similarity (docs/semantics.md, "Fuzzy matching"):
 * 100 * (1 - d / (n + m)) with d = n + m - 2 * LCS. The LCS comes from the bit-parallel pass of
 * Allison and Dix (1986) in the formulation of Hyyrö (2004), with the pattern in one 32-bit word:
 * S starts all ones; for each text symbol c, U = S & PEQ[c], S = (S + U) | (S - U); the LCS is the
 * number of zero bits among the pattern's bits. The common affix is trimmed first (it is part of
 * every LCS). The score and the cutoff test are the core's (fuzzy/ratio.cpp), in the same double
 * arithmetic, so the answers are the core's; the conformance suite checks that (js-short project).
 *
 * Served: two strings by code point where, after the trim, the shorter middle has at most 32
 * UTF-16 units and the longer at most SHORT_RATIO_TEXT_UNITS, and neither string holds a
 * surrogate (then units are code points).
 */
import { NOT_SERVED as NOT_SERVED_CODE, PEQ as MATCH_VECTORS, SHORT_PATTERN_MAX_UNITS as PATTERN_UNITS } from '../short-strings';

// Read once into module constants: compiled to CommonJS, an import is a property of another
// module's exports object, read on every use in the loops below.
const PEQ = MATCH_VECTORS;
const NOT_SERVED = NOT_SERVED_CODE;
const SHORT_PATTERN_MAX_UNITS = PATTERN_UNITS;

/** The longest text middle served: past it, the core's 64-bit words beat this 32-bit loop. */
export const SHORT_RATIO_TEXT_UNITS = 256;

/** The first UTF-16 unit that is a surrogate. */
const SURROGATE = 0xd800;

function holdsSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xf800) === SURROGATE) return true;
  return false;
}

/** Bits set in a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * ratio(a, b) with `scoreCutoff` (0 below it), or NOT_SERVED. One function on purpose: it is the
 * whole per-call path of ratio on short strings.
 */
export function shortRatio(a: string, b: string, scoreCutoff: number): number {
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
  let p = a;
  let pEnd = aEnd;
  let t = b;
  let tEnd = bEnd;
  if (aEnd > bEnd) {
    p = b;
    pEnd = bEnd;
    t = a;
    tEnd = aEnd;
  }
  const n = pEnd - start;
  if (n > SHORT_PATTERN_MAX_UNITS || tEnd - start > SHORT_RATIO_TEXT_UNITS) return NOT_SERVED;
  let lcs = a.length - aEnd + start;
  if (n > 0) {
    for (let i = start; i < pEnd; i++) {
      const unit = p.charCodeAt(i);
      seen |= unit;
      PEQ[unit] = PEQ[unit]! | (1 << (i - start));
    }
    let S = -1;
    for (let j = start; j < tEnd; j++) {
      const unit = t.charCodeAt(j);
      seen |= unit;
      const U = S & PEQ[unit]!;
      // `| 0` keeps both in int32, wrapping as the core's unsigned words do.
      S = ((S + U) | 0) | ((S - U) | 0);
    }
    for (let i = start; i < pEnd; i++) PEQ[p.charCodeAt(i)] = 0;
    lcs += popcount(~S & (n === 32 ? -1 : (1 << n) - 1));
  } else {
    for (let j = start; j < tEnd; j++) seen |= t.charCodeAt(j);
  }
  if (seen >= SURROGATE && (holdsSurrogate(a) || holdsSurrogate(b))) return NOT_SERVED;
  const lensum = a.length + b.length;
  const score = lensum === 0 ? 100 : (1 - (lensum - 2 * lcs) / lensum) * 100;
  return score >= scoreCutoff ? score : 0;
}

/** QRatio: ratio, but 0 when either string is empty. */
export function shortQRatio(a: string, b: string, scoreCutoff: number): number {
  return a.length === 0 || b.length === 0 ? 0 : shortRatio(a, b, scoreCutoff);
}
