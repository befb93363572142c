/**
 * Async batch work must survive the garbage collector: the call's only references to its inputs
 * are the ones the backend keeps (the native worker holds the job's typed arrays; wasm copied them
 * to its workers). Full GCs run while the work is in flight, and the answer must still be right.
 */
import { expect, it } from 'vitest';
import { backendFromEnv } from './backends';
import { requireGc } from './memory';

const backend = backendFromEnv();
const api = backend.api as unknown as typeof import('@editops/native');

function words(seed: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `w${(i * 7919 + seed) % 10007}y${i % 89}`);
}

it(`${backend.name}: inputs dropped by the caller stay alive until async work ends`, async () => {
  const gc = requireGc();
  const expected = api.distanceMatrix(words(1, 30), words(2, 20_000), { maxDistance: 3 });
  // The arrays below exist only inside the call: nothing else references them.
  const pending = api.distanceMatrixAsync(words(1, 30), words(2, 20_000), { maxDistance: 3, threads: 2 });
  let settled = false;
  void pending.finally(() => (settled = true));
  for (let round = 0; round < 50 && !settled; round++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  expect(await pending).toEqual(expected);
});
