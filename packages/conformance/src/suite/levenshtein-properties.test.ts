import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backendUnderTest } from '../backend-under-test';
import { similarPair, stringPair } from '../arbitraries';
import { applyEditops, isForwardOrder, scriptCost } from '../oracle/apply';
import { levenshteinOracle } from '../oracle/levenshtein';

const { label, api } = backendUnderTest();

function checkPair([a, b]: [string, string]): void {
  const src = Array.from(a);
  const dest = Array.from(b);
  const oracle = levenshteinOracle(src, dest);
  expect(api.distance(a, b)).toBe(oracle.distance);
  const ops = api.editops(a, b)!;
  const array = ops.toArray();
  expect(array).toEqual(oracle.editops);
  expect(applyEditops(src, dest, array).join('')).toBe(b);
  expect(ops.apply()).toBe(b);
  expect(scriptCost(array)).toBe(oracle.distance);
  expect(isForwardOrder(array)).toBe(true);
}

describe(`${label}: levenshtein properties against the naive oracle`, () => {
  it('random pairs: same distance, same canonical script, script applies and costs the distance', () => {
    fc.assert(fc.property(stringPair, (pair) => checkPair(pair)), { numRuns: 400 });
  });

  it('similar pairs', () => {
    fc.assert(fc.property(similarPair, (pair) => checkPair(pair)), { numRuns: 100 });
  });

  it('a cutoff clamps the distance and hides scripts above it, and never changes the script below it', () => {
    fc.assert(
      fc.property(stringPair, fc.nat(20), ([a, b], maxDistance) => {
        const full = levenshteinOracle(Array.from(a), Array.from(b));
        expect(api.distance(a, b, { maxDistance })).toBe(Math.min(full.distance, maxDistance + 1));
        const ops = api.editops(a, b, { maxDistance });
        if (full.distance > maxDistance) expect(ops).toBeNull();
        else expect(ops!.toArray()).toEqual(full.editops);
      }),
      { numRuns: 300 },
    );
  });

  it('distance is symmetric', () => {
    fc.assert(fc.property(stringPair, ([a, b]) => {
      expect(api.distance(a, b)).toBe(api.distance(b, a));
    }), { numRuns: 200 });
  });
});
