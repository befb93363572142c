import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DistanceOptions, Sequence } from '@editops/core';
import { backendUnderTest } from '../backend-under-test';
import { pairOfKinds } from '../arbitraries';
import { applyEditops, isForwardOrder, scriptCost } from '../oracle/apply';
import { oracleDistance, oracleEditops } from '../oracle/metrics';

const { label, api } = backendUnderTest();

const elements = (value: Sequence): unknown[] => (typeof value === 'string' ? Array.from(value) : Array.from(value as ArrayLike<unknown>));

function checkAgainstOracle(a: Sequence, b: Sequence, options: DistanceOptions): void {
  const src = elements(a);
  const dest = elements(b);
  const distance = oracleDistance(src, dest, options);
  expect(api.distance(a, b, options)).toBe(distance);
  const ops = api.editops(a, b, options)!.toArray();
  expect(ops).toEqual(oracleEditops(src, dest, options));
  expect(applyEditops(src, dest, ops)).toEqual(dest);
  expect(scriptCost(ops, options.weights)).toBe(distance);
  expect(isForwardOrder(ops)).toBe(true);
}

const metricOptions: Array<[string, DistanceOptions, number]> = [
  ['levenshtein', { metric: 'levenshtein' }, 14],
  ['osa', { metric: 'osa' }, 14],
  ['damerau', { metric: 'damerau' }, 9],
  ['indel', { metric: 'indel' }, 14],
  ['weighted levenshtein', { weights: { insert: 2, delete: 3, replace: 4 } }, 12],
  ['weighted levenshtein, cheap replace', { weights: { insert: 3, delete: 2, replace: 1 } }, 12],
];

describe.each(metricOptions)(`${label}: %s against the naive oracle`, (_, options, maxLength) => {
  it('equal distance; the canonical script, which applies, costs the distance and runs forward', () => {
    fc.assert(fc.property(pairOfKinds(maxLength), ([a, b]) => checkAgainstOracle(a, b, options)), { numRuns: 250 });
  });

  it('a cutoff clamps the distance and hides only scripts above it', () => {
    fc.assert(
      fc.property(pairOfKinds(maxLength), fc.nat(8), ([a, b], maxDistance) => {
        const distance = oracleDistance(elements(a), elements(b), options);
        expect(api.distance(a, b, { ...options, maxDistance })).toBe(Math.min(distance, maxDistance + 1));
        const ops = api.editops(a, b, { ...options, maxDistance });
        if (distance > maxDistance) expect(ops).toBeNull();
        else expect(ops!.toArray()).toEqual(oracleEditops(elements(a), elements(b), options));
      }),
      { numRuns: 150 },
    );
  });

  it('inverse() turns dest back into src at the same cost', () => {
    fc.assert(
      fc.property(pairOfKinds(maxLength), ([a, b]) => {
        const inverse = api.editops(a, b, options)!.inverse().toArray();
        expect(applyEditops(elements(b), elements(a), inverse)).toEqual(elements(a));
        const swapped = options.weights ? { insert: options.weights.delete, delete: options.weights.insert, replace: options.weights.replace } : undefined;
        expect(scriptCost(inverse, swapped)).toBe(api.distance(a, b, options));
      }),
      { numRuns: 100 },
    );
  });
});

describe(`${label}: hamming against the naive oracle`, () => {
  it('equal lengths, and padded unequal lengths', () => {
    fc.assert(
      fc.property(pairOfKinds(16), ([a, b]) => {
        const src = elements(a);
        const dest = elements(b);
        const options: DistanceOptions = { metric: 'hamming', pad: true };
        expect(api.distance(a, b, options)).toBe(oracleDistance(src, dest, options));
        const ops = api.editops(a, b, options)!.toArray();
        expect(ops).toEqual(oracleEditops(src, dest, options));
        expect(applyEditops(src, dest, ops)).toEqual(dest);
        if (src.length === dest.length) expect(api.distance(a, b, { metric: 'hamming' })).toBe(ops.length);
      }),
      { numRuns: 250 },
    );
  });
});

describe(`${label}: opcodes cover both sequences`, () => {
  it('blocks are contiguous, equal blocks really are equal, and they rebuild dest', () => {
    fc.assert(
      fc.property(pairOfKinds(14), fc.constantFrom<DistanceOptions>({}, { metric: 'osa' }, { metric: 'damerau' }, { metric: 'indel' }), ([a, b], options) => {
        const src = elements(a);
        const dest = elements(b);
        const rebuilt: unknown[] = [];
        let s = 0;
        let d = 0;
        for (const block of api.opcodes(a, b, options)!) {
          expect([block.srcStart, block.destStart]).toEqual([s, d]);
          if (block.tag === 'equal') expect(src.slice(block.srcStart, block.srcEnd)).toEqual(dest.slice(block.destStart, block.destEnd));
          rebuilt.push(...(block.tag === 'equal' ? src.slice(block.srcStart, block.srcEnd) : dest.slice(block.destStart, block.destEnd)));
          s = block.srcEnd;
          d = block.destEnd;
        }
        expect([s, d]).toEqual([src.length, dest.length]);
        expect(rebuilt).toEqual(dest);
      }),
      { numRuns: 200 },
    );
  });
});
