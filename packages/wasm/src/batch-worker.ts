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
import { runBatch, type ChoiceIndexInMemory, type ListInMemory } from './run-batch';
import type { PartRange } from './batch-split';
import { runScoredTasks } from './run-scored';
import type { PartRequest, PoolMessage, ScoredRequest } from './worker-pool';
import { runSearchPart } from './search-parts';
import { createWasmKernel } from './wasm-kernel';

const wasm: EditopsWasmExports = instantiateSync((workerData as { module: WebAssembly.Module }).module);

/** A prepared choice set held in linear memory, with its choice index once one is sent. */
interface ResidentChoices extends ListInMemory {
  readonly count: number;
  index?: ChoiceIndexInMemory;
}

const resident = new Map<number, ResidentChoices>();

/** A kernel over this worker's instance, for searchAsync's parts (made at the first one). */
let searchKernel: ReturnType<typeof createWasmKernel> | undefined;

function store(array: Uint32Array): number {
  const pointer = wasm.malloc(Math.max(array.byteLength, 4));
  if (pointer === 0) throw new RangeError(`editops: the wasm backend could not allocate ${array.byteLength} bytes`);
  new Uint32Array(wasm.memory.buffer).set(array, pointer >>> 2);
  return pointer;
}

function freeIndex(choices: ResidentChoices): void {
  if (!choices.index) return;
  wasm.free(choices.index.order);
  wasm.free(choices.index.signatures);
  choices.index = undefined;
}

/** Runs `range` of `job` (whose choices are the resident set) in place; returns the part's outputs. */
function runResident(job: BatchJob, choices: ResidentChoices, range: PartRange) {
  const count = range.end - range.begin;
  const limit = job.kind === BatchKind.extract ? Math.min(job.limit, count) : 0;
  const distances = job.kind === BatchKind.matrix ? count * choices.count : job.kind === BatchKind.extract ? limit : count;
  const part: BatchJob = { ...job, choiceCount: choices.count, limit, outIndex: new Int32Array(limit), outDistance: new Int32Array(distances) };
  return { count: runBatch(wasm, part, choices, range), outIndex: part.outIndex, outDistance: part.outDistance };
}

function runPart({ id, job, choicesKey, range, indexed }: PartRequest) {
  if (indexed) {
    const choices = choicesKey === undefined ? undefined : resident.get(choicesKey);
    if (!choices?.index) throw new Error(`editops: internal error: worker holds no choice index under key ${choicesKey}`);
    // Whole: the index covers the whole list (the core checks its count against the choices').
    const limit = Math.min(job.limit, choices.count);
    const part: BatchJob = { ...job, choiceCount: choices.count, limit, outIndex: new Int32Array(limit), outDistance: new Int32Array(limit) };
    return { id, count: runBatch(wasm, part, choices, undefined, choices.index), outIndex: part.outIndex, outDistance: part.outDistance };
  }
  if (choicesKey === undefined) {
    const count = runBatch(wasm, job);
    return { id, count, outIndex: job.outIndex, outDistance: job.outDistance };
  }
  const choices = resident.get(choicesKey);
  if (!choices) throw new Error(`editops: internal error: worker holds no choices under key ${choicesKey}`);
  // The core checks the lists (eo_batch_set_*); the range must lie within the rows it splits.
  const { begin, end } = range;
  const rows = job.kind === BatchKind.matrix ? job.queryCount : choices.count;
  if (!(Number.isInteger(begin) && Number.isInteger(end) && begin >= 0 && begin <= end && end <= rows)) {
    throw new TypeError('editops: the batch job part is malformed');
  }
  return { id, ...runResident(job, choices, range) };
}

/** Runs tasks of a scored job over a resident choice set; replies with their outputs. */
function runScored({ id, job, choicesKey, range }: ScoredRequest) {
  const choices = resident.get(choicesKey);
  if (!choices) throw new Error(`editops: internal error: worker holds no choices under key ${choicesKey}`);
  if (job.choiceCount !== choices.count) throw new TypeError('editops: the scored batch job is malformed (its choice count)');
  return { id, ...runScoredTasks(wasm, job, choices, range) };
}

parentPort!.on('message', (message: PoolMessage) => {
  switch (message.type) {
    case 'choices': {
      try {
        const { symbols, offsets, count } = message;
        if (!(symbols instanceof Uint32Array && offsets instanceof Uint32Array && Number.isInteger(count) && count >= 0)) {
          throw new TypeError('editops: the prepared choices sent to a worker are malformed');
        }
        // Checked by the core on every part that reads them (eo_batch_set_choices).
        const at = store(symbols);
        resident.set(message.key, { symbols: at, symbolCount: symbols.length, offsets: store(offsets), offsetCount: offsets.length, count });
      } catch (error) {
        parentPort!.postMessage({ id: -1, error });
      }
      return;
    }
    case 'index': {
      try {
        const { order, signatures } = message;
        const choices = resident.get(message.key);
        // 4 words of signature a choice (CHOICE_SIGNATURE_WORDS); the core checks the order.
        if (!(choices && order instanceof Uint32Array && signatures instanceof Uint32Array && signatures.length >= 4 * order.length)) {
          throw new TypeError('editops: the choice index sent to a worker is malformed');
        }
        freeIndex(choices);
        choices.index = { order: store(order), signatures: store(signatures), count: order.length };
      } catch (error) {
        parentPort!.postMessage({ id: -1, error });
      }
      return;
    }
    case 'forget': {
      const choices = resident.get(message.key);
      resident.delete(message.key);
      if (choices) {
        freeIndex(choices);
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
      return;
    }
    case 'search': {
      try {
        searchKernel ??= createWasmKernel(() => wasm);
        const packed = runSearchPart(searchKernel, message.part);
        parentPort!.postMessage({ id: message.id, packed }, [packed.buffer as ArrayBuffer]);
      } catch (error) {
        parentPort!.postMessage({ id: message.id, error });
      }
      return;
    }
    case 'scored': {
      try {
        const reply = runScored(message);
        const buffers = [reply.outIndex.buffer, reply.outScore.buffer, reply.outCount.buffer, reply.outMatrix.buffer] as ArrayBuffer[];
        parentPort!.postMessage(reply, buffers);
      } catch (error) {
        parentPort!.postMessage({ id: message.id, error });
      }
    }
  }
});
