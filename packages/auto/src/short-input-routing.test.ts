import { describe, expect, it } from 'vitest';
import type { EditopsApi } from '@editops/core';
import { routeShortInputs } from './short-input-routing';

function tagged(tag: string): EditopsApi {
  const answer = () => tag as never;
  return {
    distance: answer, similarity: answer, normalizedDistance: answer, normalizedSimilarity: answer,
    editops: answer, opcodes: answer, closest: answer, extract: answer, distanceMatrix: answer,
    closestAsync: answer, extractAsync: answer, distanceMatrixAsync: answer,
  };
}

describe('routeShortInputs', () => {
  const api = routeShortInputs(tagged('native'), tagged('wasm'), { backend: 'wasm', maxTotalUnits: 6 });

  it('sends pairs of short strings to the short backend, everything else to the primary', () => {
    expect(api.distance('abc', 'abc')).toBe('wasm');
    expect(api.editops('abc', 'abcd')).toBe('native');
    expect(api.opcodes('ab', 'cd')).toBe('wasm');
    expect(api.normalizedSimilarity('a', 'b')).toBe('wasm');
    expect(api.distance(['a'], ['b'])).toBe('native');
    expect(api.extract('a', ['b'])).toBe('native');
    expect(api.distanceMatrix(['a'], ['b'])).toBe('native');
  });
});
