import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultProcess, type EditopsApi, type ScorerName } from '@editops/core';
import { backendUnderTest } from '../backend-under-test';
import { smallAlphabetString } from '../arbitraries';
import { oracleScores, partialRatioAlignment, type Elements } from '../oracle/fuzzy';

const { label, api } = backendUnderTest();
// The public overloads (scorer options) are on the contract's type.
const typed = api as unknown as EditopsApi;
const codePoints = (s: string): Elements => Array.from(s);
const SCORERS = Object.keys(oracleScores) as ScorerName[];

/** Texts of words over small alphabets (words repeat and overlap), with assorted whitespace. */
const text = fc
  .array(fc.tuple(smallAlphabetString('abcé😀', 5), fc.constantFrom(' ', ' ', '  ', '\t', '\u3000')), { maxLength: 6 })
  .map((parts) => parts.map(([word, space]) => word + space).join(''));
const anyText = fc.oneof(text, smallAlphabetString('ab', 70), smallAlphabetString('abcd', 12));

describe(`${label}: fuzzy scores against the naive oracle`, () => {
  it.each(SCORERS)('%s agrees with the oracle, is symmetric and in [0, 100]', (scorer) => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const got = api[scorer](a, b);
        expect(got).toBeCloseTo(oracleScores[scorer](codePoints(a), codePoints(b)), 9);
        expect(got).toBeGreaterThanOrEqual(0);
        expect(got).toBeLessThanOrEqual(100);
        // Every score is symmetric in RapidFuzz (its tests use symmetric_scorer_tester).
        expect(api[scorer](b, a)).toBe(got);
      }),
      { numRuns: 60 },
    );
  });

  it('WRatio with its own score as the cutoff keeps the score (x / 0.95 rounded above the inner score)', () => {
    // Found by the property below: the inner token_ratio cutoff 21.111111111111118 / 0.95 rounded
    // above the token_ratio of 22.22222222222223 that gives back exactly 21.111111111111118.
    const full = api.WRatio('aaaaa', '\u{1F600} \u00e9a ');
    expect(full).toBeCloseTo(21.1111, 3);
    expect(api.WRatio('aaaaa', '\u{1F600} \u00e9a ', { scoreCutoff: full })).toBe(full);
  });

  it.each(SCORERS)('%s: a score below scoreCutoff is 0, one at or above it unchanged', (scorer) => {
    fc.assert(
      fc.property(anyText, anyText, fc.double({ min: 0, max: 100, noNaN: true }), (a, b, cutoff) => {
        const full = api[scorer](a, b);
        expect(api[scorer](a, b, { scoreCutoff: cutoff })).toBe(full >= cutoff ? full : 0);
        expect(api[scorer](a, b, { scoreCutoff: full })).toBe(full);
        expect(api[scorer](a, b, { scoreCutoff: 101 })).toBe(0);
      }),
      { numRuns: 40 },
    );
  });

  it.each(SCORERS)('%s: the processor is applied to both sides', (scorer) => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const upper = (s: string) => s.toUpperCase();
        expect(api[scorer](a, b, { processor: (s: string) => defaultProcess(upper(s)) })).toBe(api[scorer](defaultProcess(a), defaultProcess(b)));
        expect(api[scorer](a.toUpperCase(), b, { processor: defaultProcess })).toBe(api[scorer](defaultProcess(a), defaultProcess(b)));
      }),
      { numRuns: 30 },
    );
  });

  it('partialRatioAlignment agrees with the oracle over every window (score and window)', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const got = api.partialRatioAlignment(a, b);
        const expected = partialRatioAlignment(codePoints(a), codePoints(b));
        expect(got).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('extract with a scorer ranks by score descending, ties to the lower index, as pairwise calls do', () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 30 }), fc.constantFrom(...SCORERS), fc.integer({ min: 1, max: 8 }), (query, choices, scorer, limit) => {
        const expected = choices
          .map((choice, index) => ({ index, choice, score: api[scorer](query, choice) }))
          .sort((x, y) => y.score - x.score || x.index - y.index)
          .slice(0, limit);
        expect(typed.extract(query, choices, { scorer, limit })).toEqual(expected);
        expect(typed.extract(query, choices, { scorer: api[scorer], limit })).toEqual(expected);
        expect(typed.closest(query, choices, { scorer })).toEqual(expected[0] ?? null);
        const matrix = typed.distanceMatrix([query], choices, { scorer });
        expect(matrix.data).toBeInstanceOf(Float32Array);
        expect(Array.from(matrix.data)).toEqual(choices.map((c) => Math.fround(api[scorer](query, c))));
      }),
      { numRuns: 40 },
    );
  });

  it('extract over a word list (one printable word each, many lengths) ranks as pairwise calls do, cutoffs included', () => {
    // The core's word path: choices rejected by their length gap or their exact distance against
    // the cutoff of the worst match held, four passes interleaved, the rest one at a time; a few
    // choices past printable ASCII (DEL, é, a space) take the other paths in between.
    const word = smallAlphabetString("etaoR'-~", 16).filter((w) => w.length > 0);
    const choice = fc.oneof({ weight: 12, arbitrary: word }, fc.constantFrom('ta\u007f', 'été', 'to a', 'e'));
    const wordScorers = ['ratio', 'QRatio', 'tokenSortRatio', 'tokenSetRatio', 'tokenRatio', 'WRatio'] as const;
    fc.assert(
      fc.property(
        word,
        fc.array(choice, { minLength: 1, maxLength: 70 }),
        fc.constantFrom(...wordScorers),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom(0, 50, 80, 95),
        (query, choices, scorer, limit, scoreCutoff) => {
          const expected = choices
            .map((c, index) => ({ index, choice: c, score: api[scorer](query, c) }))
            .filter((m) => m.score >= scoreCutoff)
            .sort((x, y) => y.score - x.score || x.index - y.index)
            .slice(0, limit);
          expect(typed.extract(query, choices, { scorer, limit, scoreCutoff })).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('rejects bad fuzzy options with errors that name them', () => {
    expect(() => api.ratio('a', 'b', { scoreCutof: 3 } as never)).toThrow(/unknown option 'scoreCutof'.*did you mean 'scoreCutoff'/);
    expect(() => api.ratio('a', 'b', { scoreCutoff: -1 })).toThrow(RangeError);
    expect(() => api.ratio('a', 'b', { scoreCutoff: '50' as never })).toThrow(TypeError);
    expect(() => api.ratio('a', 'b', { processor: 'lower' as never })).toThrow(/options.processor/);
    expect(() => typed.extract('a', ['b'], { scorer: 'Wratio' as never })).toThrow(/did you mean 'WRatio'/);
    expect(() => api.closest('a', ['b'], { scorer: 'ratio', limit: 2 } as never)).toThrow(/unknown option 'limit'/);
  });
});
