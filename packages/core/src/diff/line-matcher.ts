/**
 * Matching the lines of two texts without hashing or copying them. Two lines are equal when their
 * characters (terminator included) are. A run of equal lines is found by comparing the texts
 * themselves from the two lines' starts (commonPrefixLength): line boundaries fall at the same
 * offsets inside an equal stretch, because they are its "\n" characters. Only a last line without
 * "\n" can end inside an equal stretch of the other text, and it is checked on its own.
 */
import { type LineIndex } from './line-index';
import type { SequenceMatcher } from './sequence-matcher';
import { commonPrefixLength, commonSuffixLength } from './text-compare';

/** Lines at most this long compare character by character (no sliced strings to allocate). */
const SHORT_LINE = 256;

function sameLine(a: LineIndex, x: number, b: LineIndex, y: number): boolean {
  const pa = a.starts[x]!;
  const pb = b.starts[y]!;
  const length = a.starts[x + 1]! - pa;
  if (b.starts[y + 1]! - pb !== length) return false;
  if (length <= SHORT_LINE) {
    for (let i = 0; i < length; i++) if (a.text.charCodeAt(pa + i) !== b.text.charCodeAt(pb + i)) return false;
    return true;
  }
  return a.text.slice(pa, pa + length) === b.text.slice(pb, pb + length);
}

/** The largest i in [lo, hi] with starts[i] <= offset (starts is increasing, starts[lo] <= offset). */
function lastStartAtOrBefore(starts: Int32Array, lo: number, hi: number, offset: number): number {
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The smallest i in [lo, hi] with starts[i] >= offset (starts[hi] >= offset). */
function firstStartAtOrAfter(starts: Int32Array, lo: number, hi: number, offset: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A line's key: its length, first and last characters (cheap, and distinct for most lines). */
function lineKeys(lines: LineIndex): Int32Array {
  const keys = new Int32Array(lines.count);
  const { text, starts } = lines;
  for (let i = 0; i < lines.count; i++) {
    const start = starts[i]!;
    const end = starts[i + 1]!;
    const last = end - start >= 2 ? text.charCodeAt(end - 2) : 0;
    keys[i] = Math.imul((end - start) * 0x10001 + text.charCodeAt(start), 31) + last;
  }
  return keys;
}

export function lineMatcher(a: LineIndex, b: LineIndex): SequenceMatcher {
  return {
    n: a.count,
    m: b.count,
    keysA: lineKeys(a),
    keysB: lineKeys(b),
    forward(x, y, xEnd, yEnd) {
      // Most calls are off the diagonal of a match and end at the first line.
      if (x >= xEnd || y >= yEnd || !sameLine(a, x, b, y)) return 0;
      const pa = a.starts[x]!;
      const pb = b.starts[y]!;
      const limit = Math.min(a.starts[xEnd]! - pa, b.starts[yEnd]! - pb);
      const equal = commonPrefixLength(a.text, pa, b.text, pb, limit);
      let k = lastStartAtOrBefore(a.starts, x, Math.min(xEnd, x + (yEnd - y)), pa + equal) - x;
      // The last whole line in the stretch may end without "\n" where the other line goes on.
      while (k > 1 && b.starts[y + k]! - pb !== a.starts[x + k]! - pa) k--;
      return Math.max(k, 1);
    },
    backward(x, y, xStart, yStart) {
      if (x <= xStart || y <= yStart || !sameLine(a, x - 1, b, y - 1)) return 0;
      const pa = a.starts[x]!;
      const pb = b.starts[y]!;
      const limit = Math.min(pa - a.starts[xStart]!, pb - b.starts[yStart]!);
      const equal = commonSuffixLength(a.text, pa, b.text, pb, limit);
      let k = x - firstStartAtOrAfter(a.starts, Math.max(xStart, x - (y - yStart)), x, pa - equal);
      // Going backwards every line ends with the "\n" the stretch started after, except the
      // texts' last lines, which sameLine checked; a line start still has to fall at the same place.
      while (k > 1 && pb - b.starts[y - k]! !== pa - a.starts[x - k]!) k--;
      return Math.max(k, 1);
    },
  };
}
