/**
 * The Kernel over the addon: the addon's functions, plus turning an AbortSignal into the stop
 * byte that the addon's threads poll.
 */
import { availableParallelism } from 'node:os';
import type { BatchJob, Kernel } from '@editops/core';
import type { Binding } from './load-binding';

export function createNativeKernel(binding: Binding): Kernel {
  return {
    name: 'native',
    distance: binding.distance,
    editops: binding.editops,
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
