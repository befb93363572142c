/**
 * The string path of the fuzzy scores and of search: strings by code point (or UTF-16 unit) go to
 * the core as UTF-16 units and are decoded there, short ratio pairs are answered in TypeScript
 * (core's fuzzy/short-ratio.ts). Every answer must be the one the symbol path gives: the same
 * strings as arrays of one-character tokens are encoded in JS and take the symbol entry points.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EditopsApi, SearchMatch } from '@editops/core';
import { backendUnderTest } from '../backend-under-test';
import { smallAlphabetString } from '../arbitraries';
import { oracleSearch, type OracleSearchOptions } from '../oracle/search';

const { label, api } = backendUnderTest();
const typed = api as unknown as EditopsApi;
const tokens = (s: string): string[] => Array.from(s);
const units = (s: string): string[] => s.split('');
const plain = (matches: readonly SearchMatch[]) => matches.map((m) => ({ start: m.start, end: m.end, distance: m.distance, editops: m.editops.toArray() }));

/** Strings with a common prefix and suffix around two middles, astral and lone surrogates among them, short and past 32 and 256 units. */
const alphabet = 'ab\u00e9\u{1F600}';
const affixed = (maxMiddle: number): fc.Arbitrary<[string, string]> =>
  fc
    .tuple(smallAlphabetString(alphabet, 12), smallAlphabetString(alphabet, maxMiddle), smallAlphabetString(alphabet, maxMiddle), smallAlphabetString(alphabet, 12))
    .map(([prefix, x, y, suffix]) => [prefix + x + suffix, prefix + y + suffix]);
const scorePairs = fc.oneof(
  affixed(20),
  affixed(40),
  fc.tuple(smallAlphabetString('abcdefgh', 300), smallAlphabetString('abcdefgh', 40)),
  fc.tuple(smallAlphabetString('ab', 33), smallAlphabetString('ab', 33)),
  fc.tuple(fc.constantFrom('', 'a', '\ud83d', '\ude00x', 'a\ud83d\ude00'), smallAlphabetString('a\ud83d\ude00', 6)),
);

describe(`${label}: fuzzy scores on the string path`, () => {
  it.each(['ratio', 'QRatio', 'partialRatio', 'WRatio', 'tokenSortRatio'] as const)('%s on strings is %s on the same code points as tokens, with and without a cutoff', (scorer) => {
    fc.assert(
      fc.property(scorePairs, fc.double({ min: 0, max: 100, noNaN: true }), ([a, b], cutoff) => {
        const expected = typed[scorer](tokens(a), tokens(b));
        expect(typed[scorer](a, b)).toBe(expected);
        expect(typed[scorer](b, a)).toBe(typed[scorer](tokens(b), tokens(a)));
        expect(typed[scorer](a, b, { scoreCutoff: cutoff })).toBe(typed[scorer](tokens(a), tokens(b), { scoreCutoff: cutoff }));
      }),
      { numRuns: scorer === 'ratio' || scorer === 'QRatio' ? 300 : 80 },
    );
  });

  it('ratio: hand-checked pairs (RapidFuzz: ratio("this is a test", "this is a test!") is 96.55...)', () => {
    expect(typed.ratio('this is a test', 'this is a test!')).toBeCloseTo(96.551724, 5);
    expect(typed.ratio('', '')).toBe(100);
    expect(typed.QRatio('', '')).toBe(0);
    expect(typed.ratio('a', '')).toBe(0);
    // By code point: one astral character against another is one replaced element of two.
    expect(typed.ratio('\u{1F600}', '\u{1F603}')).toBe(0);
    expect(typed.ratio('a\u{1F600}', 'a\u{1F603}')).toBe(50);
    expect(typed.ratio('a\u{1F600}', 'a\u{1F603}', { unit: 'utf16' })).toBeCloseTo(66.666667, 5);
  });
});

describe(`${label}: search on the string path`, () => {
  const options = fc.record({
    maxDistance: fc.integer({ min: 0, max: 3 }),
    mode: fc.constantFrom('infix' as const, 'prefix' as const),
    metric: fc.constantFrom('levenshtein' as const, 'indel' as const),
  });

  it("unit 'utf16' and lone surrogates agree with the oracle over UTF-16 units / code points", () => {
    fc.assert(
      fc.property(smallAlphabetString('a\ud83d\ude00', 4), smallAlphabetString('a\ud83d\ude00b', 16), options, (pattern, text, o) => {
        expect(plain(api.search(pattern, text, { ...o, unit: 'utf16' }))).toEqual(oracleSearch(units(pattern), units(text), o as OracleSearchOptions));
        expect(plain(api.search(pattern, text, o))).toEqual(oracleSearch(tokens(pattern), tokens(text), o as OracleSearchOptions));
      }),
      { numRuns: 150 },
    );
  });

  it('a long text (astral characters across the core decoding blocks) gives the answers of its code points as tokens', async () => {
    // 40,000 units: the core decodes a fed text in blocks of 16,384 units and must never cut a
    // surrogate pair between two blocks; the wasm backend writes long texts natively.
    const piece = 'abc\u{1F600}d';
    const text = piece.repeat(8000) + 'xyz';
    for (const [pattern, maxDistance] of [['c\u{1F600}dab', 1], ['\u{1F600}da', 0], ['zzz', 1]] as const) {
      const byString = plain(api.search(pattern, text, { maxDistance, limit: 20000 }));
      expect(byString).toEqual(plain(api.search(tokens(pattern), tokens(text), { maxDistance, limit: 20000 })));
      expect(plain(await api.searchAsync(pattern, text, { maxDistance, limit: 20000 }))).toEqual(byString);
      const best = api.searchBest(pattern, text, { maxDistance });
      const bestTokens = api.searchBest(tokens(pattern), tokens(text), { maxDistance });
      expect(best?.ends).toEqual(bestTokens?.ends);
      expect(best?.distance).toBe(bestTokens?.distance);
    }
    expect(api.search('\u{1F600}', text, { maxDistance: 0, limit: 3 }).map((m) => [m.start, m.end, m.editops.apply()])).toEqual([
      [3, 4, '\u{1F600}'],
      [8, 9, '\u{1F600}'],
      [13, 14, '\u{1F600}'],
    ]);
  });
});
