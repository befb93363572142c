/**
 * The Kernel over editops.wasm: copies the encoded symbols into linear memory, calls the core,
 * copies the packed result out. Input buffers in linear memory are reused between calls.
 *
 * If the module ever traps (it should not: inputs are checked and the core checks its memory
 * budget, but a browser can refuse to grow memory), the instance is thrown away and a fresh one
 * made from the same module, so one failed call cannot corrupt later ones.
 */
import { cutSearchParts, type SearchPart } from './search-parts';
import { CHOICE_SIGNATURE_WORDS, KERNEL_OPTIONS_INT32S, packedArray, type BatchJob, type Kernel, type KernelOptionsBlock, type KernelStatus, type ScoredJob } from '@editops/core';
import { runTasksInSlices } from './chunked-runner';
import { listInMemory, mergeScoredOutput, runScoredTasks } from './run-scored';
import type { EditopsWasmExports } from './instantiate';
import { createWasmFuzzy } from './fuzzy-kernel';
import { ResidentChoices } from './resident-choices';
import { runBatch } from './run-batch';
import { wasmModuleOfSimdPath, type WasmModuleName } from './wasm-modules';

const STATUS_OK = 0;
/**
 * Read once: a CommonJS import is a getter on core's exports, and reading it in the per-call loop
 * of writeOptions kept V8 from optimizing the call (it doubled the cost of a short distance).
 */
const OPTIONS_INT32S = KERNEL_OPTIONS_INT32S;
/**
 * Node's Buffer, where there is one: its 'utf16le' write copies a long string's units in native
 * code, where a charCodeAt loop costs a few nanoseconds per unit (most of a search of a long text).
 * Browsers have no such call, and take the loop.
 */
const NodeBuffer = (globalThis as { Buffer?: { from(buffer: ArrayBuffer, byteOffset: number, length: number): NodeBytes } }).Buffer;
/** A Node Buffer over linear memory, as far as writeUnits uses it. */
interface NodeBytes {
  write(text: string, offset: number, encoding: 'utf16le'): number;
}
/**
 * Strings at least this long are written with NodeBuffer. Measured per string (CPU time, Node 20):
 * the loop costs about as much as the write at 24 units, and 2-3x more from 32 units on (~360 ns
 * against ~110 ns at 100 units, the sentences workload, where it was 45% of a wasm distance call).
 */
const NATIVE_WRITE_UNITS = 32;
/** A Node Buffer over all of `memory`, or undefined outside Node. */
const nodeBytesOf = (memory: ArrayBuffer): NodeBytes | undefined => (NodeBuffer === undefined ? undefined : NodeBuffer.from(memory, 0, memory.byteLength));

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

/** One live instance and its reusable buffers in linear memory. */
class Instance {
  readonly bufferA: LinearBuffer;
  readonly bufferB: LinearBuffer;
  /** eo_options of the call in progress. */
  readonly options: number;
  /** The instance's one script buffer (eo_ops). */
  readonly ops: number;
  /** Two uint32s: the code point lengths eo_editops_utf16 reports. */
  readonly lengths: number;
  /** Four uint32s: the window eo_fuzzy_alignment reports. */
  readonly scratch: number;
  #heap: Uint32Array;
  /** The same memory by UTF-16 unit. */
  #units: Uint16Array;
  /** The same memory as a Node Buffer, where there is one (made once, not per write). */
  #bytes: NodeBytes | undefined;

  constructor(readonly wasm: EditopsWasmExports) {
    this.bufferA = new LinearBuffer(wasm);
    this.bufferB = new LinearBuffer(wasm);
    // The options, then the two lengths, then the four uint32s of the fuzzy alignment's window.
    this.options = wasm.malloc(4 * (OPTIONS_INT32S + 2 + 4));
    this.ops = wasm.eo_ops_new();
    if (this.options === 0 || this.ops === 0) throw new RangeError('editops: the wasm backend could not allocate its buffers');
    this.lengths = this.options + 4 * OPTIONS_INT32S;
    this.scratch = this.lengths + 8;
    this.#heap = new Uint32Array(wasm.memory.buffer);
    this.#units = new Uint16Array(wasm.memory.buffer);
    this.#bytes = nodeBytesOf(wasm.memory.buffer);
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
   * Writes the UTF-16 units of text[start, end) into a reused buffer in linear memory (the core
   * decodes them: eo_distance_utf16); returns its address.
   */
  writeUnits(buffer: LinearBuffer, text: string, start: number, end: number): number {
    // Two units per uint32 of the buffer.
    const pointer = buffer.reserve((end - start + 1) >>> 1);
    this.#refreshHeap();
    if (this.#bytes !== undefined && end - start >= NATIVE_WRITE_UNITS) {
      this.#bytes.write(start === 0 && end === text.length ? text : text.slice(start, end), pointer, 'utf16le');
      return pointer;
    }
    const units = this.#units;
    const at = (pointer >>> 1) - start;
    for (let i = start; i < end; i++) units[at + i] = text.charCodeAt(i);
    return pointer;
  }

  /** Copies an options block into the instance's eo_options; returns its address. */
  writeOptions(block: KernelOptionsBlock): number {
    this.#refreshHeap();
    const heap = this.#heap;
    const at = this.options >>> 2;
    for (let i = 0; i < OPTIONS_INT32S; i++) heap[at + i] = block[i]!;
    return this.options;
  }

  /** The lengths eo_editops_utf16 wrote, into `lengths`. */
  readLengths(lengths: Int32Array): void {
    this.#refreshHeap();
    lengths[0] = this.#heap[this.lengths >>> 2]!;
    lengths[1] = this.#heap[(this.lengths >>> 2) + 1]!;
  }

  /**
   * Memory growth detaches the old ArrayBuffer, and a detached view has length 0 (linear memory
   * never has). Testing that is much cheaper than reading `memory.buffer`, an accessor, per call.
   */
  #refreshHeap(): void {
    if (this.#heap.length === 0) {
      this.#heap = new Uint32Array(this.wasm.memory.buffer);
      this.#units = new Uint16Array(this.wasm.memory.buffer);
      this.#bytes = nodeBytesOf(this.wasm.memory.buffer);
    }
  }

  /**
   * Copies the script the core just computed out of linear memory, and lets the core reuse its
   * buffer. The copy comes from the cached view (one allocation, no `memory.buffer` lookup), which
   * matters for short scripts: this is most of the bridge cost of a short editops call.
   */
  takeOps(): Int32Array {
    const { wasm, ops } = this;
    const start = wasm.eo_ops_data(ops) >>> 2;
    const size = wasm.eo_ops_size(ops);
    this.#refreshHeap();
    const packed = packedArray(size);
    const heap = this.#heap;
    // The ops are non-negative (codes and positions below 2^31), so the uint32 view reads them as
    // they are. A loop beats set() on the few ints of a short script; set() wins on long ones.
    if (size <= 64) for (let i = 0; i < size; i++) packed[i] = heap[start + i]!;
    else packed.set(heap.subarray(start, start + size));
    wasm.eo_ops_clear(ops);
    return packed;
  }

  /** Copies `size` doubles from linear memory at byte address `pointer`. */
  readDoubles(pointer: number, size: number): Float64Array {
    return new Float64Array(this.wasm.memory.buffer, pointer, size).slice();
  }

  shrinkInputs(): void {
    this.bufferA.shrink();
    this.bufferB.shrink();
  }
}

/** Runs a batch job off the main thread (worker threads in Node, Web Workers or slices in browsers). */
export type AsyncBatchRunner = (job: BatchJob, threads: number, signal: AbortSignal | undefined, runSync: (job: BatchJob) => number) => Promise<number>;

/** Runs the tasks of a scored job off the main thread (worker threads in Node). */
export type AsyncScoredRunner = (job: ScoredJob, threads: number, signal: AbortSignal | undefined) => Promise<void>;

/** Runs searchAsync's parts off the main thread (worker threads in Node): see search-parts.ts. */
export type AsyncSearchRunner = (parts: readonly SearchPart[], threads: number, signal: AbortSignal | undefined) => Promise<Float64Array[]>;

/**
 * `instantiate` makes a fresh instance of the module; it is called again after a trap.
 * `runAsync` runs batchAsync jobs (see worker-pool.ts and chunked-runner.ts), `runScored` the
 * scored ones; without it they run task by task on this thread, between turns of the event loop.
 * `runSearch` runs searchAsync's parts; without it they run one after another on this thread.
 */
export function createWasmKernel(
  instantiate: () => EditopsWasmExports,
  runAsync?: AsyncBatchRunner,
  runScored?: AsyncScoredRunner,
  runSearch?: AsyncSearchRunner,
): Kernel & { memory(): WebAssembly.Memory; wasmModule(): WasmModuleName } {
  let live = new Instance(instantiate());
  let resident = new ResidentChoices(live.wasm);

  function batch(job: BatchJob): number {
    try {
      const kept = resident.lookup(job.choices, job.choiceOffsets);
      const index = kept && job.choiceOrder && job.choiceSignatures ? resident.indexOf(kept, job.choiceOrder, job.choiceSignatures) : undefined;
      return runBatch(live.wasm, job, kept, undefined, index);
    } catch (error) {
      return recover(error);
    }
  }

  /** eo_choice_index over a copy of the list in linear memory (or its resident copy). */
  function choiceIndex(symbols: Uint32Array, offsets: Uint32Array, count: number, order: Uint32Array, signatures: Uint32Array): void {
    try {
      const wasm = live.wasm;
      const kept = resident.lookup(symbols, offsets);
      const list = kept ?? listInMemory(wasm, symbols, offsets);
      const orderAt = wasm.malloc(Math.max(order.byteLength, 4));
      const signaturesAt = orderAt === 0 ? 0 : wasm.malloc(Math.max(signatures.byteLength, 4));
      try {
        if (signaturesAt === 0) throw new RangeError(`editops: the wasm backend could not allocate a choice index of ${count} choices`);
        const fits = count <= order.length && CHOICE_SIGNATURE_WORDS * count <= signatures.length;
        if (!fits || wasm.eo_choice_index(list.symbols, list.symbolCount, list.offsets, list.offsetCount, count, orderAt, signaturesAt) !== 0) {
          throw new TypeError('editops: choiceIndex: the list and the index arrays do not fit together');
        }
        order.set(new Uint32Array(wasm.memory.buffer, orderAt, count));
        signatures.set(new Uint32Array(wasm.memory.buffer, signaturesAt, CHOICE_SIGNATURE_WORDS * count));
      } finally {
        if (orderAt !== 0) wasm.free(orderAt);
        if (signaturesAt !== 0) wasm.free(signaturesAt);
        if (!kept) (list as ReturnType<typeof listInMemory>).free();
      }
    } catch (error) {
      recover(error);
    }
  }

  /** The scored job's tasks on this thread, task by task (where no worker runs them). */
  function runScoredHere(job: ScoredJob, signal: AbortSignal | undefined): Promise<void> {
    return runTasksInSlices(job.taskCount, signal, (range) => {
      try {
        const kept = resident.lookup(job.choices, job.choiceOffsets);
        const list = kept ?? listInMemory(live.wasm, job.choices, job.choiceOffsets);
        try {
          mergeScoredOutput(job, range, runScoredTasks(live.wasm, job, list, range));
        } finally {
          if (!kept) (list as ReturnType<typeof listInMemory>).free();
        }
      } catch (error) {
        recover(error);
      }
    });
  }

  function recover(error: unknown): never {
    if (error instanceof WebAssembly.RuntimeError || (error instanceof Error && error.name === 'WasmAbort')) {
      live = new Instance(instantiate());
      resident = new ResidentChoices(live.wasm);
      throw new Error('editops: the wasm core failed on this input and was restarted; later calls are unaffected', { cause: error });
    }
    throw error;
  }

  /** One searchBest: a session over the pattern (in bufferA), `run` on the text already written, its packed output. */
  function searchOnce(pattern: Uint32Array, patternLength: number, options: KernelOptionsBlock, mode: number, run: (handle: number) => number): Float64Array | KernelStatus {
    const pointerP = live.copyIn(live.bufferA, pattern, patternLength);
    const handle = live.wasm.eo_search_new(pointerP, patternLength, live.writeOptions(options), mode, 0, 0, 0);
    if (handle === 0) throw new RangeError('editops: the wasm backend could not open a search');
    const size = run(handle);
    const status = live.wasm.eo_search_status(handle);
    const packed = status === STATUS_OK ? live.readDoubles(live.wasm.eo_search_output(handle), size) : (status as KernelStatus);
    live.wasm.eo_search_free(handle);
    live.shrinkInputs();
    return packed;
  }

  return {
    name: 'wasm',
    abiVersion: live.wasm.eo_abi_version(),
    /** The live instance's memory, for memory measurements. */
    memory: () => live.wasm.memory,
    /** Which module the live instance is, as its core reports the SIMD path it runs. */
    wasmModule: () => wasmModuleOfSimdPath(live.wasm.eo_simd_path()),
    distance(a, aLength, b, bLength, options) {
      try {
        const pointerA = live.copyIn(live.bufferA, a, aLength);
        const pointerB = live.copyIn(live.bufferB, b, bLength);
        const result = live.wasm.eo_distance(pointerA, aLength, pointerB, bLength, live.writeOptions(options));
        live.shrinkInputs();
        return result;
      } catch (error) {
        return recover(error);
      }
    },
    editops(a, aLength, b, bLength, options) {
      try {
        const pointerA = live.copyIn(live.bufferA, a, aLength);
        const pointerB = live.copyIn(live.bufferB, b, bLength);
        const status = live.wasm.eo_editops(pointerA, aLength, pointerB, bLength, live.writeOptions(options), live.ops);
        live.shrinkInputs();
        return status !== STATUS_OK ? (status as KernelStatus) : live.takeOps();
      } catch (error) {
        return recover(error);
      }
    },
    distanceStrings(a, b, prefix, suffix, options) {
      try {
        const unitsA = a.length - suffix - prefix;
        const unitsB = b.length - suffix - prefix;
        const pointerA = live.writeUnits(live.bufferA, a, prefix, a.length - suffix);
        const pointerB = live.writeUnits(live.bufferB, b, prefix, b.length - suffix);
        const result = live.wasm.eo_distance_utf16(pointerA, unitsA, pointerB, unitsB, live.writeOptions(options));
        live.shrinkInputs();
        return result;
      } catch (error) {
        return recover(error);
      }
    },
    editopsStrings(a, b, prefix, suffix, options, lengths) {
      try {
        const unitsA = a.length - suffix - prefix;
        const unitsB = b.length - suffix - prefix;
        const pointerA = live.writeUnits(live.bufferA, a, prefix, a.length - suffix);
        const pointerB = live.writeUnits(live.bufferB, b, prefix, b.length - suffix);
        const status = live.wasm.eo_editops_utf16(pointerA, unitsA, pointerB, unitsB, live.writeOptions(options), live.ops, live.lengths);
        live.shrinkInputs();
        if (status !== STATUS_OK) return status as KernelStatus;
        live.readLengths(lengths);
        return live.takeOps();
      } catch (error) {
        return recover(error);
      }
    },
    openSearch(pattern, patternLength, options, session) {
      try {
        const instance = live;
        const pointer = instance.copyIn(instance.bufferA, pattern, patternLength);
        const handle = instance.wasm.eo_search_new(
          pointer, patternLength, instance.writeOptions(options), session.mode, session.limit, session.firstEnd, session.withWindows ? 1 : 0,
        );
        if (handle === 0) throw new RangeError('editops: the wasm backend could not open a search');
        let open = true;
        const take = (size: number) => instance.readDoubles(instance.wasm.eo_search_output(handle), size);
        return {
          feed(chunk, length) {
            try {
              const at = instance.copyIn(instance.bufferB, chunk, length);
              const packed = take(instance.wasm.eo_search_feed(handle, at, length));
              instance.shrinkInputs();
              return packed;
            } catch (error) {
              return recover(error);
            }
          },
          finish() {
            if (!open) return new Float64Array(0);
            open = false;
            try {
              const packed = take(instance.wasm.eo_search_finish(handle));
              instance.wasm.eo_search_free(handle);
              return packed;
            } catch (error) {
              return recover(error);
            }
          },
          feedString(text, start, end, byUnit) {
            try {
              const at = instance.writeUnits(instance.bufferB, text, start, end);
              const packed = take(instance.wasm.eo_search_feed_utf16(handle, at, end - start, byUnit ? 1 : 0));
              instance.shrinkInputs();
              return packed;
            } catch (error) {
              return recover(error);
            }
          },
          get done() {
            return instance.wasm.eo_search_done(handle) !== 0;
          },
        };
      } catch (error) {
        return recover(error);
      }
    },
    searchBest(pattern, patternLength, text, textLength, options, mode) {
      try {
        const pointerT = live.copyIn(live.bufferB, text, textLength);
        return searchOnce(pattern, patternLength, options, mode, (handle) => live.wasm.eo_search_best(handle, pointerT, textLength));
      } catch (error) {
        return recover(error);
      }
    },
    searchBestString(pattern, patternLength, text, options, mode, byUnit) {
      try {
        const pointerT = live.writeUnits(live.bufferB, text, 0, text.length);
        return searchOnce(pattern, patternLength, options, mode, (handle) => live.wasm.eo_search_best_utf16(handle, pointerT, text.length, byUnit ? 1 : 0));
      } catch (error) {
        return recover(error);
      }
    },
    batch,
    choiceIndex,
    fuzzy: {
      ...createWasmFuzzy(
      () => ({
        wasm: live.wasm,
        copyA: (symbols, length) => live.copyIn(live.bufferA, symbols, length),
        copyB: (symbols, length) => live.copyIn(live.bufferB, symbols, length),
        writeA: (text) => live.writeUnits(live.bufferA, text, 0, text.length),
        writeB: (text) => live.writeUnits(live.bufferB, text, 0, text.length),
        resident,
        scratch: live.scratch,
      }),
      (call) => {
        try {
          const result = call();
          live.shrinkInputs();
          return result;
        } catch (error) {
          return recover(error);
        }
      },
      ),
      runAsync: (job, threads, signal) => (runScored ? runScored(job, threads, signal) : runScoredHere(job, signal)),
    },
    ...(runSearch && {
      searchParts(pattern, patternLength, options, mode, limit, text, _textLength, bounds, byUnit, threads, _stop, signal) {
        return runSearch(cutSearchParts(pattern, patternLength, options, mode, limit, text, bounds, byUnit), threads, signal);
      },
    }),
    batchAsync(job, threads, signal) {
      if (!runAsync) return Promise.reject(new Error('editops: this wasm kernel has no async runner'));
      // A runner that splits the job into ranges of choices leaves the choice index out of them.
      return runAsync(job, threads, signal, batch);
    },
  };
}
