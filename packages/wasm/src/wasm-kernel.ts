/**
 * The Kernel over editops.wasm: copies the encoded symbols into linear memory, calls the core,
 * copies the packed result out. Input buffers in linear memory are reused between calls.
 *
 * If the module ever traps (it should not: inputs are checked and the core checks its memory
 * budget, but a browser can refuse to grow memory), the instance is thrown away and a fresh one
 * made from the same module, so one failed call cannot corrupt later ones.
 */
import { packedArray, type BatchJob, type Kernel, type KernelStatus } from '@editops/core';
import type { EditopsWasmExports } from './instantiate';
import { ResidentChoices } from './resident-choices';

const STATUS_OK = 0;
/** Input buffers up to this many symbols stay allocated between calls. */
const RETAINED_INPUT_SYMBOLS = 1 << 16;

class LinearBuffer {
  pointer = 0;
  capacity = 0;

  constructor(private readonly wasm: EditopsWasmExports) {}

  /** Makes room for `symbols` uint32 values; returns the byte address. */
  reserve(symbols: number): number {
    if (symbols <= this.capacity && this.pointer !== 0) return this.pointer;
    this.releaseAll();
    const capacity = Math.max(symbols, 64);
    const pointer = this.wasm.malloc(capacity * 4);
    if (pointer === 0) throw new RangeError(`editops: the wasm backend could not allocate ${capacity * 4} bytes`);
    this.pointer = pointer;
    this.capacity = capacity;
    return pointer;
  }

  /** Gives a one-off large buffer back to the allocator. */
  shrink(): void {
    if (this.capacity > RETAINED_INPUT_SYMBOLS) this.releaseAll();
  }

  private releaseAll(): void {
    if (this.pointer !== 0) this.wasm.free(this.pointer);
    this.pointer = 0;
    this.capacity = 0;
  }
}

/** One live instance and its reusable input buffers. */
class Instance {
  readonly bufferA: LinearBuffer;
  readonly bufferB: LinearBuffer;
  #heap: Uint32Array;

  constructor(readonly wasm: EditopsWasmExports) {
    this.bufferA = new LinearBuffer(wasm);
    this.bufferB = new LinearBuffer(wasm);
    this.#heap = new Uint32Array(wasm.memory.buffer);
  }

  /** Copies symbols[0, length) into a reused buffer in linear memory; returns its address. */
  copyIn(buffer: LinearBuffer, symbols: Uint32Array, length: number): number {
    const pointer = buffer.reserve(length);
    this.#refreshHeap();
    const offset = pointer >>> 2;
    if (length <= 32) {
      for (let i = 0; i < length; i++) this.#heap[offset + i] = symbols[i]!;
    } else {
      this.#heap.set(symbols.subarray(0, length), offset);
    }
    return pointer;
  }

  /**
   * Writes the code points of text[start, end) (UTF-16 units; a boundary never splits a pair)
   * into a reused buffer in linear memory (a surrogate pair is one symbol, a lone surrogate its
   * own); returns the count. Same encoding as @editops/core's ScratchSequence.encodeCodePoints,
   * without the scratch copy.
   */
  writeCodePoints(buffer: LinearBuffer, text: string, start: number, end: number): number {
    const pointer = buffer.reserve(end - start);
    this.#refreshHeap();
    const heap = this.#heap;
    let at = pointer >>> 2;
    for (let i = start; i < end; i++) {
      let unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < end) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          unit = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
          i++;
        }
      }
      heap[at++] = unit;
    }
    return at - (pointer >>> 2);
  }

  /**
   * Memory growth detaches the old ArrayBuffer, and a detached view has length 0 (linear memory
   * never has). Testing that is much cheaper than reading `memory.buffer`, an accessor, per call.
   */
  #refreshHeap(): void {
    if (this.#heap.length === 0) this.#heap = new Uint32Array(this.wasm.memory.buffer);
  }

  /**
   * Copies the script the core just computed out of linear memory, and lets the core reuse its
   * buffer. The copy comes from the cached view (one allocation, no `memory.buffer` lookup), which
   * matters for short scripts: this is most of the bridge cost of a short editops call.
   */
  takeOps(): Int32Array {
    const { wasm } = this;
    const start = wasm.eo_ops_data() >>> 2;
    const size = wasm.eo_ops_size();
    this.#refreshHeap();
    const packed = packedArray(size);
    const heap = this.#heap;
    // The ops are non-negative (codes and positions below 2^31), so the uint32 view reads them as
    // they are. A loop beats set() on the few ints of a short script; set() wins on long ones.
    if (size <= 64) for (let i = 0; i < size; i++) packed[i] = heap[start + i]!;
    else packed.set(heap.subarray(start, start + size));
    wasm.eo_ops_clear();
    return packed;
  }

  shrinkInputs(): void {
    this.bufferA.shrink();
    this.bufferB.shrink();
  }
}

/** Runs a batch job off the main thread (worker threads in Node, Web Workers or slices in browsers). */
export type AsyncBatchRunner = (job: BatchJob, threads: number, signal: AbortSignal | undefined, runSync: (job: BatchJob) => number) => Promise<number>;

/**
 * Copies a batch job's inputs into freshly allocated linear memory, runs it, copies the outputs
 * back and frees everything it allocated (batch calls are large; their buffers are not worth
 * keeping). Choices already `resident` in linear memory (resident-choices.ts) are not copied.
 * Self-contained (see importsFor): the browser's Web Workers run it from its source text.
 */
export function runBatch(wasm: EditopsWasmExports, job: BatchJob, resident?: { readonly symbols: number; readonly offsets: number }): number {
  // The core trusts the job: check what it would read (as the native binding does), so that a
  // malformed job is a TypeError, not reads of other memory. Inline: this function runs from its
  // source text in Web Workers.
  const isList = (symbols: unknown, offsets: unknown, count: number) => {
    if (!(symbols instanceof Uint32Array) || !(offsets instanceof Uint32Array)) return false;
    if (!(Number.isInteger(count) && count >= 0 && offsets.length >= count + 1)) return false;
    for (let i = 0; i < count; i++) if (offsets[i]! > offsets[i + 1]!) return false;
    return offsets[count]! <= symbols.length;
  };
  const outputs = job.kind === 1 ? job.limit : job.kind === 0 ? job.choiceCount : job.queryCount * job.choiceCount;
  if (
    !isList(job.queries, job.queryOffsets, job.queryCount) ||
    !isList(job.choices, job.choiceOffsets, job.choiceCount) ||
    !(job.kind === 0 || job.kind === 1 || job.kind === 2) ||
    (job.kind !== 2 && job.queryCount < 1) ||
    !(job.outIndex instanceof Int32Array) ||
    !(job.outDistance instanceof Int32Array) ||
    !(Number.isInteger(job.limit) && job.limit >= 0) ||
    job.outDistance.length < outputs ||
    (job.kind === 1 && job.outIndex.length < job.limit)
  ) {
    throw new TypeError('editops: the batch job is malformed (its lists, counts or outputs do not match)');
  }
  const pointers: number[] = [];
  try {
    const allocate = (array: Uint32Array | Int32Array): number => {
      const pointer = wasm.malloc(Math.max(array.byteLength, 4));
      if (pointer === 0) throw new RangeError(`editops: the wasm backend could not allocate ${array.byteLength} bytes`);
      pointers.push(pointer);
      return pointer;
    };
    const inputs = resident ? [job.queries, job.queryOffsets] : [job.queries, job.queryOffsets, job.choices, job.choiceOffsets];
    const [queries, queryOffsets, copiedChoices, copiedOffsets] = inputs.map(allocate) as [number, number, number?, number?];
    const choices = resident ? resident.symbols : copiedChoices!;
    const choiceOffsets = resident ? resident.offsets : copiedOffsets!;
    const outIndex = allocate(job.outIndex);
    const outDistance = allocate(job.outDistance);
    // Allocation may grow memory and detach older views: copy only once every buffer exists.
    const heap = new Uint32Array(wasm.memory.buffer);
    inputs.forEach((array, k) => heap.set(array, pointers[k]! >>> 2));
    const count = wasm.eo_batch(
      job.kind, queries, queryOffsets, job.queryCount, choices, choiceOffsets, job.choiceCount,
      job.metric, job.maxDistance, job.insertWeight, job.deleteWeight, job.replaceWeight, job.limit, outIndex, outDistance,
    );
    job.outIndex.set(new Int32Array(wasm.memory.buffer, outIndex, job.outIndex.length));
    job.outDistance.set(new Int32Array(wasm.memory.buffer, outDistance, job.outDistance.length));
    return count;
  } finally {
    for (const pointer of pointers) wasm.free(pointer);
  }
}

/**
 * `instantiate` makes a fresh instance of the module; it is called again after a trap.
 * `runAsync` runs batchAsync jobs (see worker-pool.ts and chunked-runner.ts).
 */
export function createWasmKernel(
  instantiate: () => EditopsWasmExports,
  runAsync?: AsyncBatchRunner,
): Kernel & { memory(): WebAssembly.Memory } {
  let live = new Instance(instantiate());
  let resident = new ResidentChoices(live.wasm);

  function batch(job: BatchJob): number {
    try {
      return runBatch(live.wasm, job, resident.lookup(job.choices, job.choiceOffsets));
    } catch (error) {
      return recover(error);
    }
  }

  function recover(error: unknown): never {
    if (error instanceof WebAssembly.RuntimeError || (error instanceof Error && error.name === 'WasmAbort')) {
      live = new Instance(instantiate());
      resident = new ResidentChoices(live.wasm);
      throw new Error('editops: the wasm core failed on this input and was restarted; later calls are unaffected', { cause: error });
    }
    throw error;
  }

  return {
    name: 'wasm',
    /** The live instance's memory, for memory measurements. */
    memory: () => live.wasm.memory,
    distance(a, aLength, b, bLength, metric, maxDistance, insertWeight, deleteWeight, replaceWeight) {
      try {
        const pointerA = live.copyIn(live.bufferA, a, aLength);
        const pointerB = live.copyIn(live.bufferB, b, bLength);
        const result = live.wasm.eo_distance(pointerA, aLength, pointerB, bLength, metric, maxDistance, insertWeight, deleteWeight, replaceWeight);
        live.shrinkInputs();
        return result;
      } catch (error) {
        return recover(error);
      }
    },
    editops(a, aLength, b, bLength, metric, maxDistance, insertWeight, deleteWeight, replaceWeight, path = 0) {
      try {
        const { wasm } = live;
        const pointerA = live.copyIn(live.bufferA, a, aLength);
        const pointerB = live.copyIn(live.bufferB, b, bLength);
        const status = wasm.eo_editops(pointerA, aLength, pointerB, bLength, metric, maxDistance, insertWeight, deleteWeight, replaceWeight, path);
        live.shrinkInputs();
        return status !== STATUS_OK ? (status as KernelStatus) : live.takeOps();
      } catch (error) {
        return recover(error);
      }
    },
    distanceStrings(a, b, prefix, suffix, metric, maxDistance, insertWeight, deleteWeight, replaceWeight) {
      try {
        const lengthA = live.writeCodePoints(live.bufferA, a, prefix, a.length - suffix);
        const lengthB = live.writeCodePoints(live.bufferB, b, prefix, b.length - suffix);
        const result = live.wasm.eo_distance(live.bufferA.pointer, lengthA, live.bufferB.pointer, lengthB, metric, maxDistance, insertWeight, deleteWeight, replaceWeight);
        live.shrinkInputs();
        return result;
      } catch (error) {
        return recover(error);
      }
    },
    editopsStrings(a, b, prefix, suffix, metric, maxDistance, insertWeight, deleteWeight, replaceWeight, lengths) {
      try {
        const { wasm } = live;
        const lengthA = (lengths[0] = live.writeCodePoints(live.bufferA, a, prefix, a.length - suffix));
        const lengthB = (lengths[1] = live.writeCodePoints(live.bufferB, b, prefix, b.length - suffix));
        const status = wasm.eo_editops(live.bufferA.pointer, lengthA, live.bufferB.pointer, lengthB, metric, maxDistance, insertWeight, deleteWeight, replaceWeight, 0);
        live.shrinkInputs();
        return status !== STATUS_OK ? (status as KernelStatus) : live.takeOps();
      } catch (error) {
        return recover(error);
      }
    },
    batch,
    batchAsync(job, threads, signal) {
      if (!runAsync) return Promise.reject(new Error('editops: this wasm kernel has no async runner'));
      return runAsync(job, threads, signal, batch);
    },
  };
}
