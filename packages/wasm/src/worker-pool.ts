/**
 * Node worker threads for the wasm backend's async batch calls. Each worker holds its own wasm
 * instance.
 *
 * - Bounded: at most one worker per core, shared by every call in flight (as native's core
 *   reservation is); a call asking for more threads, or arriving while all workers are busy, waits
 *   for a free worker part by part.
 * - A worker that was terminated (by an abort), reported an error, or exited is never used again:
 *   its late messages are ignored, and a replacement starts only once it has exited.
 * - Idle workers are unref'd (they never keep the process alive) and terminated after IDLE_MS.
 * - Prepared choices (jobs with a choicesKey) are posted to a worker the first time it needs them
 *   and stay in its linear memory (batch-worker.ts); later parts post only the query and a range.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { withoutChoiceIndex, type BatchJob, type ScoredJob } from '@editops/core';
import { mergeParts, partJobSteps, partRanges, type PartOutput, type PartRange } from './batch-split';
import { mergeScoredOutput, taskRanges, type ScoredOutput, type TaskRange } from './run-scored';
import type { SearchPart } from './search-parts';

/** An idle worker is terminated after this long; a burst of calls reuses warm ones. */
const IDLE_MS = 1000;
/** Prepared choice sets one worker keeps; the least recently used is dropped beyond this. */
const HELD_CHOICE_SETS = 4;

/** Runs one part: `job` is the part itself, or (with choicesKey) the whole job minus its choices. */
export interface PartRequest {
  readonly type: 'part';
  readonly id: number;
  readonly job: BatchJob;
  readonly choicesKey: number | undefined;
  readonly range: PartRange;
  /** Run through the index the worker holds for choicesKey (sent as an 'index' message), whole. */
  readonly indexed?: boolean;
}

/** Runs tasks `range` of a scored job (scored-job.ts) over the resident choices `choicesKey`. */
export interface ScoredRequest {
  readonly type: 'scored';
  readonly id: number;
  readonly job: ScoredJob;
  readonly choicesKey: number;
  readonly range: TaskRange;
}

/** Runs one part of a searchAsync call (search-parts.ts). */
export interface SearchRequest {
  readonly type: 'search';
  readonly id: number;
  readonly part: SearchPart;
}

export type PoolMessage =
  | PartRequest
  | ScoredRequest
  | SearchRequest
  | { readonly type: 'choices'; readonly key: number; readonly symbols: Uint32Array; readonly offsets: Uint32Array; readonly count: number }
  | { readonly type: 'index'; readonly key: number; readonly order: Uint32Array; readonly signatures: Uint32Array }
  | { readonly type: 'forget'; readonly key: number };

/** A worker's answer to a request: its outputs (PartOutput, ScoredOutput), or an error. */
interface Reply {
  readonly id: number;
  readonly error?: unknown;
}
type PartReply = Reply & Partial<PartOutput>;

/** A message for a worker, and the buffers it moves there. */
interface Posted {
  readonly request: PoolMessage;
  readonly transfer: ArrayBuffer[];
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const EMPTY_SYMBOLS = new Uint32Array(0);
const EMPTY_OUTPUT = new Int32Array(0);
const EMPTY_SCORES = new Float64Array(0);
const EMPTY_MATRIX = new Float32Array(0);
/** Stands in for a job's choicesKey in a message: the key is posted as a number instead. */
const EMPTY_KEY = Object.freeze({});

class PoolWorker {
  /** Terminated, errored or exited: never given work again. */
  failed = false;
  /** Keys of the prepared choice sets it holds, least recently used first. */
  readonly held = new Set<number>();
  /** The keys of held sets whose choice index this worker holds too. */
  readonly indexed = new Set<number>();
  idleTimer: NodeJS.Timeout | undefined;
  /** The part it runs now. */
  running: { readonly id: number; resolve(reply: Reply): void; reject(error: unknown): void } | undefined;

  constructor(readonly thread: Worker) {}
}

export class WorkerPool {
  readonly #module: WebAssembly.Module;
  readonly #size: number;
  /** Every worker not yet exited, failed ones included: the bound counts them until they are gone. */
  readonly #live = new Set<PoolWorker>();
  readonly #idle: PoolWorker[] = [];
  /** Parts waiting for a worker, first come first served. */
  readonly #waiting: Array<(worker: PoolWorker) => void> = [];
  readonly #keys = new WeakMap<object, number>();
  #nextKey = 0;
  #nextId = 0;
  /** Settles once the last worker asked for has started (see #spawnSoon). */
  #spawning: Promise<void> = Promise.resolve();
  /** Workers asked for that #spawnSoon has not started yet. */
  #starting = 0;

  constructor(module: WebAssembly.Module, size = availableParallelism()) {
    this.#module = module;
    this.#size = Math.max(1, size);
  }

  /** Workers alive now (tests check the bound). */
  get liveWorkers(): number {
    return this.#live.size;
  }

  /** Runs a batch job in parts on the workers; resolves with its result count (0 once aborted). */
  async run(job: BatchJob, threads: number, signal: AbortSignal | undefined): Promise<number> {
    const key = job.choicesKey === undefined ? undefined : this.#keyOf(job.choicesKey);
    // An extract with the choices' index runs whole on one worker: the index walks the whole list,
    // and one walk costs about a third of a plain pass, less than two halves on two workers.
    if (key !== undefined && job.choiceOrder && job.choiceSignatures) {
      const range = { begin: 0, end: job.choiceCount };
      const output = await this.#runOnWorker<PartReply>(signal, (worker, id) => this.#indexedRequest(worker, id, job, key, range));
      if (signal?.aborted) return 0;
      return mergeParts(job, [range], [output as PartOutput]);
    }
    const plain = withoutChoiceIndex(job);
    const ranges = partRanges(plain, Math.min(threads || this.#size, this.#size));
    const whole = ranges.length === 1;
    const outputs = await Promise.all(
      ranges.map((range) => this.#runOnWorker<PartReply>(signal, (worker, id) => this.#request(worker, id, plain, key, range, whole))),
    );
    if (signal?.aborted) return 0;
    return mergeParts(job, ranges, outputs as PartOutput[]);
  }

  /** Runs the tasks of a scored job (scored-job.ts) in parts on the workers, into its outputs. */
  async runScored(job: ScoredJob, threads: number, signal: AbortSignal | undefined): Promise<void> {
    const ranges = taskRanges(job.taskCount, Math.min(threads || this.#size, this.#size));
    const key = this.#keyOf(job.choicesKey);
    const header: ScoredJob = {
      ...job,
      choices: EMPTY_SYMBOLS,
      choiceOffsets: EMPTY_SYMBOLS,
      outIndex: EMPTY_OUTPUT,
      outScore: EMPTY_SCORES,
      outCount: EMPTY_OUTPUT,
      outMatrix: EMPTY_MATRIX,
      choicesKey: EMPTY_KEY,
    };
    await Promise.all(
      ranges.map(async (range) => {
        const output = await this.#runOnWorker<Reply & ScoredOutput>(signal, async (worker, id) => {
          this.#ensureChoices(worker, key, job.choices, job.choiceOffsets, job.choiceCount);
          return { request: { type: 'scored', id, job: header, choicesKey: key, range }, transfer: [] };
        });
        if (output && !signal?.aborted) mergeScoredOutput(job, range, output);
      }),
    );
  }

  /**
   * searchAsync's parts on the workers, at most `threads` at once (0: one per worker); resolves
   * with each part's packed matches in order, or with none once the signal aborts (its workers
   * are then terminated, as for the batch calls).
   */
  async runSearch(parts: readonly SearchPart[], threads: number, signal: AbortSignal | undefined): Promise<Float64Array[]> {
    const outputs: Float64Array[] = new Array(parts.length);
    let next = 0;
    const lane = async () => {
      while (next < parts.length && !signal?.aborted) {
        const index = next++;
        const reply = await this.#runOnWorker<Reply & { packed?: Float64Array }>(signal, async (_worker, id) => ({
          request: { type: 'search', id, part: parts[index]! },
          transfer: [],
        }));
        if (reply?.packed) outputs[index] = reply.packed;
      }
    };
    const lanes = Math.max(1, Math.min(threads || this.#size, this.#size, parts.length));
    await Promise.all(Array.from({ length: lanes }, lane));
    return signal?.aborted ? [] : outputs;
  }

  #keyOf(choicesKey: object): number {
    let key = this.#keys.get(choicesKey);
    if (key === undefined) this.#keys.set(choicesKey, (key = this.#nextKey++));
    return key;
  }

  /**
   * One request on one worker: `build` makes its message once the worker is ours. Resolves with
   * the worker's reply, or null when the call was aborted (the worker is then terminated, and the
   * promise settles once its thread is gone, so that nothing of the call runs on).
   */
  async #runOnWorker<R extends Reply>(signal: AbortSignal | undefined, build: (worker: PoolWorker, id: number) => Promise<Posted>): Promise<R | null> {
    const worker = await this.#acquire(signal);
    if (!worker) return null;
    if (signal?.aborted) {
      this.#release(worker);
      return null;
    }
    const id = this.#nextId++;
    let message: Posted;
    try {
      message = await build(worker, id);
    } catch (error) {
      this.#release(worker); // a job this side cannot even split: the worker did nothing
      throw error;
    }
    if (signal?.aborted) {
      this.#release(worker); // aborted while the part was being copied
      return null;
    }
    const { request, transfer } = message;
    return new Promise<R | null>((resolve, reject) => {
      const onAbort = () => {
        worker.running = undefined;
        void this.#fail(worker).then(() => resolve(null));
      };
      worker.running = {
        id,
        resolve: (reply) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(reply as R);
        },
        reject: (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.thread.postMessage(request, transfer);
    });
  }

  /** The message that runs `range` of `job` on `worker`, and the buffers it moves there. */
  async #request(
    worker: PoolWorker,
    id: number,
    job: BatchJob,
    key: number | undefined,
    range: PartRange,
    whole: boolean,
  ): Promise<Posted> {
    if (key === undefined && whole) {
      // One part: the job's inputs are its own (see BatchJob.choicesKey), so they move as they are.
      const part = { ...job, outIndex: new Int32Array(job.outIndex.length), outDistance: new Int32Array(job.outDistance.length) };
      const buffers = new Set([job.queries.buffer, job.queryOffsets.buffer, job.choices.buffer, job.choiceOffsets.buffer, part.outIndex.buffer, part.outDistance.buffer]);
      return { request: { type: 'part', id, job: part, choicesKey: undefined, range }, transfer: [...buffers] as ArrayBuffer[] };
    }
    if (key === undefined) {
      const steps = partJobSteps(job, range);
      let step = steps.next();
      while (!step.done) {
        await nextTurn();
        step = steps.next();
      }
      const part = step.value;
      // The part's inputs are its own copies: moved, not cloned, so posting 1M words costs little.
      // (A part shares the job's own arrays on the side it does not split: those are cloned.)
      const shared = new Set<ArrayBufferLike>([job.queries.buffer, job.queryOffsets.buffer, job.choices.buffer, job.choiceOffsets.buffer]);
      const own = new Set([part.queries.buffer, part.queryOffsets.buffer, part.choices.buffer, part.choiceOffsets.buffer, part.outIndex.buffer, part.outDistance.buffer]);
      return {
        request: { type: 'part', id, job: part, choicesKey: undefined, range: { begin: 0, end: range.end - range.begin } },
        transfer: [...own].filter((buffer) => !shared.has(buffer)) as ArrayBuffer[],
      };
    }
    this.#ensureChoices(worker, key, job.choices, job.choiceOffsets, job.choiceCount);
    const header: BatchJob = { ...job, choices: EMPTY_SYMBOLS, choiceOffsets: EMPTY_SYMBOLS, outIndex: EMPTY_OUTPUT, outDistance: EMPTY_OUTPUT, choicesKey: undefined };
    return { request: { type: 'part', id, job: header, choicesKey: key, range }, transfer: [] };
  }

  /** The request of an indexed extract: the choices and their index held by the worker, posted once. */
  async #indexedRequest(worker: PoolWorker, id: number, job: BatchJob, key: number, range: PartRange): Promise<Posted> {
    this.#ensureChoices(worker, key, job.choices, job.choiceOffsets, job.choiceCount);
    if (!worker.indexed.has(key)) {
      // Plain buffers: cloned once per worker and key (20 bytes a choice), then kept there.
      worker.thread.postMessage({ type: 'index', key, order: job.choiceOrder!, signatures: job.choiceSignatures! } satisfies PoolMessage);
      worker.indexed.add(key);
    }
    const header: BatchJob = {
      ...job,
      choices: EMPTY_SYMBOLS,
      choiceOffsets: EMPTY_SYMBOLS,
      outIndex: EMPTY_OUTPUT,
      outDistance: EMPTY_OUTPUT,
      choicesKey: undefined,
      choiceOrder: undefined,
      choiceSignatures: undefined,
    };
    return { request: { type: 'part', id, job: header, choicesKey: key, range, indexed: true }, transfer: [] };
  }

  #ensureChoices(worker: PoolWorker, key: number, symbols: Uint32Array, offsets: Uint32Array, count: number): void {
    if (worker.held.delete(key)) {
      worker.held.add(key); // most recently used now
      return;
    }
    // Prepared symbols are in shared memory (core's sharedSymbols), so this posts a handle, not a copy.
    worker.thread.postMessage({ type: 'choices', key, symbols, offsets, count } satisfies PoolMessage);
    worker.held.add(key);
    if (worker.held.size > HELD_CHOICE_SETS) {
      const oldest = worker.held.values().next().value!;
      worker.held.delete(oldest);
      worker.indexed.delete(oldest);
      worker.thread.postMessage({ type: 'forget', key: oldest } satisfies PoolMessage);
    }
  }

  /** A free worker (ref'd), or null if the signal aborts first. */
  #acquire(signal: AbortSignal | undefined): Promise<PoolWorker | null> {
    const idle = this.#idle.pop();
    if (idle) {
      clearTimeout(idle.idleTimer);
      idle.thread.ref();
      return Promise.resolve(idle);
    }
    if (this.#live.size + this.#starting < this.#size) return this.#spawnSoon();
    if (signal?.aborted) return Promise.resolve(null);
    return new Promise((resolve) => {
      const waiter = (worker: PoolWorker) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(worker);
      };
      const onAbort = () => {
        const at = this.#waiting.indexOf(waiter);
        if (at >= 0) this.#waiting.splice(at, 1);
        resolve(null);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(waiter);
    });
  }

  /** Hands a worker that finished a part to the next waiting part, or makes it idle. */
  #release(worker: PoolWorker): void {
    if (worker.failed) return;
    const next = this.#waiting.shift();
    if (next) {
      next(worker);
      return;
    }
    worker.thread.unref();
    worker.idleTimer = setTimeout(() => void this.#fail(worker), IDLE_MS);
    worker.idleTimer.unref();
    this.#idle.push(worker);
  }

  /**
   * A new worker, started on a turn of the event loop of its own: starting one holds the main
   * thread for a few ms (more on a loaded machine), so a call that starts two does not hold it
   * for both at once.
   */
  #spawnSoon(): Promise<PoolWorker> {
    this.#starting++; // counted against the bound from now on
    const started = this.#spawning.then(nextTurn).then(() => {
      this.#starting--;
      return this.#spawn();
    });
    this.#spawning = started.then(() => undefined);
    return started;
  }

  #spawn(): PoolWorker {
    const worker = new PoolWorker(new Worker(join(__dirname, 'batch-worker.js'), { workerData: { module: this.#module } }));
    this.#live.add(worker);
    worker.thread.on('message', (reply: Reply) => {
      if (worker.failed) return; // a terminated worker's last words
      const running = worker.running;
      if (reply.error !== undefined) {
        worker.running = undefined;
        void this.#fail(worker);
        running?.reject(reply.error);
        return;
      }
      if (!running || reply.id !== running.id) return;
      worker.running = undefined;
      this.#release(worker);
      running.resolve(reply);
    });
    worker.thread.on('error', (error) => {
      const running = worker.running;
      worker.running = undefined;
      void this.#fail(worker);
      running?.reject(error);
    });
    worker.thread.on('exit', (code) => {
      const running = worker.running;
      worker.running = undefined;
      worker.failed = true;
      this.#forget(worker);
      this.#live.delete(worker);
      running?.reject(new Error(`editops: a wasm worker thread exited (code ${code}) during a call`));
      // Its place in the bound is free: start a worker for the next part waiting, if any.
      const next = this.#waiting.shift();
      if (next) next(this.#spawn());
    });
    return worker;
  }

  /** Takes a worker out of service for good; resolves once its thread has exited. */
  #fail(worker: PoolWorker): Promise<unknown> {
    worker.failed = true;
    this.#forget(worker);
    return worker.thread.terminate();
  }

  #forget(worker: PoolWorker): void {
    clearTimeout(worker.idleTimer);
    const at = this.#idle.indexOf(worker);
    if (at >= 0) this.#idle.splice(at, 1);
  }
}
