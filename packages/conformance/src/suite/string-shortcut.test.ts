/**
 * Short string pairs take a shortcut in @editops/core (string-shortcut.ts): the common affixes are
 * trimmed in JS, trivial middles are answered there, and the rest cross to the kernel without the
 * affixes. Code point arrays never take it; they always go to the kernel whole. So for every pair,
 * the string call must equal the same call on code point arrays: same distance, same script, same
 * lengths. The pairs are built as prefix + middle + suffix, so that most of them are short pairs
 * with shared affixes, including astral characters and lone surrogates at the borders.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DistanceOptions, Editops, Metric } from '@editops/core';
import { backendUnderTest } from '../backend-under-test';
import { smallAlphabetString } from '../arbitraries';

const { label, api } = backendUnderTest();

const codePoints = (text: string): number[] => Array.from(text, (c) => c.codePointAt(0)!);

/**
 * Units that make the surrogate handling matter: a pair, its halves alone, and plain letters. (An
 * array, not a string: Array.from would glue the two halves back into the pair.)
 */
const tricky = fc.string({ unit: fc.constantFrom('a', 'b', 'x', '😀', '\ud83d', '\ude00'), maxLength: 6 });
const middle = smallAlphabetString('abcxy', 3);

/** prefix + middle + suffix, twice, with the same affixes: the shape of real short pairs. */
const affixedPair: fc.Arbitrary<[string, string]> = fc
  .tuple(tricky, middle, middle, tricky)
  .map(([prefix, x, y, suffix]) => [prefix + x + suffix, prefix + y + suffix]);

/**
 * Shapes of the TS short-string kernel's paths (short-strings.ts): unrelated words (nothing to
 * trim: the whole-string pass), middles on either side of its 32-unit word, and non-Latin text
 * whose units OR up past 0xD800 without being surrogates (the exact surrogate check).
 */
const word = (alphabet: string, maxLength: number) => smallAlphabetString(alphabet, maxLength);
const kernelShapes: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(word('abcdefghij', 14), word('klmnopqrst', 14)),
  fc.tuple(word('abcdefgh', 45), word('abcdefgh', 45)),
  fc.tuple(word('ab', 70), word('ab', 20)),
  fc.tuple(word('中文字符漢', 20), word('中文字漢😀', 20)),
  fc.tuple(tricky, middle, middle, tricky).map(([prefix, x, y, suffix]) => [prefix + x + '中', '中' + prefix + y + suffix] as [string, string]),
);

const pairs = fc.oneof(affixedPair, fc.tuple(tricky, tricky), fc.tuple(smallAlphabetString('abc', 40), smallAlphabetString('abc', 40)), kernelShapes);

const optionsFor = (metric: Metric, cutoff: number | undefined, weights: [number, number, number] | undefined): DistanceOptions => ({
  metric,
  ...(cutoff === undefined ? {} : { maxDistance: cutoff }),
  ...(weights === undefined || metric !== 'levenshtein' ? {} : { weights: { insert: weights[0], delete: weights[1], replace: weights[2] } }),
});

const scriptOf = (script: Editops | null) =>
  script && { packed: Array.from(script.packed), srcLength: script.srcLength, destLength: script.destLength };

const metrics: Metric[] = ['levenshtein', 'osa', 'damerau', 'indel'];
const weights = fc.option(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 5 })), { nil: undefined });
const cutoff = fc.option(fc.nat(4), { nil: undefined });

describe(`${label}: short strings answer exactly as code point arrays do`, () => {
  it.each(metrics)('%s: distance and editops', (metric) => {
    fc.assert(
      fc.property(pairs, cutoff, weights, ([a, b], maxDistance, costs) => {
        const options = optionsFor(metric, maxDistance, costs);
        expect(api.distance(a, b, options)).toBe(api.distance(codePoints(a), codePoints(b), options));
        expect(scriptOf(api.editops(a, b, options))).toEqual(scriptOf(api.editops(codePoints(a), codePoints(b), options)));
      }),
      { numRuns: 400 },
    );
  });

  it('with no options at all (the shortest path of distance and editops)', () => {
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        expect(api.distance(a, b)).toBe(api.distance(codePoints(a), codePoints(b)));
        expect(scriptOf(api.editops(a, b))).toEqual(scriptOf(api.editops(codePoints(a), codePoints(b))));
      }),
      { numRuns: 1500 },
    );
  });

  it('answers the trivial shapes of real typos without changing them', () => {
    // One side empty after the trim, one code point each, two each (a swap, or not).
    const cases: Array<[string, string]> = [
      ['abandonned', 'abandoned'],
      ['acheive', 'achieve'],
      ['recieve', 'receive'],
      ['seperate', 'separate'],
      ['😀a😀', '😀b😀'],
      ['a\ud83d', 'a\ud83d\ude00'],
      ['', ''],
    ];
    for (const metric of metrics) {
      for (const [a, b] of cases) {
        expect(api.distance(a, b, { metric })).toBe(api.distance(codePoints(a), codePoints(b), { metric }));
        expect(scriptOf(api.editops(a, b, { metric }))).toEqual(scriptOf(api.editops(codePoints(a), codePoints(b), { metric })));
      }
    }
  });
});
