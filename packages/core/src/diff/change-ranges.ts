/**
 * The changed stretches of a diff, from its per-element flags: each stretch is a run of deleted
 * elements of a and a run of inserted elements of b at the same place, with equal elements
 * before and after. A stretch reads as "delete a[oldStart, oldEnd), then insert b[newStart,
 * newEnd)": deletions always come before insertions.
 */
import type { ChangeFlags } from './myers';

/** Four numbers per changed stretch: oldStart, oldEnd, newStart, newEnd (element indices). */
export type ChangeRanges = Int32Array;

export function changeRanges({ deleted, inserted }: ChangeFlags): ChangeRanges {
  const n = deleted.length;
  const m = inserted.length;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    // Equal elements come in pairs: unchanged a[i] is matched with unchanged b[j].
    while (i < n && j < m && deleted[i] === 0 && inserted[j] === 0) {
      i++;
      j++;
    }
    const oldStart = i;
    const newStart = j;
    while (i < n && deleted[i] === 1) i++;
    while (j < m && inserted[j] === 1) j++;
    if (i === oldStart && j === newStart) break;
    out.push(oldStart, i, newStart, j);
  }
  return Int32Array.from(out);
}
