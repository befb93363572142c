import { Editops, type Editop } from '@editops/wasm';
import { describe, expect, it } from 'vitest';
import { columnsOf, elementsOf, runs, type Column } from './alignment';

const op = (type: Editop['type'], srcPos: number, destPos: number): Editop => ({ type, srcPos, destPos });
/** Op codes of the packed layout (Editops.packed: [op, srcPos, destPos] per op). */
const OP_CODES: readonly Editop['type'][] = ['insert', 'delete', 'replace', 'transpose'];
/** The columns the page draws for a hand-written script, through the library's alignment view. */
const align = (ops: readonly Editop[], src: string[], dest: string[]): Column[] => {
  const packed = Int32Array.from(ops.flatMap((o) => [OP_CODES.indexOf(o.type), o.srcPos, o.destPos]));
  return columnsOf(new Editops(packed, src, src.length, dest, dest.length, 'codepoint').toAlignment(), src, dest);
};
const kinds = (a: string, b: string, ops: Editop[]) =>
  align(ops, Array.from(a), Array.from(b))
    .map((c) => c.kind[0])
    .join('');

describe('columnsOf(toAlignment())', () => {
  it('kitten / sitting', () => {
    const ops = [op('replace', 0, 0), op('replace', 4, 4), op('insert', 6, 6)];
    expect(kinds('kitten', 'sitting', ops)).toBe('reeerei');
    expect(align(ops, Array.from('kitten'), Array.from('sitting'))[6]).toEqual({ kind: 'insert', dest: 'g', destPos: 6 });
  });

  it('an adjacent transposition and a gapped one', () => {
    expect(kinds('abcd', 'acbd', [op('transpose', 1, 1)])).toBe('ette');
    const gapped = [op('transpose', 0, 0), op('delete', 1, 1), op('insert', 2, 1)];
    expect(align(gapped, Array.from('axb'), Array.from('bya'))).toEqual([
      { kind: 'transpose', src: 'a', srcPos: 0, dest: 'b', destPos: 0 },
      { kind: 'delete', src: 'x', srcPos: 1 },
      { kind: 'insert', dest: 'y', destPos: 1 },
      { kind: 'transpose', src: 'b', srcPos: 2, dest: 'a', destPos: 2 },
    ]);
  });

  it('rejects a script that does not fit', () => {
    expect(() => align([op('insert', 0, 0)], [], [])).toThrow(/does not fit/);
    expect(() => columnsOf([{ kind: 'insert', destPos: 0 }], [], [])).toThrow(/past the destination/);
  });
});

describe('runs / elementsOf', () => {
  it('merges columns of one kind', () => {
    const columns = align([op('delete', 0, 0), op('delete', 1, 0)], Array.from('xyab'), Array.from('ab'));
    expect(runs(columns)).toEqual([
      { kind: 'delete', src: 'xy', dest: '' },
      { kind: 'equal', src: 'ab', dest: 'ab' },
    ]);
  });

  it('splits by unit', () => {
    expect(elementsOf('a😀', 'codepoint')).toEqual(['a', '😀']);
    expect(elementsOf('a😀', 'utf16')).toHaveLength(3);
    expect(elementsOf('e\u0301x', 'grapheme')).toEqual(['e\u0301', 'x']);
  });
});
