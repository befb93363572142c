/**
 * An edit script as columns, for drawing: each column holds a source element, a destination
 * element or both, and what happened to it. No DOM here, so it is unit-tested in Node.
 *
 * Ops follow editops' convention (docs/semantics.md): forward order, positions in the original
 * sequences, matches not listed. A transposition block [transpose s d], [delete s+t, d+1] for
 * t = 1..x, [insert s+x+1, d+t] for t = 1..y swaps src[s] and src[s+x+1] into dest[d+y+1] and
 * dest[d]; it is drawn as a transpose column, the gap's delete / insert columns, and a closing
 * transpose column.
 */
import type { Editop, EditopType, StringUnit } from '@editops/wasm';

export type Kind = 'equal' | EditopType;

export interface Column {
  readonly kind: Kind;
  readonly src?: string;
  readonly srcPos?: number;
  readonly dest?: string;
  readonly destPos?: number;
}

let segmenter: Intl.Segmenter | undefined;

/** The elements of a string in the unit the library counts positions in. */
export function elementsOf(text: string, unit: StringUnit): string[] {
  if (unit === 'utf16') return text.split('');
  if (unit === 'grapheme') {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return Array.from(segmenter.segment(text), (part) => part.segment);
  }
  return Array.from(text);
}

export function align(ops: readonly Editop[], src: readonly string[], dest: readonly string[]): Column[] {
  const columns: Column[] = [];
  let s = 0;
  let d = 0;
  const take = (kind: Kind, fromSrc: boolean, fromDest: boolean) => {
    const column: { -readonly [K in keyof Column]: Column[K] } = { kind };
    if (fromSrc) {
      if (s >= src.length) throw new Error(`editops playground: the script runs past the source at ${s}`);
      column.src = src[s];
      column.srcPos = s++;
    }
    if (fromDest) {
      if (d >= dest.length) throw new Error(`editops playground: the script runs past the destination at ${d}`);
      column.dest = dest[d];
      column.destPos = d++;
    }
    columns.push(column);
  };
  const matchUntil = (srcPos: number) => {
    while (s < srcPos) take('equal', true, true);
  };
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    matchUntil(op.srcPos);
    if (op.type === 'insert') take('insert', false, true);
    else if (op.type === 'delete') take('delete', true, false);
    else if (op.type === 'replace') take('replace', true, true);
    else {
      const gapDest = d + 1;
      take('transpose', true, true);
      while (ops[i + 1]?.type === 'delete' && ops[i + 1]!.srcPos === s && ops[i + 1]!.destPos === gapDest) {
        take('delete', true, false);
        i++;
      }
      while (ops[i + 1]?.type === 'insert' && ops[i + 1]!.srcPos === s && ops[i + 1]!.destPos === d) {
        take('insert', false, true);
        i++;
      }
      take('transpose', true, true);
    }
  }
  matchUntil(src.length);
  if (d !== dest.length) throw new Error('editops playground: the script does not cover the destination');
  return columns;
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
