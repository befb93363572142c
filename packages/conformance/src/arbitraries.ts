/**
 * fast-check generators shared by the property tests: strings over small alphabets (where edits
 * interact the most), astral Unicode, and longer strings that cross 64-symbol word boundaries.
 */
import fc from 'fast-check';
import type { Sequence } from '@editops/core';

export const smallAlphabetString = (alphabet: string, maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...Array.from(alphabet)), maxLength });

/** Pairs over a few alphabets, from binary to astral. */
export const stringPair: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(smallAlphabetString('ab', 12), smallAlphabetString('ab', 12)),
  fc.tuple(smallAlphabetString('abcd', 20), smallAlphabetString('abcd', 20)),
  fc.tuple(smallAlphabetString('a😀b\0', 16), smallAlphabetString('a😀b\0', 16)),
  fc.tuple(fc.string({ unit: 'binary', maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 10 })),
  fc.tuple(smallAlphabetString('xyz', 150), smallAlphabetString('xyz', 150)),
);

/** A string and a lightly edited copy of it: the similar-text case the banded paths target. */
export const similarPair: fc.Arbitrary<[string, string]> = fc
  .tuple(smallAlphabetString('acgt', 300), fc.array(fc.tuple(fc.nat(), fc.constantFrom('a', 'c', 'g', 't', '')), { maxLength: 8 }))
  .map(([a, edits]) => {
    const chars = Array.from(a);
    for (const [at, replacement] of edits) {
      if (chars.length === 0) chars.push(replacement);
      else chars.splice(at % chars.length, 1, ...(replacement ? [replacement] : []));
    }
    return [a, chars.join('')];
  });

/** Pairs of every sequence kind; lengths stay small because the damerau oracle is O(n^2 m^2). */
export const pairOfKinds = (maxLength: number): fc.Arbitrary<[Sequence, Sequence]> =>
  fc.oneof(
    fc.tuple(smallAlphabetString('ab', maxLength), smallAlphabetString('ab', maxLength)),
    fc.tuple(smallAlphabetString('abc', maxLength), smallAlphabetString('abc', maxLength)),
    fc.tuple(smallAlphabetString('a😀b\0', maxLength), smallAlphabetString('a😀b\0', maxLength)),
    fc.tuple(
      fc.array(fc.constantFrom('the', 'cat', 'sat', 'mat'), { maxLength }),
      fc.array(fc.constantFrom('the', 'cat', 'sat', 'mat'), { maxLength }),
    ),
    fc.tuple(fc.array(fc.integer({ min: -2, max: 2 }), { maxLength }), fc.array(fc.integer({ min: -2, max: 2 }), { maxLength })),
    fc.tuple(
      fc.array(fc.integer({ min: 0, max: 2 }), { maxLength }).map((v) => new Uint8Array(v)),
      fc.array(fc.integer({ min: 0, max: 2 }), { maxLength }).map((v) => new Uint8Array(v)),
    ),
  );
