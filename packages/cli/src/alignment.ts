/**
 * An edit script laid out as an alignment: one column per compared element, in order, each
 * holding the source element, the destination element or both, and what happened to it. Both the
 * aligned view (`editops ops`) and the diffs (`editops diff`) draw from it.
 *
 * Ops follow the library's convention (docs/semantics.md): forward order, positions in the
 * original sequences, matches unlisted. A transposition block is
 *   [transpose s d], [delete s+t, d+1] for t = 1..x, [insert s+x+1, d+t] for t = 1..y
 * (x = y = 0 for osa): src[s] and src[s+x+1] appear swapped as dest[d] and dest[d+y+1]. It becomes
 * a transpose column (src[s] over dest[d]), the gap's delete and insert columns, and a closing
 * transpose column (src[s+x+1] over dest[d+y+1]).
 */
import type { Editop, EditopType } from '@editops/auto';

export type ColumnKind = 'equal' | EditopType;

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

export function align(ops: readonly Editop[], src: readonly string[], dest: readonly string[]): Column[] {
  const columns: Column[] = [];
  let s = 0;
  let d = 0;
  const equalUntil = (srcPos: number, destPos: number) => {
    if (srcPos - s !== destPos - d || srcPos < s) {
      throw new Error(`editops: internal error: the script is not in forward order at (${srcPos}, ${destPos})`);
    }
    while (s < srcPos) columns.push({ kind: 'equal', src: at(src, s++, 'src'), dest: at(dest, d++, 'dest') });
  };
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    equalUntil(op.srcPos, op.destPos);
    switch (op.type) {
      case 'insert':
        columns.push({ kind: 'insert', dest: at(dest, d++, 'dest') });
        break;
      case 'delete':
        columns.push({ kind: 'delete', src: at(src, s++, 'src') });
        break;
      case 'replace':
        columns.push({ kind: 'replace', src: at(src, s++, 'src'), dest: at(dest, d++, 'dest') });
        break;
      case 'transpose': {
        const first = { src: s, dest: d };
        columns.push({ kind: 'transpose', src: at(src, s++, 'src'), dest: at(dest, d++, 'dest') });
        // The gap of a damerau transposition: deletes, then inserts, inside the swapped pair.
        let next = ops[i + 1];
        while (next?.type === 'delete' && next.srcPos === s && next.destPos === first.dest + 1) {
          columns.push({ kind: 'delete', src: at(src, s++, 'src') });
          next = ops[++i + 1];
        }
        while (next?.type === 'insert' && next.srcPos === s && next.destPos === d) {
          columns.push({ kind: 'insert', dest: at(dest, d++, 'dest') });
          next = ops[++i + 1];
        }
        columns.push({ kind: 'transpose', src: at(src, s++, 'src'), dest: at(dest, d++, 'dest') });
        break;
      }
    }
  }
  equalUntil(src.length, dest.length);
  return columns;
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
