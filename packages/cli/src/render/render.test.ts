import { Editops, type Editop } from '@editops/auto';
import { describe, expect, it } from 'vitest';
import { columnsOf, type Column } from '../alignment';
import { colors } from '../colors';
import { alignedView, legend } from './aligned';
import { opsList } from './ops-list';

const plain = colors(false);
const colored = colors(true);
const op = (type: Editop['type'], srcPos: number, destPos: number): Editop => ({ type, srcPos, destPos });
const kitten = [op('replace', 0, 0), op('replace', 4, 4), op('insert', 6, 6)];
const chars = (s: string) => Array.from(s);
/** Op codes of the packed layout (Editops.packed: [op, srcPos, destPos] per op). */
const OP_CODES: readonly Editop['type'][] = ['insert', 'delete', 'replace', 'transpose'];
/** The columns the commands draw for a hand-written script, through the library's alignment view. */
const align = (ops: readonly Editop[], src: string[], dest: string[]): Column[] => {
  const packed = Int32Array.from(ops.flatMap((o) => [OP_CODES.indexOf(o.type), o.srcPos, o.destPos]));
  return columnsOf(new Editops(packed, src, src.length, dest, dest.length, 'codepoint').toAlignment(), src, dest);
};

describe('alignedView', () => {
  it('draws source, destination and markers', () => {
    const view = alignedView(align(kitten, chars('kitten'), chars('sitting')), { colors: plain, width: 80, spaced: false });
    expect(view).toEqual(['src  kitten-', 'dest sitting', '     R   R I']);
  });

  it('separates tokens and pads columns to the wider element', () => {
    const columns = align([op('replace', 1, 1)], ['the', 'quick', 'fox'], ['the', 'slow', 'fox']);
    expect(alignedView(columns, { colors: plain, width: 80, spaced: true })).toEqual([
      'src  the quick fox',
      'dest the slow  fox',
      '         R',
    ]);
  });

  it('wraps at the width, and marks a changed space visibly', () => {
    const src = chars('a b'.repeat(10));
    const dest = chars('a_b'.repeat(10));
    const ops = src.flatMap((ch, i) => (ch === ' ' ? [op('replace', i, i)] : []));
    const view = alignedView(align(ops, src, dest), { colors: plain, width: 17, spaced: false });
    expect(view[0]).toBe('src  a\u2423ba\u2423ba\u2423ba\u2423b'); // 12 cells: 17 - the label
    expect(view).toHaveLength(3 * 3 + 2);
    expect(view[3]).toBe('');
  });

  it('colours by kind when colour is on', () => {
    const view = alignedView(align(kitten, chars('kitten'), chars('sitting')), { colors: colored, width: 80, spaced: false });
    expect(view[0]).toContain('\x1b[33mk'); // replace: yellow
    expect(view[1]).toContain('\x1b[32mg'); // insert: green
    expect(legend(plain)).toBe('legend: R replace  I insert  D delete  T transpose');
  });
});

describe('opsList', () => {
  it('names each op with its elements, both pairs for a transposition', () => {
    const ops = [op('transpose', 0, 0), op('delete', 1, 1)];
    expect(opsList(ops, chars('axb'), chars('ba'), plain)).toEqual([
      'transpose src[0] "a", src[2] "b" -> dest[0] "b", dest[1] "a"',
      'delete    src[1] "x"',
    ]);
    expect(opsList(kitten, chars('kitten'), chars('sitting'), plain)[2]).toBe('insert    dest[6] "g" before src[6]');
  });
});
