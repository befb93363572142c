import { describe, expect, it } from 'vitest';
import { DEFAULT_KERNEL_OPTIONS, KERNEL_ABI_VERSION, type Kernel } from '@editops/core';
import { routeShortInputs } from './short-input-routing';

/** A kernel whose every call answers its tag (as a number: 1 native, 2 wasm). */
function tagged(tag: number): Kernel {
  const answer = () => tag as never;
  return {
    name: tag === 1 ? 'native' : 'wasm',
    abiVersion: KERNEL_ABI_VERSION,
    distance: answer, editops: answer, distanceStrings: answer, editopsStrings: answer,
    batch: answer, batchAsync: answer, choiceIndex: answer, openSearch: answer, searchBest: answer, searchBestString: answer,
    fuzzy: { score: answer, scoreStrings: answer, alignment: answer, similarity: answer, extract: answer, matrix: answer, runAsync: answer },
  } as Kernel;
}

describe('routeShortInputs', () => {
  const kernel = routeShortInputs(tagged(1), tagged(2), { backend: 'wasm', maxTotalUnits: 6 });
  const none = [0, 0, DEFAULT_KERNEL_OPTIONS] as const;

  it('sends the string paths of short pairs to the short kernel, everything else to the primary', () => {
    expect(kernel.distanceStrings!('abc', 'abc', ...none)).toBe(2);
    expect(kernel.distanceStrings!('abc', 'abcd', ...none)).toBe(1);
    expect(kernel.editopsStrings!('ab', 'cd', ...none, new Int32Array(2))).toBe(2);
    expect(kernel.editopsStrings!('abcd', 'cde', ...none, new Int32Array(2))).toBe(1);
    expect(kernel.distance(new Uint32Array(1), 1, new Uint32Array(1), 1, DEFAULT_KERNEL_OPTIONS)).toBe(1);
    expect(kernel.batch({} as never)).toBe(1);
    expect(kernel.name).toBe('native');
  });
});
