import { describe, expect, it } from 'vitest';
import { backend, distance } from './index';

describe('backend() says who answers short inputs', () => {
  it('names the TypeScript short-string kernel and its limits', () => {
    const { shortInputs } = backend();
    expect(shortInputs?.typescript).toEqual({ kernel: 'typescript', metric: 'levenshtein', maxPatternUnits: 32, maxTotalUnits: 128 });
    expect(distance('kitten', 'sitting')).toBe(3);
  });

  it('names the wasm routing only when native is in use unpinned', () => {
    const info = backend();
    if (info.name === 'native' && !info.pinned) expect(info.shortInputs).toMatchObject({ backend: 'wasm', maxTotalUnits: 64 });
    else expect(info.shortInputs?.backend).toBeUndefined();
  });
});
