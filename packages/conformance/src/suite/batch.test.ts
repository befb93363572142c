import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DistanceOptions, Sequence } from '@editops/core';
import { prepareChoices } from '@editops/core';
import { backendUnderTest } from '../backend-under-test';
import { smallAlphabetString } from '../arbitraries';

const { label, api } = backendUnderTest();

const metricOptions: DistanceOptions[] = [
  {},
  { metric: 'osa' },
  { metric: 'damerau' },
  { metric: 'indel' },
  { metric: 'hamming', pad: true },
  { weights: { insert: 2, delete: 1, replace: 3 } },
  { maxDistance: 2 },
  { metric: 'osa', maxDistance: 1 },
  { unit: 'utf16' },
];

/** A query and choices of one kind: strings, tokens or integers. */
const batchInput: fc.Arbitrary<[Sequence, Sequence[]]> = fc.oneof(
  fc.tuple(smallAlphabetString('abc😀', 8), fc.array(smallAlphabetString('abc😀', 8), { maxLength: 30 })),
  fc.tuple(
    fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 6 }),
    fc.array(fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 6 }), { maxLength: 20 }),
  ),
  fc.tuple(fc.array(fc.integer({ min: -1, max: 2 }), { maxLength: 6 }), fc.array(fc.array(fc.integer({ min: -1, max: 2 }), { maxLength: 6 }), { maxLength: 20 })),
);

/** What users write today: map distance over the choices, sort by distance then index. */
function expectedMatches(query: Sequence, choices: Sequence[], options: DistanceOptions, limit: number) {
  return choices
    .map((choice, index) => ({ index, choice, distance: api.distance(query, choice, { ...options, maxDistance: undefined }) }))
    .filter((match) => options.maxDistance === undefined || match.distance <= options.maxDistance)
    .sort((x, y) => x.distance - y.distance || x.index - y.index)
    .slice(0, limit);
}

describe(`${label}: batch calls equal mapping distance over the choices`, () => {
  it.each(metricOptions.map((options) => [JSON.stringify(options), options] as const))('extract, closest and distanceMatrix with %s', async (_, options) => {
    await fc.assert(
      fc.asyncProperty(batchInput, fc.integer({ min: 0, max: 8 }), async ([query, choices], limit) => {
        const expected = expectedMatches(query, choices, options, limit);
        expect(api.extract(query, choices, { ...options, limit })).toEqual(expected);
        expect(await api.extractAsync(query, choices, { ...options, limit, threads: 2 })).toEqual(expected);
        expect(api.extract(query, prepareChoices(choices, { unit: options.unit }), { ...options, limit })).toEqual(expected);
        const best = expectedMatches(query, choices, options, 1)[0] ?? null;
        expect(api.closest(query, choices, options)).toEqual(best);
        expect(await api.closestAsync(query, choices, { ...options, threads: 1 })).toEqual(best);

        const queries = [query, ...choices.slice(0, 3)];
        const cells = queries.flatMap((q) => choices.map((c) => api.distance(q, c, options)));
        const matrix = { rows: queries.length, cols: choices.length, data: Int32Array.from(cells) };
        expect(api.distanceMatrix(queries, choices, options)).toEqual(matrix);
        expect(await api.distanceMatrixAsync(queries, choices, { ...options, threads: 3 })).toEqual(matrix);
      }),
      { numRuns: 25 },
    );
  });
});

describe(`${label}: batch edge cases`, () => {
  const words = ['apple', 'apply', 'ample', 'maple', 'apple', 'angle'];

  it('empty choices', async () => {
    expect(api.extract('x', [])).toEqual([]);
    expect(api.closest('x', [])).toBeNull();
    expect(api.distanceMatrix(['a', 'b'], [])).toEqual({ rows: 2, cols: 0, data: new Int32Array(0) });
    expect(api.distanceMatrix([], ['a'])).toEqual({ rows: 0, cols: 1, data: new Int32Array(0) });
    expect(await api.extractAsync('x', [])).toEqual([]);
  });

  it('a limit larger than the choices, Infinity, and 0', () => {
    expect(api.extract('apple', words, { limit: 100 }).map((m) => m.index)).toEqual([0, 4, 1, 2, 3, 5]);
    expect(api.extract('apple', words, { limit: Infinity })).toHaveLength(6);
    expect(api.extract('apple', words, { limit: 0 })).toEqual([]);
    expect(api.extract('apple', words)).toHaveLength(5);
  });

  it('ties go to the lower index, and maxDistance filters', () => {
    expect(api.extract('apple', words, { maxDistance: 1 })).toEqual([
      { index: 0, choice: 'apple', distance: 0 },
      { index: 4, choice: 'apple', distance: 0 },
      { index: 1, choice: 'apply', distance: 1 },
      { index: 2, choice: 'ample', distance: 1 },
    ]);
    expect(api.closest('zzzzz', words, { maxDistance: 1 })).toBeNull();
  });

  it('threads: 1 runs off the main thread and gives the same answer', async () => {
    const promise = api.extractAsync('apple', words, { threads: 1, limit: 3 });
    expect(promise).toBeInstanceOf(Promise);
    expect(await promise).toEqual(api.extract('apple', words, { limit: 3 }));
  });

  it('abort before the work starts rejects with an AbortError', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(api.extractAsync('apple', words, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    await expect(api.distanceMatrixAsync(['a'], words, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    await expect(api.closestAsync('a', words, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('abort during the work rejects with an AbortError, and later calls still work', async () => {
    const many = Array.from({ length: 200_000 }, (_, i) => `word${i % 997}x${i}`);
    // An abort 5 ms in can lose the race to the call's end on a fast machine: then try a call
    // twice as big, until one is aborted while it runs.
    let error: unknown;
    for (let rows = 50; error === undefined; rows *= 2) {
      expect(rows, 'no call was aborted while it ran').toBeLessThanOrEqual(200);
      const controller = new AbortController();
      const pending = api.distanceMatrixAsync(many.slice(0, rows), many, { signal: controller.signal, threads: 2 });
      setTimeout(() => controller.abort(), 5);
      error = await pending.then(() => undefined, (reason: unknown) => reason);
    }
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(await api.extractAsync('apple', words, { limit: 2 })).toEqual(api.extract('apple', words, { limit: 2 }));
  });

  it('bad arguments name what is wrong', async () => {
    expect(() => api.extract('a', 'abc' as never)).toThrow(/choices must be an array of sequences/);
    expect(() => api.extract('a', ['b', ['c']] as never)).toThrow(/choices\[1\] must be a string like the sequences before it/);
    expect(() => api.extract(['a'], ['b'])).toThrow(/query and choices must be sequences of the same kind/);
    expect(() => api.extract('a', ['b'], { limit: -1 })).toThrow(/options\.limit must be a non-negative integer/);
    expect(() => api.extract('ab', ['b'], { metric: 'hamming' })).toThrow(/choices\[0\] has length 1/);
    expect(() => api.extract('a', prepareChoices(['b']), { unit: 'utf16' })).toThrow(/options\.unit must be 'codepoint'/);
    expect(() => api.distanceMatrix(['x'.repeat(3000)], [''], { weights: { delete: 2 ** 20 } })).toThrow(/could exceed 2\^31 - 1/);
    await expect(api.extractAsync('a', ['b'], { threads: 0 })).rejects.toThrow(/options\.threads must be a positive integer/);
    await expect(api.extractAsync('a', ['b'], { signal: {} as AbortSignal })).rejects.toThrow(/options\.signal must be an AbortSignal/);
  });
});
