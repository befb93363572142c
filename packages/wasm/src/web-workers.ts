/**
 * Web Workers for the browser entry's async batch calls: the job is split into parts (as in Node,
 * see worker-pool.ts), each part runs in a worker with its own instance of the compiled module, and
 * the parts' results are merged.
 *
 * The worker script is built from the source text of three self-contained functions (importsFor,
 * exportsOf, runBatch) plus workerMain below, and started from a Blob URL. So it needs no separate
 * file that every bundler would have to be taught to emit, and a minifier renaming the functions
 * does no harm: each is bound to a fixed name in the script. Where Workers cannot start (no Worker,
 * or a Content-Security-Policy without `worker-src blob:`), `run` returns null and the caller
 * falls back to slices on the main thread (chunked-runner.ts).
 */
import type { BatchJob } from '@editops/core';
import { mergeParts, splitJob, type PartOutput } from './batch-split';
import { exportsOf, importsFor } from './instantiate';
import { runBatch } from './run-batch';

interface PartReply extends Partial<PartOutput> {
  readonly id: number;
  readonly error?: string;
}

/**
 * The body of every worker. It may use only its parameters and the worker's globals: it runs
 * from its source text, away from this module.
 */
function workerMain(
  scope: { onmessage: ((event: MessageEvent) => void) | null; postMessage(message: unknown, transfer: Transferable[]): void },
  imports: typeof importsFor,
  exports: typeof exportsOf,
  run: typeof runBatch,
): void {
  let wasm: ReturnType<typeof exportsOf> | undefined;
  scope.onmessage = (event: MessageEvent) => {
    const { id, module, job } = event.data as { id: number; module: WebAssembly.Module; job: BatchJob };
    try {
      wasm ??= exports(new WebAssembly.Instance(module, imports(module)));
      const count = run(wasm, job);
      scope.postMessage({ id, count, outIndex: job.outIndex, outDistance: job.outDistance }, [
        job.outIndex.buffer as ArrayBuffer,
        job.outDistance.buffer as ArrayBuffer,
      ]);
    } catch (error) {
      wasm = undefined; // after a trap, start the next part on a fresh instance
      scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }, []);
    }
  };
}

/** The worker script (exported for tests, which run it without a browser). */
export function workerSource(): string {
  return [
    `const importsFor = ${importsFor.toString()};`,
    `const exportsOf = ${exportsOf.toString()};`,
    `const runBatch = ${runBatch.toString()};`,
    `(${workerMain.toString()})(self, importsFor, exportsOf, runBatch);`,
  ].join('\n');
}

export class WebWorkerPool {
  readonly #module: WebAssembly.Module;
  #url: string | undefined;
  #idle: Worker[] = [];
  #nextId = 0;
  /** Set once Workers failed to start here; later calls go straight to the fallback. */
  #unavailable = typeof Worker === 'undefined' || typeof Blob === 'undefined' || typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function';

  constructor(module: WebAssembly.Module) {
    this.#module = module;
  }

  /** A worker, or null when this page cannot start one. */
  #take(): Worker | null {
    const idle = this.#idle.pop();
    if (idle) return idle;
    if (this.#unavailable) return null;
    try {
      this.#url ??= URL.createObjectURL(new Blob([workerSource()], { type: 'text/javascript' }));
      return new Worker(this.#url);
    } catch {
      this.#unavailable = true;
      return null;
    }
  }

  #runPart(worker: Worker, job: BatchJob, signal: AbortSignal | undefined): Promise<PartReply> {
    const id = this.#nextId++;
    return new Promise<PartReply>((resolve, reject) => {
      const cleanup = () => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        signal?.removeEventListener('abort', onAbort);
      };
      const onMessage = (event: MessageEvent) => {
        const reply = event.data as PartReply;
        if (reply.id !== id) return;
        cleanup();
        if (reply.error !== undefined) {
          worker.terminate(); // a worker that failed is never given work again
          reject(new Error(reply.error));
        } else {
          this.#idle.push(worker);
          resolve(reply);
        }
      };
      const onError = (event: ErrorEvent) => {
        cleanup();
        worker.terminate();
        // A worker that could not even load (a CSP that refuses blob: scripts) reports it here.
        this.#unavailable = true;
        reject(new Error(`editops: a Web Worker failed: ${event.message || 'it could not start'}`));
      };
      const onAbort = () => {
        cleanup();
        // terminate() stops the worker at once and frees its instance: nothing of the call runs on.
        worker.terminate();
        resolve({ id, count: 0 });
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.postMessage({ id, module: this.#module, job });
    });
  }

  /** Runs the job on up to `threads` workers; null when no worker can start (use the fallback). */
  async run(job: BatchJob, threads: number, signal: AbortSignal | undefined): Promise<number | null> {
    // Never more workers than cores, whatever `threads` asks for.
    const cores = navigator.hardwareConcurrency || 2;
    const parts = splitJob(job, Math.min(threads || cores, cores));
    const workers: Worker[] = [];
    for (const _ of parts) {
      const worker = this.#take();
      if (!worker) {
        this.#idle.push(...workers);
        return null;
      }
      workers.push(worker);
    }
    let results: PartReply[];
    try {
      results = await Promise.all(parts.map((part, k) => this.#runPart(workers[k]!, part.job, signal)));
    } catch (error) {
      if (this.#unavailable) return null; // the workers could not start here after all
      throw error;
    }
    if (signal?.aborted) return 0;
    return mergeParts(job, parts, results as PartOutput[]);
  }
}
