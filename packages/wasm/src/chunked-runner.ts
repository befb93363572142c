/**
 * The async batch calls where no worker can start (a browser page whose Content-Security-Policy
 * refuses blob: workers, or a runtime without Worker): the job
 * runs as parts small enough to keep each stretch on the main thread short, yielding to the event
 * loop between parts and stopping at the next part boundary once the signal aborts. The batch
 * calls with a scorer run this way in browsers, task by task.
 */
import type { BatchJob } from '@editops/core';
import { mergeParts, splitJob, type PartOutput } from './batch-split';
import type { TaskRange } from './run-scored';

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

/** The tasks of a scored job (scored-job.ts) one by one, each after a turn of the event loop. */
export async function runTasksInSlices(taskCount: number, signal: AbortSignal | undefined, runTask: (range: TaskRange) => void): Promise<void> {
  for (let t = 0; t < taskCount; t++) {
    await nextTurn();
    if (signal?.aborted) return;
    runTask({ first: t, last: t + 1 });
  }
}
