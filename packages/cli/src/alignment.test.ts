import { Editops, type Editop } from '@editops/auto';
import { describe, expect, it } from 'vitest';
import { columnsOf, countKinds, runs, type Column } from './alignment';

const op = (type: Editop['type'], srcPos: number, destPos: number): Editop => ({ type, srcPos, destPos });
/** Op codes of the packed layout (Editops.packed: [op, srcPos, destPos] per op). */
const OP_CODES: readonly Editop['type'][] = ['insert', 'delete', 'replace', 'transpose'];
/** The columns the commands draw for a hand-written script, through the library's alignment view. */
const align = (ops: readonly Editop[], src: string[], dest: string[]): Column[] => {
  const packed = Int32Array.from(ops.flatMap((o) => [OP_CODES.indexOf(o.type), o.srcPos, o.destPos]));
  return columnsOf(new Editops(packed, src, src.length, dest, dest.length, 'codepoint').toAlignment(), src, dest);
};
const chars = (s: string) => Array.from(s);
const kinds = (columns: Column[]) => columns.map((c) => c.kind[0]).join('');

describe('columnsOf(toAlignment())', () => {
  it('lays kitten / sitting out as columns', () => {
    const columns = align([op('replace', 0, 0), op('replace', 4, 4), op('insert', 6, 6)], chars('kitten'), chars('sitting'));
    expect(kinds(columns)).toBe('reeerei');
    expect(columns[0]).toEqual({ kind: 'replace', src: 'k', dest: 's' });
    expect(columns[6]).toEqual({ kind: 'insert', dest: 'g' });
  });

  it('keeps deletions and insertions on their own side', () => {
    const columns = align([op('delete', 1, 1), op('insert', 3, 2)], chars('abcd'), chars('acxd'));
    expect(columns).toEqual([
      { kind: 'equal', src: 'a', dest: 'a' },
      { kind: 'delete', src: 'b' },
      { kind: 'equal', src: 'c', dest: 'c' },
      { kind: 'insert', dest: 'x' },
      { kind: 'equal', src: 'd', dest: 'd' },
    ]);
  });

  it('spells an adjacent transposition as two transpose columns', () => {
    const columns = align([op('transpose', 1, 1)], chars('abcd'), chars('acbd'));
    expect(kinds(columns)).toBe('ette');
    expect(columns[1]).toEqual({ kind: 'transpose', src: 'b', dest: 'c' });
    expect(columns[2]).toEqual({ kind: 'transpose', src: 'c', dest: 'b' });
  });

  it('puts the gap of a damerau transposition between the swapped pair', () => {
    // "axyb" -> "bza": a and b swap; x, y deleted and z inserted between them.
    const ops = [op('transpose', 0, 0), op('delete', 1, 1), op('delete', 2, 1), op('insert', 3, 1)];
    const columns = align(ops, chars('axyb'), chars('bza'));
    expect(columns).toEqual([
      { kind: 'transpose', src: 'a', dest: 'b' },
      { kind: 'delete', src: 'x' },
      { kind: 'delete', src: 'y' },
      { kind: 'insert', dest: 'z' },
      { kind: 'transpose', src: 'b', dest: 'a' },
    ]);
  });

  it('does not take a later, independent delete into a transposition', () => {
    const columns = align([op('transpose', 0, 0), op('delete', 2, 2)], chars('abc'), chars('ba'));
    expect(kinds(columns)).toBe('ttd');
  });

  it('rejects a script that does not fit the sequences', () => {
    expect(() => align([op('replace', 5, 5)], chars('ab'), chars('cd'))).toThrow(/does not fit/);
    expect(() => columnsOf([{ kind: 'equal', srcPos: 0, destPos: 0 }], chars('a'), [])).toThrow(/internal error/);
  });
});

describe('runs / countKinds', () => {
  it('merges consecutive columns of one kind', () => {
    const columns = align([op('replace', 0, 0), op('replace', 1, 1), op('insert', 3, 3)], chars('abc'), chars('xyc!'));
    expect(runs(columns)).toEqual([
      { kind: 'replace', src: ['a', 'b'], dest: ['x', 'y'] },
      { kind: 'equal', src: ['c'], dest: ['c'] },
      { kind: 'insert', src: [], dest: ['!'] },
    ]);
    expect(countKinds([op('replace', 0, 0), op('transpose', 1, 1)])).toEqual({ insert: 0, delete: 0, replace: 1, transpose: 1 });
  });
});
