/**
 * The Async batch calls with a scorer run off the main thread on the backend's threads, in tasks
 * (core's scored-job.ts), and answer exactly as the sync calls: every scorer, plain arrays and
 * prepared choices, a processor, a cutoff, limits, several thread counts, lists of many tasks.
 * And aborts: a call aborted mid-flight rejects with the signal's reason, and the same prepared
 * choices, used from the workers again afterwards, give the sync answers.
 */
import { describe, expect, it } from 'vitest';
import { defaultProcess, prepareChoices, ScorerCode, type EditopsApi, type ScorerName } from '@editops/core';
import { backendUnderTest } from '../backend-under-test';

const { label, api } = backendUnderTest();
// The public overloads (scorer options) are on the contract's type.
const typed = api as unknown as EditopsApi;

const SCORERS = Object.keys(ScorerCode) as ScorerName[];

/** More choices than one task takes (16,384), with words that repeat, so that ties cross tasks. */
const words = Array.from({ length: 20_000 }, (_, i) => `w${(i * 7919) % 5003}x${i % 13}${i % 5 === 0 ? ' Apple-pie' : ''}`);
const prepared = prepareChoices(words);
const queries = ['w17x3', 'w1000x9 apple', 'W5X5 w5', ''];

describe(`${label}: async batch calls with a scorer`, () => {
  it.each(SCORERS)('%s: extractAsync, closestAsync and distanceMatrixAsync give the sync answers', async (scorer) => {
    for (const [q, query] of queries.entries()) {
      const threads = 1 + (q % 3);
      const options = { scorer, limit: 12, scoreCutoff: q * 10 };
      const want = typed.extract(query, words, options);
      expect(await typed.extractAsync(query, words, { ...options, threads })).toEqual(want);
      expect(await typed.extractAsync(query, prepared, { ...options, threads })).toEqual(want);
      const processed = { scorer, limit: 5, processor: defaultProcess };
      expect(await typed.extractAsync(query, words, { ...processed, threads })).toEqual(typed.extract(query, words, processed));
      expect(await typed.closestAsync(query, prepared, { scorer, threads })).toEqual(typed.closest(query, words, { scorer }));
    }
    // Limits past the matches there are, and every match.
    const all = { scorer, limit: Infinity, scoreCutoff: 60 };
    expect(await typed.extractAsync('w17x3', words, { ...all, threads: 2 })).toEqual(typed.extract('w17x3', words, all));
    // Matrices: rows split into tiles (few long rows), and many short rows.
    const wantMatrix = typed.distanceMatrix(queries, words, { scorer });
    const gotMatrix = await typed.distanceMatrixAsync(queries, prepared, { scorer, threads: 2 });
    expect(gotMatrix.data).toBeInstanceOf(Float32Array);
    expect([gotMatrix.rows, gotMatrix.cols, Array.from(gotMatrix.data)]).toEqual([wantMatrix.rows, wantMatrix.cols, Array.from(wantMatrix.data)]);
    const rows = words.slice(0, 200);
    const wantShort = typed.distanceMatrix(rows, rows.slice(0, 100), { scorer, processor: defaultProcess });
    const gotShort = await typed.distanceMatrixAsync(rows, rows.slice(0, 100), { scorer, processor: defaultProcess, threads: 3 });
    expect(Array.from(gotShort.data)).toEqual(Array.from(wantShort.data));
  }, 120_000);

  it('empty lists and limit 0', async () => {
    expect(await typed.extractAsync('abc', [] as string[], { scorer: 'WRatio', threads: 2 })).toEqual([]);
    expect(await typed.extractAsync('abc', words, { scorer: 'WRatio', limit: 0, threads: 2 })).toEqual([]);
    expect(await typed.closestAsync('abc', [] as string[], { scorer: 'ratio' })).toBeNull();
    const matrix = await typed.distanceMatrixAsync([], words, { scorer: 'ratio', threads: 2 });
    expect([matrix.rows, matrix.cols, matrix.data.length]).toEqual([0, words.length, 0]);
  });

  it('checks its options and signal before any work', async () => {
    await expect(typed.extractAsync('abc', words, { scorer: 'WRatio', threads: 0 })).rejects.toThrow(RangeError);
    await expect(typed.extractAsync('abc', words, { scorer: 'nope' as ScorerName })).rejects.toThrow(/options\.scorer/);
    const reason = new Error('stop');
    await expect(typed.distanceMatrixAsync(['a'], words, { scorer: 'ratio', signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });

  it('a call aborted mid-flight rejects with the reason; the same prepared choices then give the sync answers from the workers', async () => {
    // Large enough that the work is still running when the abort lands.
    const many = Array.from({ length: 150_000 }, (_, i) => `w${(i * 7919) % 100_003}x${i % 89} ${i % 7}`);
    const dictionary = prepareChoices(many);
    for (const scorer of [undefined, 'WRatio'] as const) {
      const start = (signal: AbortSignal) =>
        scorer
          ? typed.extractAsync('w12345x7 3', dictionary, { scorer, limit: 5, threads: 2, signal })
          : typed.extractAsync('w12345x7 3', dictionary, { limit: 5, threads: 2, signal });
      const want = JSON.stringify(scorer ? typed.extract('w12345x7 3', many, { scorer, limit: 5 }) : typed.extract('w12345x7 3', many, { limit: 5 }));
      // Abort while the parts run: the first call also copies the choices into each worker. On
      // a fast machine the call may finish first (then it must answer right); a shorter delay
      // then tries again, down to the next turn of the event loop, where the work has just begun,
      // and last at once (a call must not have finished before it returns its promise).
      let aborted = false;
      for (const delay of [10, 5, 2, 1, 0, -1]) {
        const controller = new AbortController();
        const reason = new Error(`abort ${scorer ?? 'distance'} after ${delay} ms`);
        const call = start(controller.signal);
        if (delay < 0) controller.abort(reason);
        else setTimeout(() => controller.abort(reason), delay);
        const outcome = await call.then(
          (matches) => JSON.stringify(matches),
          (error: unknown) => error,
        );
        if (outcome === reason) {
          aborted = true;
          break;
        }
        expect(outcome).toBe(want);
      }
      expect(aborted).toBe(true);
      for (const query of ['w12345x7 3', 'zz']) {
        if (scorer) {
          const want = typed.extract(query, many, { scorer, limit: 5 });
          expect(await typed.extractAsync(query, dictionary, { scorer, limit: 5, threads: 2 })).toEqual(want);
        } else {
          const want = typed.extract(query, many, { limit: 5 });
          expect(await typed.extractAsync(query, dictionary, { limit: 5, threads: 2 })).toEqual(want);
          expect(await typed.distanceMatrixAsync([query, 'w1'], dictionary, { threads: 2 })).toEqual(typed.distanceMatrix([query, 'w1'], many));
        }
      }
    }
  }, 120_000);
});
