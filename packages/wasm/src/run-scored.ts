/**
 * Tasks of a batch call with a fuzzy scorer (@editops/core's scored-job.ts) on one instance of
 * editops.wasm: a worker thread runs a contiguous range of them, and where no worker can start
 * the main thread runs them one at a time between turns of the event loop.
 *
 * The choices are already in linear memory (a worker's resident set, or the main instance's);
 * each task reads its range of them in place, through offsets + its first choice. The query
 * list and the range's outputs are copied in and out here, and freed at the end.
 */
import { BatchKind, TASK_INTS, type ScoredJob } from '@editops/core';
import type { EditopsWasmExports } from './instantiate';
import type { ListInMemory } from './run-batch';

/** Tasks [first, last) of a job. */
export interface TaskRange {
  readonly first: number;
  readonly last: number;
}

/** What a range of tasks produced: its part of the job's outputs, starting at `at`. */
export interface ScoredOutput {
  readonly at: number;
  readonly outIndex: Int32Array;
  readonly outScore: Float64Array;
  readonly outCount: Int32Array;
  readonly outMatrix: Float32Array;
}

/** The first output slot of task t, and the slots it owns. */
function slots(job: ScoredJob, t: number): { at: number; size: number } {
  const base = t * TASK_INTS;
  const at = job.tasks[base + 4]!;
  if (job.kind === BatchKind.extract) return { at, size: job.tasks[base + 5]! };
  return { at, size: (job.tasks[base + 1]! - job.tasks[base]!) * (job.tasks[base + 3]! - job.tasks[base + 2]!) };
}

/** Writes a range's outputs into the whole job's. */
export function mergeScoredOutput(job: ScoredJob, range: TaskRange, output: ScoredOutput): void {
  if (job.kind === BatchKind.extract) {
    job.outIndex.set(output.outIndex, output.at);
    job.outScore.set(output.outScore, output.at);
    job.outCount.set(output.outCount, range.first);
  } else {
    job.outMatrix.set(output.outMatrix, output.at);
  }
}

/** At most `parts` contiguous ranges of about as many tasks each. */
export function taskRanges(taskCount: number, parts: number): TaskRange[] {
  const count = Math.max(1, Math.min(parts, taskCount));
  const out: TaskRange[] = [];
  for (let part = 0; part < count; part++) {
    out.push({ first: Math.floor((taskCount * part) / count), last: Math.floor((taskCount * (part + 1)) / count) });
  }
  return out;
}

export function runScoredTasks(wasm: EditopsWasmExports, job: ScoredJob, choices: ListInMemory, { first, last }: TaskRange): ScoredOutput {
  const extract = job.kind === BatchKind.extract;
  if (!(Number.isInteger(first) && Number.isInteger(last) && first >= 0 && first <= last && last <= job.taskCount && job.tasks.length >= job.taskCount * TASK_INTS)) {
    throw new TypeError('editops: the scored batch job part is malformed');
  }
  const at = first < last ? slots(job, first).at : 0;
  const end = first < last ? slots(job, last - 1).at + slots(job, last - 1).size : 0;
  const span = end - at;
  const pointers: number[] = [];
  const allocate = (bytes: number): number => {
    const pointer = wasm.malloc(Math.max(bytes, 8));
    if (pointer === 0) throw new RangeError(`editops: the wasm backend could not allocate ${bytes} bytes`);
    pointers.push(pointer);
    return pointer;
  };
  try {
    const queriesAt = allocate(job.queries.byteLength);
    const queryOffsetsAt = allocate(job.queryOffsets.byteLength);
    const indexAt = allocate(extract ? 4 * span : 0);
    const valuesAt = allocate((extract ? 8 : 4) * span);
    const heap = new Uint32Array(wasm.memory.buffer);
    heap.set(job.queries, queriesAt >>> 2);
    heap.set(job.queryOffsets, queryOffsetsAt >>> 2);
    const outCount = new Int32Array(extract ? last - first : 0);
    for (let t = first; t < last; t++) {
      const base = t * TASK_INTS;
      const [q0, q1, c0, c1] = [job.tasks[base]!, job.tasks[base + 1]!, job.tasks[base + 2]!, job.tasks[base + 3]!];
      const slot = slots(job, t);
      // Checked as the core cannot: a task must stay within the lists and this range's outputs.
      if (!(q0 < q1 && q1 <= job.queryCount && c0 <= c1 && c1 <= job.choiceCount && slot.at >= at && slot.at + slot.size <= end)) {
        throw new TypeError('editops: the scored batch job tasks do not fit its lists');
      }
      const offsets = choices.offsets + 4 * c0;
      const offsetCount = Math.max(choices.offsetCount - c0, 0);
      if (extract) {
        const begin = job.queryOffsets[0]!;
        const length = job.queryOffsets[1]! - begin;
        if (!(job.queryOffsets.length >= 2 && length >= 0 && begin + length <= job.queries.length)) throw new TypeError('editops: the scored batch job query is malformed');
        const found = wasm.eo_fuzzy_extract(
          job.scorer, queriesAt + 4 * begin, length, choices.symbols, choices.symbolCount, offsets, offsetCount,
          c1 - c0, job.scoreCutoff, slot.size, indexAt + 4 * (slot.at - at), valuesAt + 8 * (slot.at - at),
        );
        if (found < 0) throw new TypeError('editops: the scored batch job is malformed (its lists do not fit together)');
        outCount[t - first] = found;
      } else {
        const status = wasm.eo_fuzzy_matrix(
          job.scorer, queriesAt, job.queries.length, queryOffsetsAt + 4 * q0, Math.max(job.queryOffsets.length - q0, 0), q1 - q0,
          choices.symbols, choices.symbolCount, offsets, offsetCount, c1 - c0, job.scoreCutoff, valuesAt + 4 * (slot.at - at),
        );
        if (status !== 0) throw new TypeError('editops: the scored batch job is malformed (its lists do not fit together)');
      }
    }
    const buffer = wasm.memory.buffer;
    return {
      at,
      outCount,
      outIndex: extract ? new Int32Array(buffer, indexAt, span).slice() : new Int32Array(0),
      outScore: extract ? new Float64Array(buffer, valuesAt, span).slice() : new Float64Array(0),
      outMatrix: extract ? new Float32Array(0) : new Float32Array(buffer, valuesAt, span).slice(),
    };
  } finally {
    for (const pointer of pointers) wasm.free(pointer);
  }
}

/** Copies a packed list into linear memory for one call; `free` gives it back. */
export function listInMemory(wasm: EditopsWasmExports, symbols: Uint32Array, offsets: Uint32Array): ListInMemory & { free(): void } {
  const symbolsAt = wasm.malloc(Math.max(symbols.byteLength, 4));
  const offsetsAt = symbolsAt === 0 ? 0 : wasm.malloc(Math.max(offsets.byteLength, 4));
  if (offsetsAt === 0) {
    if (symbolsAt !== 0) wasm.free(symbolsAt);
    throw new RangeError('editops: the wasm backend could not allocate the choices');
  }
  const heap = new Uint32Array(wasm.memory.buffer);
  heap.set(symbols, symbolsAt >>> 2);
  heap.set(offsets, offsetsAt >>> 2);
  return {
    symbols: symbolsAt,
    symbolCount: symbols.length,
    offsets: offsetsAt,
    offsetCount: offsets.length,
    free: () => {
      wasm.free(symbolsAt);
      wasm.free(offsetsAt);
    },
  };
}
