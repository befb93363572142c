/**
 * The length of the common prefix (or suffix) of two stretches of text, compared in chunks that
 * double while they match: equal chunks compare as whole strings (one native comparison), so a
 * long equal stretch costs a few calls rather than one per character.
 */

/** Chunks start this long, and shrink back to single characters near the first difference. */
const FIRST_CHUNK = 32;
const LARGEST_CHUNK = 1 << 20;
const CHARACTER_BY_CHARACTER = 16;

/** The largest k <= limit with a[pa + i] == b[pb + i] for all i < k. */
export function commonPrefixLength(a: string, pa: number, b: string, pb: number, limit: number): number {
  let n = 0;
  let step = FIRST_CHUNK;
  while (n < limit) {
    const len = Math.min(step, limit - n);
    if (len <= CHARACTER_BY_CHARACTER) {
      while (n < limit && a.charCodeAt(pa + n) === b.charCodeAt(pb + n)) n++;
      return n;
    }
    if (a.slice(pa + n, pa + n + len) === b.slice(pb + n, pb + n + len)) {
      n += len;
      step = Math.min(step * 2, LARGEST_CHUNK);
    } else {
      step = len >> 1;
    }
  }
  return n;
}

/** The largest k <= limit with a[pa - 1 - i] == b[pb - 1 - i] for all i < k. */
export function commonSuffixLength(a: string, pa: number, b: string, pb: number, limit: number): number {
  let n = 0;
  let step = FIRST_CHUNK;
  while (n < limit) {
    const len = Math.min(step, limit - n);
    if (len <= CHARACTER_BY_CHARACTER) {
      while (n < limit && a.charCodeAt(pa - 1 - n) === b.charCodeAt(pb - 1 - n)) n++;
      return n;
    }
    if (a.slice(pa - n - len, pa - n) === b.slice(pb - n - len, pb - n)) {
      n += len;
      step = Math.min(step * 2, LARGEST_CHUNK);
    } else {
      step = len >> 1;
    }
  }
  return n;
}
