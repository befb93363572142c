/**
 * Lines that cannot match anything are taken out before the search (after GNU diff's
 * discard_confusing_lines, in its safe form). A line whose key appears nowhere on the other side
 * has no equal there, so it is deleted (or inserted) in every diff; removing it leaves the longest
 * common subsequence unchanged, and the search runs on the rest. Two files with nothing in common
 * then cost one pass instead of Myers' (N + M) * D, and a large edit shrinks to the lines that
 * could still match.
 *
 * Keys are tested in a bitmap indexed by the key's low bits: a collision only keeps a line that
 * could have been discarded. Discarding is skipped when it would remove few lines.
 */
import { diffFlags, type ChangeFlags } from './myers';
import type { SequenceMatcher } from './sequence-matcher';

/** Fewer discardable elements than this: search the whole input as it is. */
const MIN_DISCARDS = 256;

function bitmapBits(size: number): number {
  let bits = 1 << 16;
  while (bits < size * 8 && bits < 1 << 24) bits <<= 1;
  return bits;
}

/** Which elements of `keys` have a key that `other` has too (up to bitmap collisions). */
function matchable(keys: Int32Array, other: Int32Array, present: Uint8Array): Uint8Array {
  const mask = present.length - 1;
  present.fill(0);
  for (let j = 0; j < other.length; j++) present[other[j]! & mask] = 1;
  const out = new Uint8Array(keys.length);
  for (let i = 0; i < keys.length; i++) out[i] = present[keys[i]! & mask]!;
  return out;
}

function keptIndexes(keep: Uint8Array): Int32Array {
  let count = 0;
  for (let i = 0; i < keep.length; i++) count += keep[i]!;
  const out = new Int32Array(count);
  for (let i = 0, k = 0; i < keep.length; i++) if (keep[i]) out[k++] = i;
  return out;
}

/** runs[x]: how many kept elements from x on (forwards) or up to x (backwards) are consecutive originals. */
function consecutiveRuns(ids: Int32Array, forwards: boolean): Int32Array {
  const runs = new Int32Array(ids.length);
  if (forwards) {
    for (let x = ids.length - 1; x >= 0; x--) runs[x] = x + 1 < ids.length && ids[x + 1] === ids[x]! + 1 ? runs[x + 1]! + 1 : 1;
  } else {
    for (let x = 0; x < ids.length; x++) runs[x] = x > 0 && ids[x - 1] === ids[x]! - 1 ? runs[x - 1]! + 1 : 1;
  }
  return runs;
}

/**
 * The kept elements as a matcher of their own. Where kept elements are consecutive in both
 * originals, a snake is asked of `base` for the whole stretch, so its fast comparison of long
 * equal runs still applies.
 */
function keptMatcher(base: SequenceMatcher, idsA: Int32Array, idsB: Int32Array): SequenceMatcher {
  const keysA = idsA.map((i) => base.keysA[i]!);
  const keysB = idsB.map((j) => base.keysB[j]!);
  const aheadA = consecutiveRuns(idsA, true);
  const aheadB = consecutiveRuns(idsB, true);
  const behindA = consecutiveRuns(idsA, false);
  const behindB = consecutiveRuns(idsB, false);
  return {
    n: idsA.length,
    m: idsB.length,
    keysA,
    keysB,
    forward(x, y, xEnd, yEnd) {
      let k = 0;
      while (x + k < xEnd && y + k < yEnd && keysA[x + k] === keysB[y + k]) {
        const len = Math.min(aheadA[x + k]!, aheadB[y + k]!, xEnd - x - k, yEnd - y - k);
        const i = idsA[x + k]!;
        const j = idsB[y + k]!;
        const equal = base.forward(i, j, i + len, j + len);
        k += equal;
        if (equal < len) break;
      }
      return k;
    },
    backward(x, y, xStart, yStart) {
      let k = 0;
      while (x - k > xStart && y - k > yStart && keysA[x - 1 - k] === keysB[y - 1 - k]) {
        const len = Math.min(behindA[x - 1 - k]!, behindB[y - 1 - k]!, x - k - xStart, y - k - yStart);
        const i = idsA[x - 1 - k]! + 1;
        const j = idsB[y - 1 - k]! + 1;
        const equal = base.backward(i, j, i - len, j - len);
        k += equal;
        if (equal < len) break;
      }
      return k;
    },
  };
}

export function diffWithDiscards(matcher: SequenceMatcher): ChangeFlags {
  const { n, m, keysA, keysB } = matcher;
  const present = new Uint8Array(bitmapBits(Math.max(n, m)));
  const keepA = matchable(keysA, keysB, present);
  const keepB = matchable(keysB, keysA, present);
  const idsA = keptIndexes(keepA);
  const idsB = keptIndexes(keepB);
  if (n - idsA.length + (m - idsB.length) < MIN_DISCARDS) return diffFlags(matcher);
  const kept = diffFlags(keptMatcher(matcher, idsA, idsB));
  const flags: ChangeFlags = { deleted: new Uint8Array(n).fill(1), inserted: new Uint8Array(m).fill(1) };
  for (let x = 0; x < idsA.length; x++) flags.deleted[idsA[x]!] = kept.deleted[x]!;
  for (let y = 0; y < idsB.length; y++) flags.inserted[idsB[y]!] = kept.inserted[y]!;
  return flags;
}
