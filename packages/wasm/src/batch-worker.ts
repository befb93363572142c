/**
 * A worker thread of the wasm backend's async batch calls (Node). It instantiates its own copy of
 * the compiled module (workerData.module) and runs the job parts it is sent (see worker-pool.ts
 * for the messages).
 *
 * Prepared choices are sent once and stay in this instance's linear memory under a key; a part
 * over them names the key and its range, and the core reads the range in place: its offsets index
 * the whole set, so a range needs no rebased copy. A worker that fails is never used again (the
 * pool terminates it), so nothing here recovers from a trap.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { BatchKind, type BatchJob } from '@editops/core';
import { instantiateSync, type EditopsWasmExports } from './instantiate';
import { runBatch } from './wasm-kernel';
import type { PartRange } from './batch-split';
import type { PartRequest, PoolMessage } from './worker-pool';

const wasm: EditopsWasmExports = instantiateSync((workerData as { module: WebAssembly.Module }).module);

/** A prepared choice set held in linear memory. */
interface ResidentChoices {
  readonly symbols: number;
  readonly offsets: number;
  readonly count: number;
}

const resident = new Map<number, ResidentChoices>();

function allocate(bytes: number): number {
  const pointer = wasm.malloc(Math.max(bytes, 4));
  if (pointer === 0) throw new RangeError(`editops: the wasm backend could not allocate ${bytes} bytes`);
  return pointer;
}

function store(array: Uint32Array): number {
  const pointer = allocate(array.byteLength);
  new Uint32Array(wasm.memory.buffer).set(array, pointer >>> 2);
  return pointer;
}

/** Runs `range` of `job` (whose choices are the resident set) in place; returns the part's outputs. */
function runResident(job: BatchJob, choices: ResidentChoices, { begin, end }: PartRange) {
  const matrix = job.kind === BatchKind.matrix;
  const count = end - begin;
  const limit = job.kind === BatchKind.extract ? Math.min(job.limit, count) : 0;
  const pointers: number[] = [];
  try {
    const take = (bytes: number) => {
      const pointer = allocate(bytes);
      pointers.push(pointer);
      return pointer;
    };
    const queries = take(job.queries.byteLength);
    const queryOffsets = take(job.queryOffsets.byteLength);
    const outIndex = take(limit * 4);
    const distances = matrix ? count * choices.count : job.kind === BatchKind.extract ? limit : count;
    const outDistance = take(distances * 4);
    const heap = new Uint32Array(wasm.memory.buffer);
    heap.set(job.queries, queries >>> 2);
    heap.set(job.queryOffsets, queryOffsets >>> 2);
    // Rows of a matrix and ranges of choices are both read in place, through offsets + begin.
    const written = matrix
      ? wasm.eo_batch(job.kind, queries, queryOffsets + begin * 4, count, choices.symbols, choices.offsets, choices.count,
          job.metric, job.maxDistance, job.insertWeight, job.deleteWeight, job.replaceWeight, 0, outIndex, outDistance)
      : wasm.eo_batch(job.kind, queries, queryOffsets, job.queryCount, choices.symbols, choices.offsets + begin * 4, count,
          job.metric, job.maxDistance, job.insertWeight, job.deleteWeight, job.replaceWeight, limit, outIndex, outDistance);
    return {
      count: written,
      outIndex: new Int32Array(wasm.memory.buffer, outIndex, limit).slice(),
      outDistance: new Int32Array(wasm.memory.buffer, outDistance, distances).slice(),
    };
  } finally {
    for (const pointer of pointers) wasm.free(pointer);
  }
}

function checkQueries(job: BatchJob): void {
  const { queries, queryOffsets, queryCount } = job;
  let ok = queries instanceof Uint32Array && queryOffsets instanceof Uint32Array && Number.isInteger(queryCount) && queryCount >= 1 && queryOffsets.length >= queryCount + 1;
  for (let i = 0; ok && i < queryCount; i++) ok = queryOffsets[i]! <= queryOffsets[i + 1]!;
  if (!ok || queryOffsets[queryCount]! > queries.length) throw new TypeError('editops: the batch job is malformed (its queries do not match their offsets)');
}

/** A prepared set's offsets must index its symbols before it is stored (see runResident). */
function checkChoices(symbols: Uint32Array, offsets: Uint32Array, count: number): void {
  let ok = symbols instanceof Uint32Array && offsets instanceof Uint32Array && Number.isInteger(count) && count >= 0 && offsets.length >= count + 1;
  for (let i = 0; ok && i < count; i++) ok = offsets[i]! <= offsets[i + 1]!;
  if (!ok || offsets[count]! > symbols.length) throw new TypeError('editops: the prepared choices sent to a worker are malformed');
}

function runPart({ id, job, choicesKey, range }: PartRequest) {
  if (choicesKey === undefined) {
    const count = runBatch(wasm, job);
    return { id, count, outIndex: job.outIndex, outDistance: job.outDistance };
  }
  const choices = resident.get(choicesKey);
  if (!choices) throw new Error(`editops: internal error: worker holds no choices under key ${choicesKey}`);
  // The resident set was checked when it was stored (checkChoices); the range and query are here.
  const { begin, end } = range;
  const rows = job.kind === BatchKind.matrix ? job.queryCount : choices.count;
  if (!(Number.isInteger(begin) && Number.isInteger(end) && begin >= 0 && begin <= end && end <= rows)) {
    throw new TypeError('editops: the batch job part is malformed');
  }
  checkQueries(job);
  return { id, ...runResident(job, choices, range) };
}

parentPort!.on('message', (message: PoolMessage) => {
  switch (message.type) {
    case 'choices': {
      try {
        checkChoices(message.symbols, message.offsets, message.count);
        const symbols = store(message.symbols);
        resident.set(message.key, { symbols, offsets: store(message.offsets), count: message.count });
      } catch (error) {
        parentPort!.postMessage({ id: -1, error });
      }
      return;
    }
    case 'forget': {
      const choices = resident.get(message.key);
      resident.delete(message.key);
      if (choices) {
        wasm.free(choices.symbols);
        wasm.free(choices.offsets);
      }
      return;
    }
    case 'part': {
      try {
        const reply = runPart(message);
        parentPort!.postMessage(reply, [reply.outIndex.buffer as ArrayBuffer, reply.outDistance.buffer as ArrayBuffer]);
      } catch (error) {
        parentPort!.postMessage({ id: message.id, error });
      }
    }
  }
});
