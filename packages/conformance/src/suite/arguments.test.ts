import { describe, expect, it } from 'vitest';
import { backendUnderTest } from '../backend-under-test';

const { label, api } = backendUnderTest();

const notSequences: unknown[] = [null, undefined, 42, {}, Symbol('s'), 10n, new Float64Array(2), () => 'x'];
const badMaxDistances: Array<[unknown, ErrorConstructor]> = [
  [-1, RangeError],
  [1.5, RangeError],
  [NaN, RangeError],
  [-Infinity, RangeError],
  ['3', TypeError],
  [null, TypeError],
];

describe(`${label}: bad arguments`, () => {
  for (const fn of ['distance', 'editops'] as const) {
    it.each(notSequences.map((value) => [String(typeof value), value]))(`${fn} rejects a non-sequence a (%s)`, (_, value) => {
      expect(() => api[fn](value as string, 'x')).toThrow(TypeError);
      expect(() => api[fn](value as string, 'x')).toThrow(/\ba must be a string, an array of strings, or an array or typed array of integers/);
    });
    it(`${fn} rejects a non-sequence b`, () => {
      expect(() => api[fn]('x', 7 as unknown as string)).toThrow(/\bb must be .*, got the number 7/);
    });
    it(`${fn} rejects a and b of different kinds`, () => {
      expect(() => api[fn]('ab', ['a', 'b'])).toThrow(TypeError);
      expect(() => api[fn]([1, 2], ['a', 'b'])).toThrow(/a and b must be sequences of the same kind/);
    });
    it(`${fn} names a bad element`, () => {
      expect(() => api[fn](['a', 1] as unknown as string[], ['a'])).toThrow(/a\[1\] must be a string/);
      expect(() => api[fn]([1], [2, 2.5])).toThrow(/b\[1\] must be a safe integer/);
    });
    it(`${fn} rejects an unknown metric or unit`, () => {
      expect(() => api[fn]('a', 'b', { metric: 'jaro_winkler' as never })).toThrow(/options\.metric must be one of/);
      expect(() => api[fn]('a', 'b', { unit: 'byte' as never })).toThrow(/options\.unit must be one of/);
    });
    it.each(badMaxDistances)(`${fn} rejects maxDistance %s`, (maxDistance, errorType) => {
      expect(() => api[fn]('a', 'b', { maxDistance: maxDistance as number })).toThrow(errorType);
      expect(() => api[fn]('a', 'b', { maxDistance: maxDistance as number })).toThrow(/options\.maxDistance/);
    });
    it(`${fn} rejects options that are not an object`, () => {
      expect(() => api[fn]('a', 'b', 5 as unknown as object)).toThrow(/options must be an object/);
    });
  }

  it('answers correctly after rejecting bad calls', () => {
    expect(api.distance('kitten', 'sitting')).toBe(3);
    expect(api.editops('kitten', 'sitting')!.length).toBe(3);
  });
});
