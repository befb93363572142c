import { describe, expect, it } from 'vitest';
import { backendUnderTest } from '../backend-under-test';
import { levenshteinCases, maxDistanceCases } from '../cases/levenshtein';
import { levenshteinOracle } from '../oracle/levenshtein';

const { label, api } = backendUnderTest();

describe(`${label}: hand-checked levenshtein cases`, () => {
  it.each(levenshteinCases)('$name', ({ a, b, distance, editops }) => {
    const expectedOps = editops.map(([type, srcPos, destPos]) => ({ type, srcPos, destPos }));
    // The table is checked against the oracle too, so a wrong hand-written case cannot hide.
    const oracle = levenshteinOracle(Array.from(a), Array.from(b));
    expect(oracle).toEqual({ distance, editops: expectedOps });

    expect(api.distance(a, b)).toBe(distance);
    const ops = api.editops(a, b);
    expect(ops).not.toBeNull();
    expect(ops!.toArray()).toEqual(expectedOps);
    expect(ops!.length).toBe(distance);
    expect(ops!.apply()).toBe(b);
    expect(ops!.apply(a)).toBe(b);
    expect(ops!.srcLength).toBe(Array.from(a).length);
    expect(ops!.destLength).toBe(Array.from(b).length);
  });
});

describe(`${label}: maxDistance`, () => {
  it.each(maxDistanceCases)('$a / $b within $maxDistance', ({ a, b, maxDistance, distance, withinCutoff }) => {
    expect(api.distance(a, b, { maxDistance })).toBe(distance);
    const ops = api.editops(a, b, { maxDistance });
    if (withinCutoff) {
      expect(ops?.toArray()).toEqual(api.editops(a, b)!.toArray());
    } else {
      expect(ops).toBeNull();
    }
  });
});

describe(`${label}: the Editops view`, () => {
  const ops = api.editops('kitten', 'sitting')!;

  it('indexes, iterates and serialises the same ops', () => {
    const array = ops.toArray();
    expect([...ops]).toEqual(array);
    expect(ops.at(0)).toEqual(array[0]);
    expect(ops.at(-1)).toEqual(array[array.length - 1]);
    expect(ops.at(ops.length)).toBeUndefined();
    expect(JSON.parse(JSON.stringify(ops))).toEqual(array);
  });

  it('rejects a source of the wrong kind or length', () => {
    expect(() => ops.apply(42 as unknown as string)).toThrow(TypeError);
    expect(() => ops.apply('kit')).toThrow(RangeError);
  });
});
