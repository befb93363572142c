/**
 * The async batch calls and the main thread: an already-aborted signal rejects before any work,
 * AbortSignal.timeout() rejects with its TimeoutError (aborts reject with signal.reason, as fetch
 * does), and a call over a plain array of 1M words never holds the event loop for more than 50 ms.
 */
import { describe, expect, it } from 'vitest';
import { backendUnderTest } from '../backend-under-test';

const { label, api } = backendUnderTest();

const million = Array.from({ length: 1_000_000 }, (_, i) => `w${(i * 7919) % 100_003}x${i % 89}`);

/** The longest stretch, in ms, between turns of the event loop while `work` runs. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  try {
    last = performance.now();
    await work();
    longest = Math.max(longest, performance.now() - last);
  } finally {
    clearInterval(ticker);
  }
  return longest;
}

describe(`${label}: async batch calls and the main thread`, () => {
  it('an already-aborted signal rejects with its reason before encoding anything', async () => {
    const reason = new Error('stop');
    const signal = AbortSignal.abort(reason);
    const begin = performance.now();
    await expect(api.extractAsync('w1x1', million, { signal })).rejects.toBe(reason);
    await expect(api.distanceMatrixAsync(million.slice(0, 1000), million, { signal })).rejects.toBe(reason);
    await expect(api.closestAsync('w1x1', million, { signal })).rejects.toBe(reason);
    // Encoding 1M words takes hundreds of ms; refusing them takes none of it.
    expect(performance.now() - begin).toBeLessThan(40);
  });

  it('AbortSignal.timeout() rejects with its TimeoutError', async () => {
    const signal = AbortSignal.timeout(5);
    const error = await api.distanceMatrixAsync(million.slice(0, 50), million, { signal, threads: 2 }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBe(signal.reason);
    expect(error).toMatchObject({ name: 'TimeoutError' });
  });

  it('extractAsync over 1M plain words holds the event loop for at most 50 ms at a time', async () => {
    const want = api.extract('w12345x7', million, { limit: 10 });
    // On a shared, loaded machine the scheduler or a GC can stall any process now and then, so
    // the best of a few attempts counts; a call that itself blocks (encoding 1M words took
    // 500 ms) fails every attempt.
    const stalls: number[] = [];
    for (let attempt = 0; attempt < 5 && !(Math.min(...stalls) < 50); attempt++) {
      let got: unknown;
      stalls.push(
        await longestStall(async () => {
          got = await api.extractAsync('w12345x7', million, { limit: 10, threads: 1 });
        }),
      );
      expect(got).toEqual(want);
    }
    expect(Math.min(...stalls)).toBeLessThan(50);
  }, 90_000);
});
