import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeRanges } from './change-ranges';
import { diffFlags } from './myers';
import { symbolMatcher } from './sequence-matcher';
import { lcsLength } from './test-oracles';

/** The elements the diff keeps, from each side, in order. */
function kept(values: Int32Array, changed: Uint8Array): number[] {
  return Array.from(values).filter((_, i) => changed[i] === 0);
}

const symbols = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 40 }).map((values) => Int32Array.from(values));

describe('diffFlags (linear-space Myers)', () => {
  it('keeps a common subsequence, and a longest one', () => {
    fc.assert(
      fc.property(symbols, symbols, (a, b) => {
        const { deleted, inserted } = diffFlags(symbolMatcher(a, b));
        const keptA = kept(a, deleted);
        expect(kept(b, inserted)).toEqual(keptA);
        expect(keptA.length).toBe(lcsLength(Array.from(a), Array.from(b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('still keeps a common subsequence when the bounded-time heuristic cuts the search', () => {
    fc.assert(
      fc.property(symbols, symbols, fc.integer({ min: 1, max: 3 }), (a, b, costly) => {
        const { deleted, inserted } = diffFlags(symbolMatcher(a, b), costly);
        expect(kept(b, inserted)).toEqual(kept(a, deleted));
      }),
      { numRuns: 1000 },
    );
  });

  it('solves lopsided sub-problems (one side far shorter) with the LCS table, also minimal', () => {
    const short = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }).map((values) => Int32Array.from(values));
    const long = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 30, maxLength: 200 }).map((values) => Int32Array.from(values));
    fc.assert(
      fc.property(fc.oneof(fc.tuple(short, long), fc.tuple(long, short)), ([a, b]) => {
        const { deleted, inserted } = diffFlags(symbolMatcher(a, b));
        expect(kept(b, inserted)).toEqual(kept(a, deleted));
        expect(kept(a, deleted).length).toBe(lcsLength(Array.from(a), Array.from(b)));
      }),
      { numRuns: 500 },
    );
    // jsdiff#239: a long file cut short costs a table of N * M cells, not Myers' N * N steps.
    const a = Int32Array.from({ length: 100_000 }, (_, i) => i);
    const b = Int32Array.from([5, 99_999, -1]);
    const { deleted, inserted } = diffFlags(symbolMatcher(a, b));
    expect(kept(a, deleted)).toEqual([5, 99_999]);
    expect(Array.from(inserted)).toEqual([0, 0, 1]);
  });

  it.each([
    ['identical', [1, 2, 3], [1, 2, 3], []],
    ['all new', [], [1, 2], [[0, 0, 0, 2]]],
    ['all gone', [1, 2], [], [[0, 2, 0, 0]]],
    ['one replaced: the delete comes first', [1, 2, 3], [1, 9, 3], [[1, 2, 1, 2]]],
    ['insert into a run of equal elements goes after the common prefix', [5, 5], [5, 5, 5], [[2, 2, 2, 3]]],
  ])('%s', (_, a, b, want) => {
    const ranges = changeRanges(diffFlags(symbolMatcher(Int32Array.from(a), Int32Array.from(b))));
    const got: number[][] = [];
    for (let r = 0; r < ranges.length; r += 4) got.push(Array.from(ranges.subarray(r, r + 4)));
    expect(got).toEqual(want);
  });
});
