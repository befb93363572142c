/**
 * The edit script as columns, for drawing: the library's alignment view (`Editops.toAlignment()`,
 * one column per compared element, positions only) with the elements filled in. No DOM here, so it
 * is unit-tested in Node.
 */
import { splitString, type AlignmentColumn, type AlignmentKind, type StringUnit } from '@editops/wasm';

export type Kind = AlignmentKind;

export interface Column {
  readonly kind: Kind;
  readonly src?: string;
  readonly srcPos?: number;
  readonly dest?: string;
  readonly destPos?: number;
}

/** The elements of a string in the unit the library counts positions in (the library splits them). */
export function elementsOf(text: string, unit: StringUnit): string[] {
  return splitString(text, unit);
}

/** The alignment's columns with the elements their positions index. */
export function columnsOf(alignment: readonly AlignmentColumn[], src: readonly string[], dest: readonly string[]): Column[] {
  return alignment.map(({ kind, srcPos, destPos }) => {
    const column: { -readonly [K in keyof Column]: Column[K] } = { kind };
    if (srcPos !== undefined) {
      if (srcPos >= src.length) throw new Error(`editops playground: the script runs past the source at ${srcPos}`);
      column.src = src[srcPos];
      column.srcPos = srcPos;
    }
    if (destPos !== undefined) {
      if (destPos >= dest.length) throw new Error(`editops playground: the script runs past the destination at ${destPos}`);
      column.dest = dest[destPos];
      column.destPos = destPos;
    }
    return column;
  });
}

export interface Run {
  readonly kind: Kind;
  readonly src: string;
  readonly dest: string;
}

/** Consecutive columns of one kind, their texts joined: the inline diff's pieces. */
export function runs(columns: readonly Column[]): Run[] {
  const out: { kind: Kind; src: string; dest: string }[] = [];
  for (const column of columns) {
    let last = out[out.length - 1];
    if (last?.kind !== column.kind) out.push((last = { kind: column.kind, src: '', dest: '' }));
    last.src += column.src ?? '';
    last.dest += column.dest ?? '';
  }
  return out;
}
