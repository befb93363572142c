/**
 * The edit script as the commands draw it: the library's alignment view (`Editops.toAlignment()`,
 * one column per compared element, positions only) with the elements filled in. Both the aligned
 * view (`editops ops`) and the diffs (`editops diff`) draw from it.
 */
import type { AlignmentColumn, AlignmentKind, Editop, EditopType } from '@editops/auto';

export type ColumnKind = AlignmentKind;

export interface Column {
  readonly kind: ColumnKind;
  /** The source element, absent for an insertion. */
  readonly src?: string;
  /** The destination element, absent for a deletion. */
  readonly dest?: string;
}

/** A run of columns of one kind. */
export interface Run {
  readonly kind: ColumnKind;
  readonly src: string[];
  readonly dest: string[];
}

function at(elements: readonly string[], index: number, side: string): string {
  const element = elements[index];
  if (element === undefined) {
    throw new Error(`editops: internal error: the script points past the end of ${side} (${index})`);
  }
  return element;
}

/** The alignment's columns with the elements their positions index. */
export function columnsOf(alignment: readonly AlignmentColumn[], src: readonly string[], dest: readonly string[]): Column[] {
  return alignment.map(({ kind, srcPos, destPos }) => {
    const column: { -readonly [K in keyof Column]: Column[K] } = { kind };
    if (srcPos !== undefined) column.src = at(src, srcPos, 'src');
    if (destPos !== undefined) column.dest = at(dest, destPos, 'dest');
    return column;
  });
}

/** Consecutive columns of one kind, merged. */
export function runs(columns: readonly Column[]): Run[] {
  const result: Run[] = [];
  for (const column of columns) {
    let last = result[result.length - 1];
    if (last?.kind !== column.kind) {
      last = { kind: column.kind, src: [], dest: [] };
      result.push(last);
    }
    if (column.src !== undefined) last.src.push(column.src);
    if (column.dest !== undefined) last.dest.push(column.dest);
  }
  return result;
}

/** How many ops of each kind a script holds (a transposition counts once, its gap ops apart). */
export function countKinds(ops: Iterable<Editop>): Record<EditopType, number> {
  const counts: Record<EditopType, number> = { insert: 0, delete: 0, replace: 0, transpose: 0 };
  for (const op of ops) counts[op.type]++;
  return counts;
}
