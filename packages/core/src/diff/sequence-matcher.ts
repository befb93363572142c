/**
 * What the diff algorithm needs to know about two sequences: their lengths, and how long the run
 * of equal elements is from a point forwards or backwards ("snakes", in Myers' terms). Asking for
 * whole runs rather than one comparison at a time lets a matcher compare many lines at once.
 */
export interface SequenceMatcher {
  readonly n: number;
  readonly m: number;
  /**
   * A cheap key per element, the same for equal elements: where keys differ, the elements do,
   * and the search skips the call. (For symbols the key is the symbol.)
   */
  readonly keysA: Int32Array;
  readonly keysB: Int32Array;
  /** The largest k with a[x + i] == b[y + i] for all i < k, x + k <= xEnd, y + k <= yEnd. */
  forward(x: number, y: number, xEnd: number, yEnd: number): number;
  /** The largest k with a[x - 1 - i] == b[y - 1 - i] for all i < k, x - k >= xStart, y - k >= yStart. */
  backward(x: number, y: number, xStart: number, yStart: number): number;
}

/** Sequences of integer symbols (interned tokens, code points). */
export function symbolMatcher(a: Int32Array, b: Int32Array): SequenceMatcher {
  return {
    n: a.length,
    m: b.length,
    keysA: a,
    keysB: b,
    forward(x, y, xEnd, yEnd) {
      let k = 0;
      while (x + k < xEnd && y + k < yEnd && a[x + k] === b[y + k]) k++;
      return k;
    },
    backward(x, y, xStart, yStart) {
      let k = 0;
      while (x - k > xStart && y - k > yStart && a[x - 1 - k] === b[y - 1 - k]) k++;
      return k;
    },
  };
}
