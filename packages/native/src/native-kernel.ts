/**
 * The Kernel over the addon: the addon's functions, plus turning an AbortSignal into the stop
 * byte that the addon's threads poll.
 */
import { availableParallelism } from 'node:os';
import type { BatchJob, Kernel, KernelStatus } from '@editops/core';

/** The io buffer for editopsStrings is kept between calls up to this many int32s. */
const RETAINED_IO = 1 << 16;
import type { Binding } from './load-binding';

export function createNativeKernel(binding: Binding): Kernel {
  // Reused for every editopsStrings call: the addon writes lengths and the script into it.
  let io = new Int32Array(2 + 3 * 64);

  return {
    name: 'native',
    distance: binding.distance,
    editops: binding.editops,
    distanceStrings: binding.distanceStrings,
    editopsStrings(a, b, prefix, suffix, metric, maxDistance, insertWeight, deleteWeight, replaceWeight, lengths) {
      let count = binding.editopsStrings(a, b, prefix, suffix, metric, maxDistance, insertWeight, deleteWeight, replaceWeight, io);
      if (count < 0) return -count as KernelStatus;
      if (count + 2 > io.length) {
        // A long script: grow (and keep only a moderate buffer) and run once more.
        const larger = new Int32Array(count + 2);
        if (larger.length <= RETAINED_IO) io = larger;
        count = binding.editopsStrings(a, b, prefix, suffix, metric, maxDistance, insertWeight, deleteWeight, replaceWeight, larger);
        lengths[0] = larger[0]!;
        lengths[1] = larger[1]!;
        return larger.slice(2, 2 + count);
      }
      lengths[0] = io[0]!;
      lengths[1] = io[1]!;
      return io.slice(2, 2 + count);
    },
    batch: binding.batch,
    async batchAsync(job: BatchJob, threads: number, signal: AbortSignal | undefined): Promise<number> {
      const stop = new Uint8Array(1);
      const raise = () => {
        stop[0] = 1;
      };
      signal?.addEventListener('abort', raise, { once: true });
      try {
        return await binding.batchAsync(job, threads || availableParallelism(), stop);
      } finally {
        signal?.removeEventListener('abort', raise);
      }
    },
  };
}
