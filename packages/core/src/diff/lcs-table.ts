/**
 * The textbook LCS table, for sub-problems where one side is much shorter than the other (a file
 * cut to a few lines, jsdiff#239). There Myers' search costs about (N + M) * |N - M|, since that
 * many elements must change, while the table costs N * M: far less when M is small.
 */
import type { ChangeFlags } from './myers';
import type { SequenceMatcher } from './sequence-matcher';

/** The most cells the table may have (2 bytes each). */
const MAX_CELLS = 1 << 23;

/** Whether the table is the cheaper way to solve [x0, x1) x [y0, y1). */
export function tableIsCheaper(N: number, M: number): boolean {
  const cells = (N + 1) * (M + 1);
  return cells <= MAX_CELLS && Math.min(N, M) < 0xffff && N * M < ((N + M) * Math.abs(N - M)) / 2;
}

export function tableFlags(matcher: SequenceMatcher, x0: number, x1: number, y0: number, y1: number, flags: ChangeFlags): void {
  const N = x1 - x0;
  const M = y1 - y0;
  const width = M + 1;
  // table[i * width + j]: the LCS length of a[x0 + i ..) and b[y0 + j ..), filled from the end, so
  // that the walk that marks the changes goes forwards.
  const table = new Uint16Array((N + 1) * width);
  const { keysA, keysB } = matcher;
  const same = (i: number, j: number) =>
    keysA[x0 + i] === keysB[y0 + j] && matcher.forward(x0 + i, y0 + j, x0 + i + 1, y0 + j + 1) === 1;
  for (let i = N - 1; i >= 0; i--) {
    for (let j = M - 1; j >= 0; j--) {
      const here = i * width + j;
      table[here] = same(i, j) ? table[here + width + 1]! + 1 : Math.max(table[here + width]!, table[here + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < N && j < M) {
    const here = i * width + j;
    if (same(i, j) && table[here] === table[here + width + 1]! + 1) {
      i++;
      j++;
    } else if (table[here + width]! >= table[here + 1]!) {
      flags.deleted[x0 + i++] = 1; // a deletion when both ways keep the LCS
    } else {
      flags.inserted[y0 + j++] = 1;
    }
  }
  flags.deleted.fill(1, x0 + i, x1);
  flags.inserted.fill(1, y0 + j, y1);
}
