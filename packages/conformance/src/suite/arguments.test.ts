import { describe, expect, it } from 'vitest';
import { backendUnderTest } from '../backend-under-test';

const { label, api } = backendUnderTest();

const notStrings: unknown[] = [null, undefined, 42, {}, ['a'], Symbol('s'), 10n];
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
    it.each(notStrings.map((value) => [String(typeof value), value]))(`${fn} rejects a non-string a (%s)`, (_, value) => {
      expect(() => api[fn](value as string, 'x')).toThrow(TypeError);
      expect(() => api[fn](value as string, 'x')).toThrow(/\ba must be a string/);
    });
    it(`${fn} rejects a non-string b`, () => {
      expect(() => api[fn]('x', 7 as unknown as string)).toThrow(/\bb must be a string, got the number 7/);
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
