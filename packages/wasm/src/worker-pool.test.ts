import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchKind, type BatchJob } from '@editops/core';
import { jobOf } from './test-jobs';
import type { WorkerPool as WorkerPoolType } from './worker-pool';

// The built pool: its workers run dist/batch-worker.js, which exists only after the build.
const { WorkerPool } = require('../dist/worker-pool') as { WorkerPool: typeof WorkerPoolType };

const module = new WebAssembly.Module(readFileSync(join(__dirname, '..', 'wasm', 'editops.wasm')));

const job = (choices: string[]): BatchJob => jobOf(BatchKind.distanceMany, 'ab', choices);

describe('WorkerPool', () => {
  it('splits a job over worker threads and merges the parts', async () => {
    const pool = new WorkerPool(module);
    const work = job(['ab', 'a', 'xyz', '', 'ba']);
    await pool.run(work, 3, undefined);
    expect(Array.from(work.outDistance)).toEqual([0, 1, 3, 2, 2]);
  });

  it('an error inside a worker rejects the promise', async () => {
    const pool = new WorkerPool(module);
    const broken = { ...job(['ab']), choices: undefined } as unknown as BatchJob;
    await expect(pool.run(broken, 1, undefined)).rejects.toBeTruthy();
    // The pool still works afterwards.
    const work = job(['b']);
    await pool.run(work, 1, undefined);
    expect(Array.from(work.outDistance)).toEqual([1]);
  });
});
