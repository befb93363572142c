/**
 * Async batch calls aborted midway leave nothing behind: after many aborted calls (native threads
 * told to stop, wasm worker threads terminated), RSS and wasm memory are back where they were after
 * warm-up, and the next call answers right. A memory test, not a timing test.
 */
import { expect, it } from 'vitest';
import { backendFromEnv } from './backends';
import { MB, sample, signedMb } from './memory';

const ROUNDS = 60;
const backend = backendFromEnv();
const api = backend.api as unknown as typeof import('@editops/native');

const words = Array.from({ length: 40_000 }, (_, i) => `w${(i * 7919) % 10007}x${i % 97}`);
const queries = words.slice(0, 40);

/** The answer a call that finishes before its abort lands must give. */
const expected = api.distanceMatrix(queries, words).data;

/**
 * Aborts at once (the call must reject) or a few ms later while threads are working. A late abort
 * can lose the race to the call's end on a fast machine; then the call must have the right answer.
 */
async function abortOneCall(round: number): Promise<'aborted' | 'finished'> {
  const controller = new AbortController();
  const pending = api.distanceMatrixAsync(queries, words, { signal: controller.signal, threads: 2 });
  if (round % 3 === 0) {
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    return 'aborted';
  }
  setTimeout(() => controller.abort(), round % 5);
  const outcome = await pending.then(
    (matrix) => ({ matrix }),
    (error: unknown) => ({ error }),
  );
  if ('error' in outcome) {
    expect(outcome.error).toMatchObject({ name: 'AbortError' });
    return 'aborted';
  }
  const { data } = outcome.matrix;
  const bytes = (array: Int32Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  expect(bytes(data).equals(bytes(expected))).toBe(true);
  return 'finished';
}

/**
 * wasm: lets the pool reap its idle workers (after 1 s), so that both samples see none. Otherwise
 * a sample would count the 5-10 MB of each worker that happens to be alive at that moment.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, backend.wasmMemoryBytes ? 1500 : 0));

/**
 * RSS over two windows of ROUNDS aborted calls each. A leak grows both windows alike; what a
 * terminated worker thread leaves (glibc keeps its malloc arena mapped, and there are at most a
 * few per core) grows only the first. So the smaller window must stay small, and the first one
 * under a looser bound.
 */
it(`${backend.name}: ${2 * ROUNDS} aborted async batch calls leak nothing`, async () => {
  const outcomes = { aborted: 0, finished: 0 };
  const abortedCall = async (round: number) => void outcomes[await abortOneCall(round)]++;
  // Warm-up: calls that run to the end first, so that the threads have done real work (their
  // malloc arenas and kept buffers touched) before the first sample. On a loaded machine the
  // aborted warm-up calls can all stop before the threads start, and that one-time growth
  // (+42 MB once in CI) then lands in the first window, with the second at -5 MB.
  for (let round = 0; round < 2; round++) await api.distanceMatrixAsync(queries, words, { threads: 2 });
  for (let round = 0; round < 10; round++) await abortedCall(round);
  await settle();
  const start = sample(backend, 0);
  for (let round = 0; round < ROUNDS; round++) await abortedCall(round);
  await settle();
  const middle = sample(backend, ROUNDS);
  for (let round = 0; round < ROUNDS; round++) await abortedCall(round);
  await settle();
  const end = sample(backend, 2 * ROUNDS);
  const first = middle.rss - start.rss;
  const second = end.rss - middle.rss;
  console.log(
    `${backend.name}: ${outcomes.aborted} calls aborted, ${outcomes.finished} finished before their abort; RSS ${signedMb(first)} over the first ${ROUNDS} aborted calls, ${signedMb(second)} over the next ${ROUNDS}` +
      (end.wasm !== undefined ? `, wasm memory ${signedMb(end.wasm - start.wasm!)}` : ''),
  );
  expect(Math.min(first, second)).toBeLessThan(10 * MB);
  expect(first).toBeLessThan(40 * MB);
  expect(second).toBeLessThan(20 * MB);
  if (end.wasm !== undefined) expect(end.wasm - start.wasm!).toBeLessThan(4 * MB);
  // And the backend still answers.
  expect(await api.extractAsync('w1x1', words, { limit: 1, threads: 2 })).toEqual(api.extract('w1x1', words, { limit: 1 }));
});
