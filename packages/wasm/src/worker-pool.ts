/**
 * Node worker threads for the wasm backend's async batch calls. Each worker holds its own wasm
 * instance. Workers stay alive between calls but are unref'd while idle, so they never keep a
 * process running. Aborting a call terminates the workers it used (the next call starts new
 * ones): a terminated worker leaves nothing behind.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BatchJob } from '@editops/core';
import { mergeParts, splitJob, type PartOutput } from './batch-split';

interface PartResult extends Partial<PartOutput> {
  readonly id: number;
  readonly error?: unknown;
}

export class WorkerPool {
  readonly #module: WebAssembly.Module;
  #idle: Worker[] = [];
  #nextId = 0;

  constructor(module: WebAssembly.Module) {
    this.#module = module;
  }

  #take(): Worker {
    const worker = this.#idle.pop() ?? new Worker(join(__dirname, 'batch-worker.js'), { workerData: { module: this.#module } });
    worker.ref();
    return worker;
  }

  #give(worker: Worker): void {
    worker.unref();
    this.#idle.push(worker);
  }

  #runPart(worker: Worker, job: BatchJob, signal: AbortSignal | undefined): Promise<PartResult> {
    const id = this.#nextId++;
    return new Promise<PartResult>((resolve, reject) => {
      const cleanup = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        signal?.removeEventListener('abort', onAbort);
      };
      const onMessage = (message: PartResult) => {
        if (message.id !== id) return;
        cleanup();
        if (message.error !== undefined) reject(message.error);
        else {
          this.#give(worker);
          resolve(message);
        }
      };
      const onError = (error: unknown) => {
        cleanup();
        reject(error);
      };
      const onExit = () => {
        cleanup();
        // Terminated by an abort: settle once the thread is gone, so nothing of the call runs.
        resolve({ id, count: 0 });
      };
      const onAbort = () => {
        void worker.terminate();
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.postMessage({ id, job });
    });
  }

  async run(job: BatchJob, threads: number, signal: AbortSignal | undefined): Promise<number> {
    const parts = splitJob(job, threads || availableParallelism());
    const results = await Promise.all(parts.map((part) => this.#runPart(this.#take(), part.job, signal)));
    if (signal?.aborted) return 0;
    return mergeParts(job, parts, results as PartOutput[]);
  }
}
