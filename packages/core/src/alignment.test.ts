import { describe, expect, it } from 'vitest';
import { packedToAlignment, type AlignmentColumn } from './alignment';
import { applyPacked, Editops } from './editops';
import { OpCode } from './kernel';
import type { EditopType } from './types';

type Op = [EditopType, number, number];

const pack = (ops: readonly Op[]) => Int32Array.from(ops.flatMap(([type, s, d]) => [OpCode[type], s, d]));
const align = (ops: readonly Op[], srcLength: number, destLength: number) => packedToAlignment(pack(ops), srcLength, destLength);
const kinds = (columns: readonly AlignmentColumn[]) => columns.map((c) => c.kind[0]).join('');

describe('packedToAlignment', () => {
  it('an empty script is all equal columns', () => {
    expect(align([], 3, 3)).toEqual([
      { kind: 'equal', srcPos: 0, destPos: 0 },
      { kind: 'equal', srcPos: 1, destPos: 1 },
      { kind: 'equal', srcPos: 2, destPos: 2 },
    ]);
  });

  it('empty inputs', () => {
    expect(align([], 0, 0)).toEqual([]);
    expect(align([['insert', 0, 0], ['insert', 0, 1]], 0, 2)).toEqual([
      { kind: 'insert', destPos: 0 },
      { kind: 'insert', destPos: 1 },
    ]);
    expect(align([['delete', 0, 0]], 1, 0)).toEqual([{ kind: 'delete', srcPos: 0 }]);
  });

  it('insert, delete and replace, with positions on their own sides only', () => {
    // kitten -> sitting
    const kitten = align([['replace', 0, 0], ['replace', 4, 4], ['insert', 6, 6]], 6, 7);
    expect(kinds(kitten)).toBe('reeerei');
    expect(kitten[0]).toEqual({ kind: 'replace', srcPos: 0, destPos: 0 });
    expect(kitten[6]).toEqual({ kind: 'insert', destPos: 6 });
    expect(kitten[6]).not.toHaveProperty('srcPos');
    // abcd -> acxd
    expect(align([['delete', 1, 1], ['insert', 3, 2]], 4, 4)).toEqual([
      { kind: 'equal', srcPos: 0, destPos: 0 },
      { kind: 'delete', srcPos: 1 },
      { kind: 'equal', srcPos: 2, destPos: 1 },
      { kind: 'insert', destPos: 2 },
      { kind: 'equal', srcPos: 3, destPos: 3 },
    ]);
  });

  it('an adjacent transposition is two transpose columns', () => {
    // abcd -> acbd
    expect(align([['transpose', 1, 1]], 4, 4)).toEqual([
      { kind: 'equal', srcPos: 0, destPos: 0 },
      { kind: 'transpose', srcPos: 1, destPos: 1 },
      { kind: 'transpose', srcPos: 2, destPos: 2 },
      { kind: 'equal', srcPos: 3, destPos: 3 },
    ]);
  });

  it('puts the gap of a damerau transposition between the swapped pair', () => {
    // 'ca' -> 'abc' under damerau: packed [3,0,0, 0,1,1]; c and a swap, b is inserted between.
    const packed = Int32Array.from([3, 0, 0, 0, 1, 1]);
    expect(packedToAlignment(packed, 2, 3)).toEqual([
      { kind: 'transpose', srcPos: 0, destPos: 0 },
      { kind: 'insert', destPos: 1 },
      { kind: 'transpose', srcPos: 1, destPos: 2 },
    ]);
    // 'axyb' -> 'bza': x and y deleted, z inserted between the swapped a and b.
    expect(align([['transpose', 0, 0], ['delete', 1, 1], ['delete', 2, 1], ['insert', 3, 1]], 4, 3)).toEqual([
      { kind: 'transpose', srcPos: 0, destPos: 0 },
      { kind: 'delete', srcPos: 1 },
      { kind: 'delete', srcPos: 2 },
      { kind: 'insert', destPos: 1 },
      { kind: 'transpose', srcPos: 3, destPos: 2 },
    ]);
  });

  it('does not take a later, independent op into a transposition', () => {
    expect(kinds(align([['transpose', 0, 0], ['delete', 2, 2]], 3, 2))).toBe('ttd');
    expect(kinds(align([['transpose', 0, 0], ['insert', 2, 2]], 2, 3))).toBe('tti');
  });

  it('rejects a script that does not fit the lengths', () => {
    expect(() => align([['replace', 5, 5]], 2, 2)).toThrow(RangeError);
    expect(() => align([['insert', 0, 0]], 0, 0)).toThrow(/does not fit/);
    expect(() => align([['delete', 1, 1], ['delete', 0, 0]], 2, 0)).toThrow(/does not fit/);
    expect(() => align([], 2, 3)).toThrow(/does not fit/);
  });
});

describe('Editops.toAlignment', () => {
  it('uses the script and its lengths', () => {
    const editops = new Editops(pack([['transpose', 0, 0], ['insert', 1, 1]]), 'ca', 2, 'abc', 3, 'codepoint');
    expect(editops.toAlignment()).toEqual(packedToAlignment(editops.packed, 2, 3));
    expect(kinds(editops.toAlignment())).toBe('tit');
    expect(new Editops(new Int32Array(0), '', 0, '', 0, 'codepoint').toAlignment()).toEqual([]);
  });
});

/** mulberry32: a small seeded generator, so failures reproduce. */
function random(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * below);
  };
}

/** A random script in the library's spelling (forward order, damerau gaps), with its lengths. */
function randomScript(next: (below: number) => number): { ops: Op[]; srcLength: number; destLength: number; transpositions: number } {
  const ops: Op[] = [];
  let s = 0;
  let d = 0;
  let transpositions = 0;
  const steps = next(12);
  for (let i = 0; i < steps; i++) {
    const skip = next(3); // matches before the op
    s += skip;
    d += skip;
    switch (next(4)) {
      case 0:
        ops.push(['insert', s, d++]);
        break;
      case 1:
        ops.push(['delete', s++, d]);
        break;
      case 2:
        ops.push(['replace', s++, d++]);
        break;
      default: {
        const x = next(3);
        const y = next(3);
        ops.push(['transpose', s, d]);
        for (let t = 1; t <= x; t++) ops.push(['delete', s + t, d + 1]);
        for (let t = 1; t <= y; t++) ops.push(['insert', s + x + 1, d + t]);
        s += x + 2;
        d += y + 2;
        transpositions++;
      }
    }
  }
  const tail = next(3);
  return { ops, srcLength: s + tail, destLength: d + tail, transpositions };
}

describe('packedToAlignment properties', () => {
  it('enumerates both sequences in order and agrees with applyPacked', () => {
    const next = random(0x5eed);
    for (let run = 0; run < 500; run++) {
      const { ops, srcLength, destLength, transpositions } = randomScript(next);
      const packed = pack(ops);
      const columns = packedToAlignment(packed, srcLength, destLength);
      const context = JSON.stringify({ ops, srcLength, destLength });

      const srcPositions = columns.flatMap((c) => (c.srcPos === undefined ? [] : [c.srcPos]));
      const destPositions = columns.flatMap((c) => (c.destPos === undefined ? [] : [c.destPos]));
      expect(srcPositions, context).toEqual(Array.from({ length: srcLength }, (_, i) => i));
      expect(destPositions, context).toEqual(Array.from({ length: destLength }, (_, i) => i));
      for (const c of columns) {
        expect(c.srcPos === undefined, context).toBe(c.kind === 'insert');
        expect(c.destPos === undefined, context).toBe(c.kind === 'delete');
      }
      // Every op is one column, a transposition two; the rest are matches.
      expect(columns.filter((c) => c.kind !== 'equal').length, context).toBe(ops.length + transpositions);

      // Applying the script gives, column by column, src for a match and dest for an edit.
      const src = Array.from({ length: srcLength }, (_, i) => `s${i}`);
      const dest = Array.from({ length: destLength }, (_, i) => `d${i}`);
      const expected = columns.flatMap((c) => (c.destPos === undefined ? [] : [c.kind === 'equal' ? src[c.srcPos!] : dest[c.destPos]]));
      expect(applyPacked(packed, src, dest), context).toEqual(expected);
    }
  });
});
