/**
 * One batch job on one instance of editops.wasm, through the C API's eo_batch (c_api.h), which
 * checks the job's lists, counts and outputs and dispatches by kind.
 *
 * The job's inputs are copied into freshly allocated linear memory, and everything allocated is
 * freed at the end (batch calls are large; their buffers are not worth keeping). Choices already
 * in linear memory (`resident`: resident-choices.ts on the main thread, a worker's prepared set)
 * are not copied. A `range` runs rows [begin, end) of a matrix, or choices [begin, end) of the other
 * kinds, in place, through offsets + begin; the job's outputs are then sized for the range.
 *
 * Self-contained (see importsFor): the browser's Web Workers run it from its source text.
 */
import type { BatchJob } from '@editops/core';
import type { EditopsWasmExports } from './instantiate';

/** A packed list already in linear memory: byte addresses, and counts of uint32s. */
export interface ListInMemory {
  readonly symbols: number;
  readonly symbolCount: number;
  readonly offsets: number;
  readonly offsetCount: number;
}

export interface RowRange {
  readonly begin: number;
  readonly end: number;
}

/** A choice index in linear memory (resident-choices.ts): byte addresses and its choice count. */
export interface ChoiceIndexInMemory {
  readonly order: number;
  readonly signatures: number;
  readonly count: number;
}

/**
 * `index`: the job's choice index already in linear memory; without it, a job that has one
 * (BatchJob.choiceOrder) has it copied in for this call. A job run in a `range` takes none.
 */
export function runBatch(wasm: EditopsWasmExports, job: BatchJob, resident?: ListInMemory, range?: RowRange, index?: ChoiceIndexInMemory): number {
  const arrays = resident ? [job.queries, job.queryOffsets] : [job.queries, job.queryOffsets, job.choices, job.choiceOffsets];
  const copyIndex = !range && !index && job.choiceOrder !== undefined && job.choiceSignatures !== undefined;
  if (copyIndex) arrays.push(job.choiceOrder!, job.choiceSignatures!);
  if (!arrays.every((array) => array instanceof Uint32Array) || ![job.options, job.outIndex, job.outDistance].every((array) => array instanceof Int32Array)) {
    throw new TypeError('editops: the batch job is malformed (its lists and outputs must be Uint32Arrays and Int32Arrays)');
  }
  const pointers: number[] = [];
  const allocate = (bytes: number): number => {
    const pointer = wasm.malloc(Math.max(bytes, 4));
    if (pointer === 0) throw new RangeError(`editops: the wasm backend could not allocate ${bytes} bytes`);
    pointers.push(pointer);
    return pointer;
  };
  try {
    const copied = [job.options, job.outIndex, job.outDistance, ...arrays];
    const at = copied.map((array) => allocate(array.byteLength));
    // Allocation may grow memory and detach older views: copy only once every buffer exists.
    const heap = new Uint8Array(wasm.memory.buffer);
    copied.forEach((array, k) => heap.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at[k]!));
    const [options, outIndex, outDistance, querySymbols, queryOffsets] = at as [number, number, number, number, number];
    const queries: ListInMemory = { symbols: querySymbols, symbolCount: job.queries.length, offsets: queryOffsets, offsetCount: job.queryOffsets.length };
    const choices: ListInMemory = resident ?? { symbols: at[5]!, symbolCount: job.choices.length, offsets: at[6]!, offsetCount: job.choiceOffsets.length };
    const choiceIndex: ChoiceIndexInMemory | undefined = copyIndex
      ? { order: at[at.length - 2]!, signatures: at[at.length - 1]!, count: job.choiceOrder!.length }
      : range ? undefined : index;
    const matrix = job.kind === 2;
    const shift = (list: ListInMemory, count: number, inRange: boolean): [number, number, number, number, number] =>
      inRange && range
        ? [list.symbols, list.symbolCount, list.offsets + 4 * range.begin, Math.max(list.offsetCount - range.begin, 0), range.end - range.begin]
        : [list.symbols, list.symbolCount, list.offsets, list.offsetCount, count];
    const batch = wasm.eo_batch_new(job.kind, options, job.limit);
    if (batch === 0) throw new TypeError(`editops: the batch job is malformed (unknown kind ${job.kind})`);
    let valid: boolean;
    let count: number;
    try {
      valid = wasm.eo_batch_set_queries(batch, ...shift(queries, job.queryCount, matrix)) === 0;
      valid = wasm.eo_batch_set_choices(batch, ...shift(choices, job.choiceCount, !matrix)) === 0 && valid;
      wasm.eo_batch_set_outputs(batch, outIndex, job.outIndex.length, outDistance, job.outDistance.length);
      if (choiceIndex) {
        // Each choice has 4 words of signature (CHOICE_SIGNATURE_WORDS, written out: this function
        // runs from its source text in Web Workers, without imports); a shorter array is no index.
        // (An index already in memory was checked so when it was copied in.)
        const fits = !copyIndex || job.choiceSignatures!.length >= 4 * choiceIndex.count;
        valid = fits && wasm.eo_batch_set_choice_index(batch, choiceIndex.order, choiceIndex.signatures, choiceIndex.count) === 0 && valid;
      }
      valid = valid && wasm.eo_batch_check(batch) === 0;
      if (valid) {
        wasm.eo_batch_split(batch, 1);
        wasm.eo_batch_run(batch, 0, 0);
      }
    } finally {
      count = wasm.eo_batch_finish(batch);
    }
    if (!valid) throw new TypeError('editops: the batch job is malformed (its lists, counts or outputs do not match)');
    job.outIndex.set(new Int32Array(wasm.memory.buffer, outIndex, job.outIndex.length));
    job.outDistance.set(new Int32Array(wasm.memory.buffer, outDistance, job.outDistance.length));
    return count;
  } finally {
    for (const pointer of pointers) wasm.free(pointer);
  }
}
