/**
 * The alignment view: an edit script laid out as columns, one per compared element, covering both
 * sequences in order. A column holds a source position, a destination position or both, and what
 * happened there. Positions, not elements, so it serves every sequence kind; callers index their
 * own elements with them.
 *
 * A transposition block ([transpose s d], its gap's deletes and inserts; see
 * transposition-block.ts and docs/semantics.md) becomes a transpose column (src[s] over dest[d]),
 * the gap's delete columns, its insert columns, and a closing transpose column (src[s+x+1] over
 * dest[d+y+1]).
 */
import { OpCode } from './kernel';
import { readTranspositionBlock } from './transposition-block';

const WIDTH = 3;

/** What happened at one alignment column: an edit op's type, or `equal`. */
export type AlignmentKind = 'equal' | 'insert' | 'delete' | 'replace' | 'transpose';

/** One column of `Editops.toAlignment()`: a source position, a destination position or both. */
export interface AlignmentColumn {
  /** What happened here. */
  readonly kind: AlignmentKind;
  /** Position in the source; absent for an insert column. */
  readonly srcPos?: number;
  /** Position in the destination; absent for a delete column. */
  readonly destPos?: number;
}

/**
 * The columns of a packed script ([op, srcPos, destPos] per op, forward order) over sequences of
 * srcLength and destLength elements. Every src position 0..srcLength-1 appears once, in order, and
 * so does every dest position. Throws a RangeError if the script does not fit the lengths.
 */
export function packedToAlignment(packed: Int32Array, srcLength: number, destLength: number): AlignmentColumn[] {
  const columns: AlignmentColumn[] = [];
  let s = 0;
  let d = 0;
  // Matches are unlisted: the elements before (srcPos, destPos) pair up one to one.
  const equalUntil = (srcPos: number, destPos: number) => {
    if (srcPos < s || srcPos - s !== destPos - d || srcPos > srcLength || destPos > destLength) {
      throw new RangeError(
        `editops: the edit script does not fit sequences of ${srcLength} / ${destLength} elements at (${srcPos}, ${destPos})`,
      );
    }
    while (s < srcPos) columns.push({ kind: 'equal', srcPos: s++, destPos: d++ });
  };
  for (let k = 0; k < packed.length; ) {
    const op = packed[k]!;
    equalUntil(packed[k + 1]!, packed[k + 2]!);
    switch (op) {
      case OpCode.insert:
        columns.push({ kind: 'insert', destPos: d++ });
        k += WIDTH;
        break;
      case OpCode.delete:
        columns.push({ kind: 'delete', srcPos: s++ });
        k += WIDTH;
        break;
      case OpCode.replace:
        columns.push({ kind: 'replace', srcPos: s++, destPos: d++ });
        k += WIDTH;
        break;
      case OpCode.transpose: {
        const block = readTranspositionBlock(packed, k);
        columns.push({ kind: 'transpose', srcPos: s++, destPos: d++ });
        for (let t = 0; t < block.deleted; t++) columns.push({ kind: 'delete', srcPos: s++ });
        for (let t = 0; t < block.inserted; t++) columns.push({ kind: 'insert', destPos: d++ });
        columns.push({ kind: 'transpose', srcPos: s++, destPos: d++ });
        k = block.end;
        break;
      }
      default:
        throw new RangeError(`editops: unknown op code ${op} in the edit script`);
    }
  }
  equalUntil(srcLength, destLength);
  return columns;
}
