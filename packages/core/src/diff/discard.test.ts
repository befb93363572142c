import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWithDiscards } from './discard';
import { symbolMatcher } from './sequence-matcher';
import { lcsLength } from './test-oracles';

const kept = (values: Int32Array, changed: Uint8Array) => Array.from(values).filter((_, i) => changed[i] === 0);

/** Symbols 0..3 shared by both sides, mixed with symbols only one side has (which can never match). */
const sequence = (own: number) =>
  fc
    .array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: own, max: own + 100_000 })), { minLength: 200, maxLength: 500 })
    .map((values) => Int32Array.from(values));

describe('diffWithDiscards', () => {
  it('sets aside what cannot match and still keeps a longest common subsequence', () => {
    fc.assert(
      fc.property(sequence(1_000), sequence(200_000), (a, b) => {
        const { deleted, inserted } = diffWithDiscards(symbolMatcher(a, b));
        const keptA = kept(a, deleted);
        expect(kept(b, inserted)).toEqual(keptA);
        expect(keptA.length).toBe(lcsLength(Array.from(a), Array.from(b)));
      }),
      { numRuns: 40 },
    );
  });

  it('answers two inputs with nothing in common in one pass', () => {
    const a = Int32Array.from({ length: 1_000_000 }, (_, i) => i);
    const b = Int32Array.from({ length: 1_000_000 }, (_, i) => -1 - i);
    const started = performance.now();
    const { deleted, inserted } = diffWithDiscards(symbolMatcher(a, b));
    expect(deleted.every((flag) => flag === 1) && inserted.every((flag) => flag === 1)).toBe(true);
    // Without discards, Myers' search takes about (N + M) * sqrt(N + M) steps here: minutes.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
