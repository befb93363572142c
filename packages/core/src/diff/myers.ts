/**
 * Myers' O(ND) difference algorithm in linear space (E. W. Myers, "An O(ND) Difference Algorithm
 * and Its Variations", Algorithmica 1986, section 4b): find the middle snake of an optimal path
 * by searching from both ends at once, then solve the two halves. Memory is O(N + M): two vectors
 * of furthest-reaching points and one "changed" flag per element.
 *
 * Names follow the paper: a has N elements, b has M, a diagonal k holds the points with
 * x - y = k, delta = N - M, and D is the number of inserted plus deleted elements.
 *
 * Each sub-problem is trimmed of its common prefix and suffix first, which always stay matched;
 * the split point is the first overlap of the two searches (forwards on odd delta, backwards on
 * even), scanning diagonals from the highest k down. A sub-problem with one side far shorter
 * than the other is handed to the LCS table (lcs-table.ts), which is cheaper there.
 *
 * Bounded time: when a middle-snake search has run COSTLY steps without the two searches meeting,
 * the furthest point either has reached is taken as the split (GNU diff's heuristic). The result
 * is still a correct diff, but no longer always minimal; it only happens for inputs with more than
 * about 2 * COSTLY changed lines in one stretch.
 */
import { tableFlags, tableIsCheaper } from './lcs-table';
import type { SequenceMatcher } from './sequence-matcher';

/** Changed flags: deleted[i] for a[i], inserted[j] for b[j]. */
export interface ChangeFlags {
  readonly deleted: Uint8Array;
  readonly inserted: Uint8Array;
}

/** The fewest search steps before giving up on a minimal split; grows as sqrt(N + M), as git's xdiff. */
const MIN_COSTLY = 256;

export function costlyBound(n: number, m: number): number {
  return Math.max(MIN_COSTLY, Math.ceil(Math.sqrt(n + m)));
}

/** Larger than any x: the backward search's "not reached". */
const UNREACHED = 0x7fffffff;

interface Split {
  readonly x: number;
  readonly y: number;
}

export function diffFlags(matcher: SequenceMatcher, costly = costlyBound(matcher.n, matcher.m)): ChangeFlags {
  const { n, m, keysA, keysB } = matcher;
  const flags: ChangeFlags = { deleted: new Uint8Array(n), inserted: new Uint8Array(m) };
  // One vector for each direction, indexed by diagonal + offset; shared by every sub-problem.
  // Indexes run over the diagonals [-m - 1, n + 1] of the largest sub-problem.
  const offset = m + 1;
  const forward = new Int32Array(n + m + 3);
  const backward = new Int32Array(n + m + 3);

  const middleSnake = (x0: number, x1: number, y0: number, y1: number): Split => {
    // Coordinates are relative to (x0, y0): x in [0, N], y in [0, M], diagonals k in [-M, N].
    // The caller has trimmed the common prefix and suffix, so the snakes of step 0 are empty.
    const N = x1 - x0;
    const M = y1 - y0;
    const delta = N - M;
    const odd = (delta & 1) !== 0;
    const kMin = -M;
    const kMax = N;
    // The diagonals each search has reached: [fMin, fMax] forwards, [bMin, bMax] backwards.
    let fMin = 0;
    let fMax = 0;
    let bMin = delta;
    let bMax = delta;
    forward[offset] = 0;
    backward[offset + delta] = N;
    for (let d = 1; ; d++) {
      // A forward step: grow the range by one diagonal on each side while it fits the
      // rectangle, seeding the new outside neighbour as unreachable.
      if (fMin > kMin) forward[offset + --fMin - 1] = -1;
      else fMin++;
      if (fMax < kMax) forward[offset + ++fMax + 1] = -1;
      else fMax--;
      for (let k = fMax; k >= fMin; k -= 2) {
        const fromDelete = forward[offset + k - 1]! + 1; // right from diagonal k - 1
        const fromInsert = forward[offset + k + 1]!; // down from diagonal k + 1
        let x = fromInsert > fromDelete ? fromInsert : fromDelete;
        const y = x - k;
        if (x < N && y < M && keysA[x0 + x] === keysB[y0 + y]) x += matcher.forward(x0 + x, y0 + y, x1, y1);
        forward[offset + k] = x;
        if (odd && k >= bMin && k <= bMax && backward[offset + k]! <= x) return { x: x0 + x, y: y0 + x - k };
      }
      // A backward step, the mirror image.
      if (bMin > kMin) backward[offset + --bMin - 1] = UNREACHED;
      else bMin++;
      if (bMax < kMax) backward[offset + ++bMax + 1] = UNREACHED;
      else bMax--;
      for (let k = bMax; k >= bMin; k -= 2) {
        const fromDelete = backward[offset + k + 1]! - 1; // left from diagonal k + 1
        const fromInsert = backward[offset + k - 1]!; // up from diagonal k - 1
        let x = fromInsert < fromDelete ? fromInsert : fromDelete;
        const y = x - k;
        if (x > 0 && y > 0 && keysA[x0 + x - 1] === keysB[y0 + y - 1]) x -= matcher.backward(x0 + x, y0 + y, x0, y0);
        backward[offset + k] = x;
        if (!odd && k >= fMin && k <= fMax && x <= forward[offset + k]!) return { x: x0 + x, y: y0 + x - k };
      }
      if (d >= costly) return furthest();
    }

    // The heuristic split: whichever search has come farther from its own corner (by x + y)
    // gives the split point.
    function furthest(): Split {
      let forwardBest = -1;
      let forwardX = 0;
      for (let k = fMax; k >= fMin; k -= 2) {
        let x = Math.min(forward[offset + k]!, N);
        let y = x - k;
        if (y > M) {
          x = M + k;
          y = M;
        }
        if (x + y > forwardBest) {
          forwardBest = x + y;
          forwardX = x;
        }
      }
      let backwardBest = UNREACHED;
      let backwardX = N;
      for (let k = bMax; k >= bMin; k -= 2) {
        let x = Math.max(backward[offset + k]!, 0);
        let y = x - k;
        if (y < 0) {
          x = k;
          y = 0;
        }
        if (x + y < backwardBest) {
          backwardBest = x + y;
          backwardX = x;
        }
      }
      if (N + M - backwardBest < forwardBest) return { x: x0 + forwardX, y: y0 + forwardBest - forwardX };
      return { x: x0 + backwardX, y: y0 + backwardBest - backwardX };
    }
  };

  // An explicit stack of sub-problems [x0, x1) x [y0, y1) rather than recursion.
  const stack: number[] = [0, n, 0, m];
  while (stack.length > 0) {
    let y1 = stack.pop()!;
    let y0 = stack.pop()!;
    let x1 = stack.pop()!;
    let x0 = stack.pop()!;
    const prefix = matcher.forward(x0, y0, x1, y1);
    x0 += prefix;
    y0 += prefix;
    const suffix = matcher.backward(x1, y1, x0, y0);
    x1 -= suffix;
    y1 -= suffix;
    if (x0 === x1) {
      flags.inserted.fill(1, y0, y1);
    } else if (y0 === y1) {
      flags.deleted.fill(1, x0, x1);
    } else if (tableIsCheaper(x1 - x0, y1 - y0)) {
      tableFlags(matcher, x0, x1, y0, y1, flags);
    } else {
      const split = middleSnake(x0, x1, y0, y1);
      if ((split.x === x0 && split.y === y0) || (split.x === x1 && split.y === y1)) {
        // Cannot happen after trimming (see the module comment); mark the block changed rather
        // than loop forever.
        flags.deleted.fill(1, x0, x1);
        flags.inserted.fill(1, y0, y1);
        continue;
      }
      // The second half is pushed first so the first half is solved first.
      stack.push(split.x, x1, split.y, y1, x0, split.x, y0, split.y);
    }
  }
  return flags;
}
