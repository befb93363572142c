/**
 * Extract through the choices' index (core's choice-index.ts): from an encoding's second extract
 * on, long lists carry an index by length and symbol signature, and the core walks it instead of
 * the list. The answers must stay those of mapping distance over the choices, for every metric
 * (those the index has no bound for walk the list as before), kind and unit, sync and async, and
 * on the calls before and after the index exists. The kernel must refuse an index that does not
 * belong to the job's choices with a TypeError, never read out of bounds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DistanceOptions, Sequence } from '@editops/core';
import { BatchKind, CHOICE_SIGNATURE_WORDS, DEFAULT_KERNEL_OPTIONS, prepareChoices } from '@editops/core';
import { backendUnderTest } from '../backend-under-test';

const { label, api, kernel } = backendUnderTest();

/** Over core's MIN_INDEXED_CHOICES (4096), so that the index is built. */
const LIST_SIZE = { min: 4200, max: 6000 };

const metricOptions: DistanceOptions[] = [
  {},
  { metric: 'osa' },
  { metric: 'indel' },
  { metric: 'damerau' },
  { weights: { insert: 2, delete: 1, replace: 3 } },
  { maxDistance: 2 },
  { metric: 'indel', maxDistance: 3 },
  { unit: 'utf16' },
];

/** A query and a long list of one kind: misspelling-like variants of the query among random ones. */
function listOf<T>(element: fc.Arbitrary<T>, join: (parts: T[]) => Sequence): fc.Arbitrary<[Sequence, Sequence[]]> {
  const sequence = fc.array(element, { maxLength: 14 });
  return fc.tuple(sequence, fc.array(fc.tuple(fc.nat(9), sequence, fc.nat(), element), { minLength: LIST_SIZE.min, maxLength: LIST_SIZE.max })).map(
    ([query, rows]) => {
      const choices = rows.map(([near, random, at, replacement]) => {
        if (near > 1) return join(random);
        // A near variant: one element of the query replaced, or dropped.
        const parts = [...query];
        if (parts.length > 0) parts.splice(at % parts.length, 1, ...(near === 0 ? [replacement] : []));
        return join(parts);
      });
      return [join(query), choices];
    },
  );
}

const longLists: fc.Arbitrary<[Sequence, Sequence[]]> = fc.oneof(
  listOf(fc.constantFrom(...'abcdefghij'), (parts) => parts.join('')),
  listOf(fc.constantFrom('a', 'b', '😀', 'é', '\0'), (parts) => parts.join('')),
  listOf(fc.constantFrom('the', 'cat', 'sat', 'mat', 'on'), (parts) => parts),
  listOf(fc.integer({ min: -3, max: 70000 }), (parts) => parts),
);

function expectedMatches(query: Sequence, choices: readonly Sequence[], options: DistanceOptions, limit: number) {
  return choices
    .map((choice, index) => ({ index, choice, distance: api.distance(query, choice, { ...options, maxDistance: undefined }) }))
    .filter((match) => options.maxDistance === undefined || match.distance <= options.maxDistance)
    .sort((x, y) => x.distance - y.distance || x.index - y.index)
    .slice(0, limit);
}

describe(`${label}: extract through the choice index equals mapping distance over the choices`, () => {
  it.each(metricOptions.map((options) => [JSON.stringify(options), options] as const))('with %s', async (_, options) => {
    await fc.assert(
      fc.asyncProperty(longLists, fc.integer({ min: 1, max: 20 }), async ([query, choices], limit) => {
        const expected = expectedMatches(query, choices, options, limit);
        const prepared = prepareChoices(choices, { unit: options.unit });
        // The first call walks the list; the second builds the index and walks it; the third reuses it.
        for (let call = 0; call < 3; call++) expect(api.extract(query, prepared, { ...options, limit })).toEqual(expected);
        expect(await api.extractAsync(query, prepared, { ...options, limit, threads: 2 })).toEqual(expected);
        expect(api.closest(query, prepared, options)).toEqual(expected[0] ?? null);
        // A plain array is cached as prepared choices, index included.
        for (let call = 0; call < 2; call++) expect(api.extract(query, choices, { ...options, limit })).toEqual(expected);
      }),
      { numRuns: 3 },
    );
  });
});

describe(`${label}: the kernel checks a job's choice index`, () => {
  // 3 choices: "ab", "", "b", as @editops/core packs them.
  const choices = Uint32Array.of(97, 98, 98);
  const choiceOffsets = Uint32Array.of(0, 2, 2, 3);
  const job = (order: Uint32Array, signatures: Uint32Array) => ({
    kind: BatchKind.extract,
    queries: Uint32Array.of(98),
    queryOffsets: Uint32Array.of(0, 1),
    queryCount: 1,
    choices,
    choiceOffsets,
    choiceCount: 3,
    options: DEFAULT_KERNEL_OPTIONS.slice(),
    limit: 2,
    outIndex: new Int32Array(2),
    outDistance: new Int32Array(2),
    choiceOrder: order,
    choiceSignatures: signatures,
  });

  it('builds an index by length, then by number, and extract answers through it', () => {
    const order = new Uint32Array(3);
    const signatures = new Uint32Array(CHOICE_SIGNATURE_WORDS * 3);
    kernel.choiceIndex(choices, choiceOffsets, 3, order, signatures);
    expect([...order]).toEqual([1, 2, 0]);
    const indexed = job(order, signatures);
    expect(kernel.batch(indexed)).toBe(2);
    expect([...indexed.outIndex]).toEqual([2, 0]);
    expect([...indexed.outDistance]).toEqual([0, 1]);
  });

  it('refuses an index whose order names a choice the list lacks, or whose signatures are short', () => {
    const signatures = new Uint32Array(CHOICE_SIGNATURE_WORDS * 3);
    expect(() => kernel.batch(job(Uint32Array.of(0, 1, 3), signatures))).toThrow(TypeError);
    expect(() => kernel.batch(job(Uint32Array.of(0, 1), signatures))).toThrow(TypeError);
    expect(() => kernel.batch(job(Uint32Array.of(0, 1, 2), new Uint32Array(CHOICE_SIGNATURE_WORDS * 3 - 1)))).toThrow(TypeError);
  });

  it('refuses index arrays too small for the list', () => {
    expect(() => kernel.choiceIndex(choices, choiceOffsets, 3, new Uint32Array(2), new Uint32Array(CHOICE_SIGNATURE_WORDS * 3))).toThrow(TypeError);
    expect(() => kernel.choiceIndex(choices, choiceOffsets, 3, new Uint32Array(3), new Uint32Array(3))).toThrow(TypeError);
    expect(() => kernel.choiceIndex(choices, choiceOffsets, 4, new Uint32Array(4), new Uint32Array(CHOICE_SIGNATURE_WORDS * 4))).toThrow(TypeError);
  });
});
