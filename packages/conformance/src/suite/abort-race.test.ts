/**
 * Aborts that race the end of a call never poison later calls: 1,000 async batch calls, every
 * other one aborted right after it starts (or a moment later), some on prepared choices. Every
 * call that was not aborted answers right; an aborted one rejects with the signal's reason or,
 * if it finished first, answers right too.
 */
import { describe, expect, it } from 'vitest';
import { prepareChoices } from '@editops/core';
import { backendUnderTest } from '../backend-under-test';

const { label, api } = backendUnderTest();

const words = Array.from({ length: 3000 }, (_, i) => `w${(i * 7919) % 1009}x${i % 31}`);
const prepared = prepareChoices(words);
const queries = ['w17x3', 'w1000x9', 'xx', 'w5x5w5', ''];

/** Each call with its known right answer (from the sync calls). */
const calls: Array<{ run: (signal: AbortSignal) => Promise<unknown>; want: unknown }> = queries.flatMap((query, q) => [
  { run: (signal: AbortSignal) => api.extractAsync(query, words, { limit: 7, threads: 2, signal }), want: api.extract(query, words, { limit: 7 }) },
  { run: (signal: AbortSignal) => api.extractAsync(query, prepared, { limit: 3, threads: 2, signal }), want: api.extract(query, words, { limit: 3 }) },
  { run: (signal: AbortSignal) => api.closestAsync(query, prepared, { threads: 2, signal }), want: api.closest(query, words) },
  {
    run: (signal: AbortSignal) => api.distanceMatrixAsync([query, queries[(q + 1) % queries.length]!], prepared, { threads: 2, signal }),
    want: api.distanceMatrix([query, queries[(q + 1) % queries.length]!], words),
  },
  { run: (signal: AbortSignal) => api.distanceMatrixAsync(queries, words.slice(0, 500), { threads: 3, signal }), want: api.distanceMatrix(queries, words.slice(0, 500)) },
]);

const CALLS = 1000;
const IN_FLIGHT = 8;

describe(`${label}: aborts racing the end of async calls`, () => {
  it(`${CALLS} calls, every other one aborted: every answer that arrives is right`, async () => {
    const problems: string[] = [];
    let aborted = 0;
    let next = 0;
    async function lane(): Promise<void> {
      while (next < CALLS) {
        const k = next++;
        const call = calls[k % calls.length]!;
        const controller = new AbortController();
        const reason = new Error(`abort ${k}`);
        const pending = call.run(controller.signal);
        if (k % 2 === 1) {
          // Right away, at the next turn, or a moment later: some land as the call finishes.
          if (k % 6 === 1) controller.abort(reason);
          else if (k % 6 === 3) setImmediate(() => controller.abort(reason));
          else setTimeout(() => controller.abort(reason), k % 4);
        }
        try {
          const got = await pending;
          expect(got).toEqual(call.want);
        } catch (error) {
          if (k % 2 === 1 && error === reason) aborted++;
          else problems.push(`call ${k}: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
        }
      }
    }
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
    expect(problems).toEqual([]);
    expect(aborted).toBeGreaterThan(0);
    // And after the storm, calls on the same prepared choices still answer right.
    for (const query of queries) expect(await api.extractAsync(query, prepared, { limit: 5, threads: 2 })).toEqual(api.extract(query, words, { limit: 5 }));
  }, 120_000);
});
