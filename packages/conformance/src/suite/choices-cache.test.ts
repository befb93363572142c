/**
 * Plain choice arrays are encoded once and reused across batch calls (@editops/core's
 * choices-cache.ts), and on wasm the encoded lists stay in linear memory (resident-choices.ts).
 * Neither may ever give a stale answer: after the caller mutates, appends to, shortens or reorders
 * the very array it passed before, every batch call must answer exactly as a call on a fresh copy.
 * The lists are large enough (20k words) to be kept resident in wasm memory.
 */
import { describe, expect, it } from 'vitest';
import type { Sequence } from '@editops/core';
import { backendUnderTest } from '../backend-under-test';

const { label, api } = backendUnderTest();

/** Each test makes a few hundred batch calls on 20k words: slow on a loaded machine, not stuck. */
const TIMEOUT_MS = 60_000;

/** A seeded pseudo-random word list (xorshift), so failures reproduce. */
function words(count: number, seed: number): string[] {
  let state = seed;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let word = '';
    const length = 3 + Math.floor(next() * 8);
    for (let k = 0; k < length; k++) word += 'abcdefghijklmnop'[Math.floor(next() * 16)];
    out.push(word);
  }
  return out;
}

const queries = ['abcde', 'ponml', 'aaaa', 'hgfedcba'];

/** Every batch call on `choices`, and the same calls on a fresh copy, must agree. */
function expectSameAsFresh(choices: Sequence[]): void {
  const fresh = [...choices];
  for (const query of queries) {
    expect(api.extract(query, choices, { limit: 7 })).toEqual(api.extract(query, fresh, { limit: 7 }));
    expect(api.closest(query, choices)).toEqual(api.closest(query, fresh));
  }
  expect(api.distanceMatrix(queries, choices)).toEqual(api.distanceMatrix(queries, fresh));
}

/**
 * The Async calls check the cached array in slices between event-loop turns: a changed array must
 * still get the answers of a fresh copy, whatever order the check and the threads run in.
 */
async function expectAsyncSameAsFresh(choices: Sequence[]): Promise<void> {
  const fresh = [...choices];
  for (const query of queries) {
    expect(await api.extractAsync(query, choices, { limit: 7, threads: 2 })).toEqual(api.extract(query, fresh, { limit: 7 }));
    expect(await api.closestAsync(query, choices)).toEqual(api.closest(query, fresh));
  }
  expect(await api.distanceMatrixAsync(queries, choices, { threads: 2 })).toEqual(api.distanceMatrix(queries, fresh));
}

describe(`${label}: a cached plain array never answers stale`, () => {
  it('after the caller mutates, appends to, shortens and reorders it, in the Async calls', async () => {
    const choices: Sequence[] = words(20_000, 4321);
    await expectAsyncSameAsFresh(choices); // first call: encodes and caches
    await expectAsyncSameAsFresh(choices); // repeated call: served by the cache
    choices[19_999] = 'abcde'; // the last element: found only once the check is done
    expect(await api.closestAsync('abcde', choices)).toEqual({ index: 19_999, choice: 'abcde', distance: 0 });
    await expectAsyncSameAsFresh(choices);
    choices.push('ponml');
    await expectAsyncSameAsFresh(choices);
    choices.length = 5_000;
    for (const match of await api.extractAsync('ponml', choices, { limit: 50 })) expect(match.index).toBeLessThan(5_000);
    await expectAsyncSameAsFresh(choices);
    choices.reverse();
    await expectAsyncSameAsFresh(choices);
    // Mixed with sync calls on the same array, which use the same cache.
    choices[7] = 'hgfedcba';
    expect(api.closest('hgfedcba', choices)).toEqual({ index: 7, choice: 'hgfedcba', distance: 0 });
    choices[8] = 'aaaa';
    expect(await api.closestAsync('aaaa', choices)).toEqual({ index: 8, choice: 'aaaa', distance: 0 });
    await expectAsyncSameAsFresh(choices);
  }, TIMEOUT_MS);


  it('after the caller mutates, appends to, shortens and reorders it', () => {
    const choices: Sequence[] = words(20_000, 1234);
    expectSameAsFresh(choices); // first call: encodes and caches
    expectSameAsFresh(choices); // repeated call: served by the cache

    choices[10] = 'abcde'; // a mutation that changes the best match
    expect(api.closest('abcde', choices)).toEqual({ index: 10, choice: 'abcde', distance: 0 });
    expectSameAsFresh(choices);

    choices.push('ponml'); // appended
    expect(api.extract('ponml', choices, { limit: 1 })[0]).toMatchObject({ distance: 0 });
    expectSameAsFresh(choices);

    choices.length = 5_000; // shortened: no index beyond the new length may come back
    for (const match of api.extract('ponml', choices, { limit: 50 })) expect(match.index).toBeLessThan(5_000);
    expectSameAsFresh(choices);

    choices.reverse(); // reordered: same elements, new indexes
    expectSameAsFresh(choices);

    choices[0] = choices[0] as string; // the same value again: still exact
    expectSameAsFresh(choices);
  }, TIMEOUT_MS);

  it('an equal string in a new object, and a unit change, still answer right', () => {
    const choices: Sequence[] = words(20_000, 99);
    expectSameAsFresh(choices);
    choices[3] = (' ' + String(choices[3])).slice(1); // same content, new string object
    expectSameAsFresh(choices);
    const byUnit = api.extract('abc', choices, { limit: 3, unit: 'utf16' });
    expect(byUnit).toEqual(api.extract('abc', [...choices], { limit: 3, unit: 'utf16' }));
  }, TIMEOUT_MS);

  it('many different arrays in turn (the cache is bounded) all answer right', () => {
    const lists = Array.from({ length: 7 }, (_, k) => words(3_000, 500 + k));
    for (let round = 0; round < 2; round++) for (const list of lists) expectSameAsFresh(list);
  }, TIMEOUT_MS);

  it('reads each element once per call, on a hit and at the first changed element', () => {
    const list = words(20_000, 99);
    api.extract('abcde', list, { limit: 3 });
    // A getter that counts its reads, at the first element that differs from the cached copy and
    // at one that does not.
    let reads = { changed: 0, same: 0 };
    const same = list[15_000]!;
    Object.defineProperty(list, 12_345, { get: () => (reads.changed++, 'zzzz'), enumerable: true, configurable: true });
    Object.defineProperty(list, 15_000, { get: () => (reads.same++, same), enumerable: true, configurable: true });
    const fresh = [...list];
    reads = { changed: 0, same: 0 };
    expect(api.extract('zzzz', list, { limit: 3 })).toEqual(api.extract('zzzz', fresh, { limit: 3 }));
    expect(reads).toEqual({ changed: 1, same: 1 });
    // Now cached with the getters' values: a hit reads each once too.
    reads = { changed: 0, same: 0 };
    expect(api.closest('zzzz', list)).toEqual(api.closest('zzzz', fresh));
    expect(reads).toEqual({ changed: 1, same: 1 });
  }, TIMEOUT_MS);
});
