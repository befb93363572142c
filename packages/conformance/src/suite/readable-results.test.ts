/**
 * Results print and serialise as what they mean: console.log shows the ops, blocks and matrix
 * rows, not the packed Int32Array; JSON.stringify gives plain arrays.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { backendUnderTest } from '../backend-under-test';

const { label, api } = backendUnderTest();

describe(`${label}: readable results`, () => {
  it('Editops prints its lengths and ops', () => {
    const ops = api.editops('ab', 'ba', { metric: 'osa' });
    const shown = inspect(ops);
    expect(shown).toBe("Editops {\n  srcLength: 2,\n  destLength: 2,\n  ops: [ { type: 'transpose', srcPos: 0, destPos: 0 } ]\n}");
    expect(shown).not.toMatch(/packed|Int32Array/);
    expect(JSON.parse(JSON.stringify(ops))).toEqual([{ type: 'transpose', srcPos: 0, destPos: 0 }]);
  });

  it('Opcodes prints its lengths and blocks', () => {
    const blocks = api.opcodes('ab', 'b')!;
    expect(inspect(blocks, { breakLength: Infinity })).toBe(
      "Opcodes { srcLength: 2, destLength: 1, blocks: [ { tag: 'delete', srcStart: 0, srcEnd: 1, destStart: 0, destEnd: 0 }, { tag: 'equal', srcStart: 1, srcEnd: 2, destStart: 0, destEnd: 1 } ] }",
    );
    expect(JSON.parse(JSON.stringify(blocks))).toEqual(blocks.toArray());
  });

  it('a distance matrix prints and serialises as rows of numbers', () => {
    const matrix = api.distanceMatrix(['ab', 'b'], ['a', 'ab', 'abc']);
    expect(inspect(matrix, { breakLength: Infinity })).toBe('DistanceMatrix { rows: 2, cols: 3, data: [ [ 1, 0, 1 ], [ 1, 1, 2 ] ] }');
    expect(JSON.parse(JSON.stringify(matrix))).toEqual({ rows: 2, cols: 3, data: [1, 0, 1, 1, 1, 2] });
    expect(matrix.data).toBeInstanceOf(Int32Array);
  });

  it('honours the inspect depth, and nests inside other values', () => {
    const ops = api.editops('a', 'b');
    expect(inspect({ result: { deeper: ops } }, { depth: 1 })).toBe('{ result: { deeper: [Editops] } }');
    expect(inspect([ops], { depth: 3, breakLength: Infinity })).toBe("[ Editops { srcLength: 1, destLength: 1, ops: [ { type: 'replace', srcPos: 0, destPos: 0 } ] } ]");
  });
});
