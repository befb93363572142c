/**
 * The async batch calls where no worker can start (a browser page whose Content-Security-Policy
 * refuses blob: workers, or a runtime without Worker): the job
 * runs as parts small enough to keep each stretch on the main thread short, yielding to the event
 * loop between parts and stopping at the next part boundary once the signal aborts.
 */
import type { BatchJob } from '@editops/core';
import { mergeParts, splitJob, type PartOutput } from './batch-split';

/** Parts per job: with 100k short choices each part is a few milliseconds. */
const PARTS = 64;

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runInSlices(job: BatchJob, signal: AbortSignal | undefined, runSync: (job: BatchJob) => number): Promise<number> {
  const parts = splitJob(job, PARTS);
  const outputs: PartOutput[] = [];
  for (const part of parts) {
    await nextTurn();
    if (signal?.aborted) return 0;
    outputs.push({ count: runSync(part.job), outIndex: part.job.outIndex, outDistance: part.job.outDistance });
  }
  return mergeParts(job, parts, outputs);
}
