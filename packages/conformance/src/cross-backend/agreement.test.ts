import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApiImplementation } from '@editops/core';
import { loadBackend } from '../backend-under-test';
import { similarPair, stringPair } from '../arbitraries';
import { levenshteinCases } from '../cases/levenshtein';
import { findDisagreement, type LabelledApi } from './find-disagreement';

const native = loadBackend('native');
const wasm = loadBackend('wasm');
// Both loaded in one process: auto resolves with no pin to native, which is what users get.
const auto = loadBackend('auto');
const backends: LabelledApi[] = [native, wasm, auto];

const randomPairs = fc.sample(fc.oneof(stringPair, similarPair), { numRuns: 1500, seed: 20261125 });
const casePairs = levenshteinCases.map(({ a, b }) => [a, b] as const);

describe('every backend gives the same answers', () => {
  it('auto uses native when nothing is pinned', () => {
    expect(auto.engine).toBe('native');
  });

  it('on the hand-checked cases', () => {
    expect(findDisagreement(backends, casePairs)).toBeNull();
  });

  it('on 1500 seeded random pairs', () => {
    expect(findDisagreement(backends, randomPairs)).toBeNull();
  });

  it('on long pairs', () => {
    const long = fc.sample(fc.tuple(fc.string({ unit: 'binary-ascii', minLength: 500, maxLength: 3000 }), fc.string({ unit: 'binary-ascii', minLength: 500, maxLength: 3000 })), { numRuns: 5, seed: 7 });
    expect(findDisagreement(backends, long)).toBeNull();
  });
});

describe('a planted disagreement is caught', () => {
  // wasm with one wrong answer: off by one on a single input that the random pairs contain.
  const [plantedA, plantedB] = randomPairs[42]!;
  const planted: ApiImplementation = {
    ...wasm.api,
    distance: (a, b, options) => wasm.api.distance(a, b, options) + (a === plantedA && b === plantedB ? 1 : 0),
  };

  it('reports the input, the call and every answer', () => {
    const report = findDisagreement([native, { label: 'planted', api: planted }], randomPairs);
    expect(report).not.toBeNull();
    expect(report).toMatchObject({ a: plantedA, b: plantedB, call: 'distance' });
    expect(report!.answers.planted).toBe((report!.answers.native as number) + 1);
    expect(report!.answers).toHaveProperty('planted');
  });
});
