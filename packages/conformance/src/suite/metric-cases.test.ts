import { describe, expect, it } from 'vitest';
import type { Sequence } from '@editops/core';
import { backendUnderTest } from '../backend-under-test';
import { metricCases } from '../cases/metrics';
import { oracleDistance, oracleEditops } from '../oracle/metrics';

const { label, api } = backendUnderTest();

/** The elements positions count, for the oracle. */
function elements(value: Sequence, unit: string | undefined): unknown[] {
  if (typeof value !== 'string') return Array.from(value as ArrayLike<unknown>);
  if (unit === 'utf16') return value.split('');
  if (unit === 'grapheme') return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(value), (s) => s.segment);
  return Array.from(value);
}

const plain = (value: Sequence): unknown => (typeof value === 'string' ? value : Array.from(value as ArrayLike<unknown>));

describe(`${label}: hand-checked cases for every metric`, () => {
  it.each(metricCases)('$name', ({ a, b, options, distance, editops }) => {
    const expected = editops.map(([type, srcPos, destPos]) => ({ type, srcPos, destPos }));
    const src = elements(a, options.unit);
    const dest = elements(b, options.unit);
    // The table is checked against the oracle, so a wrong hand-written case cannot hide.
    expect(oracleDistance(src, dest, options)).toBe(distance);
    expect(oracleEditops(src, dest, options)).toEqual(expected);

    expect(api.distance(a, b, options)).toBe(distance);
    const ops = api.editops(a, b, options)!;
    expect(ops.toArray()).toEqual(expected);
    // apply returns the kind of its source; compare elements.
    expect(plain(ops.apply())).toEqual(plain(b));
    expect(plain(ops.inverse().apply())).toEqual(plain(a));
    expect(api.distance(a, b, { ...options, maxDistance: distance })).toBe(distance);
    if (distance > 0) {
      expect(api.distance(a, b, { ...options, maxDistance: distance - 1 })).toBe(distance);
      expect(api.editops(a, b, { ...options, maxDistance: distance - 1 })).toBeNull();
      expect(api.opcodes(a, b, { ...options, maxDistance: distance - 1 })).toBeNull();
    }
  });
});

describe(`${label}: metric-specific rules`, () => {
  it('hamming rejects unequal lengths unless pad is set', () => {
    expect(() => api.distance('abc', 'ab', { metric: 'hamming' })).toThrow(RangeError);
    expect(() => api.editops('abc', 'ab', { metric: 'hamming' })).toThrow(/same length for metric 'hamming', got 3 and 2/);
    expect(api.distance('abc', 'ab', { metric: 'hamming', pad: true })).toBe(1);
  });

  it('lengths count the unit, so hamming compares emoji as one element by default', () => {
    expect(api.distance('a😀', 'ab', { metric: 'hamming' })).toBe(1);
    expect(() => api.distance('a😀', 'ab', { metric: 'hamming', unit: 'utf16' })).toThrow(RangeError);
  });

  it('weights other than 1 are for levenshtein only', () => {
    expect(() => api.distance('a', 'b', { metric: 'osa', weights: { replace: 2 } })).toThrow(RangeError);
  });
});

describe(`${label}: views`, () => {
  it('opcodes match difflib for kitten / sitting', () => {
    expect(api.opcodes('kitten', 'sitting')!.toArray()).toEqual([
      { tag: 'replace', srcStart: 0, srcEnd: 1, destStart: 0, destEnd: 1 },
      { tag: 'equal', srcStart: 1, srcEnd: 4, destStart: 1, destEnd: 4 },
      { tag: 'replace', srcStart: 4, srcEnd: 5, destStart: 4, destEnd: 5 },
      { tag: 'equal', srcStart: 5, srcEnd: 6, destStart: 5, destEnd: 6 },
      { tag: 'insert', srcStart: 6, srcEnd: 6, destStart: 6, destEnd: 7 },
    ]);
    expect(api.editops('kitten', 'sitting')!.toMatchingBlocks()).toEqual([
      { srcPos: 1, destPos: 1, length: 3 },
      { srcPos: 5, destPos: 5, length: 1 },
      { srcPos: 6, destPos: 7, length: 0 },
    ]);
  });

  it('a transposition becomes one replace block, gap included', () => {
    expect(api.opcodes('ca', 'abc', { metric: 'damerau' })!.toArray()).toEqual([
      { tag: 'replace', srcStart: 0, srcEnd: 2, destStart: 0, destEnd: 3 },
    ]);
  });

  it('empty and equal inputs', () => {
    expect(api.opcodes('', '')!.toArray()).toEqual([]);
    expect(api.opcodes('ab', 'ab')!.toArray()).toEqual([{ tag: 'equal', srcStart: 0, srcEnd: 2, destStart: 0, destEnd: 2 }]);
    expect(api.editops('ab', 'ab')!.toMatchingBlocks()).toEqual([{ srcPos: 0, destPos: 0, length: 2 }, { srcPos: 2, destPos: 2, length: 0 }]);
  });

  it('similarity, normalizedDistance and normalizedSimilarity', () => {
    expect(api.similarity('kitten', 'sitting')).toBe(4);
    expect(api.normalizedDistance('kitten', 'sitting')).toBeCloseTo(3 / 7);
    expect(api.normalizedSimilarity('kitten', 'sitting')).toBeCloseTo(4 / 7);
    expect(api.similarity('kitten', 'sitting', { metric: 'indel' })).toBe(13 - 5);
    expect(api.normalizedDistance('', '')).toBe(0);
    expect(api.normalizedSimilarity('', '')).toBe(1);
    expect(api.similarity('kitten', 'sitting', { maxDistance: 2 })).toBe(0);
    expect(api.normalizedDistance('kitten', 'sitting', { maxDistance: 2 })).toBe(1);
    expect(api.normalizedSimilarity('kitten', 'sitting', { maxDistance: 2 })).toBe(0);
    // Weighted: the largest distance is the cheaper of "delete all, insert all" and "replace the overlap".
    expect(api.normalizedDistance('ab', 'cd', { weights: { replace: 3 } })).toBe(1);
  });

  it('apply works on arrays and typed arrays, and inverse undoes', () => {
    const ops = api.editops(new Int32Array([1, 2, 3]), new Int32Array([3, 2, 1]))!;
    expect(ops.apply()).toEqual(new Int32Array([3, 2, 1]));
    expect(ops.inverse().apply()).toEqual(new Int32Array([1, 2, 3]));
    const words = api.editops(['a', 'b'], ['b', 'a'], { metric: 'osa' })!;
    expect(words.apply()).toEqual(['b', 'a']);
  });
});
