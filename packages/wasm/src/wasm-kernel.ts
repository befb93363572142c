/**
 * The Kernel over editops.wasm: copies the encoded symbols into linear memory, calls the core,
 * copies the packed result out. Input buffers in linear memory are reused between calls.
 *
 * If the module ever traps (it should not: inputs are checked and the core checks its memory
 * budget, but a browser can refuse to grow memory), the instance is thrown away and a fresh one
 * made from the same module, so one failed call cannot corrupt later ones.
 */
import type { Kernel, KernelStatus } from '@editops/core';
import type { EditopsWasmExports } from './instantiate';

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
    // Memory growth detaches the old ArrayBuffer: re-make the view when that happened.
    if (this.#heap.buffer !== this.wasm.memory.buffer) this.#heap = new Uint32Array(this.wasm.memory.buffer);
    const offset = pointer >>> 2;
    if (length <= 32) {
      for (let i = 0; i < length; i++) this.#heap[offset + i] = symbols[i]!;
    } else {
      this.#heap.set(symbols.subarray(0, length), offset);
    }
    return pointer;
  }

  shrinkInputs(): void {
    this.bufferA.shrink();
    this.bufferB.shrink();
  }
}

/** `instantiate` makes a fresh instance of the module; it is called again after a trap. */
export function createWasmKernel(instantiate: () => EditopsWasmExports): Kernel & { memory(): WebAssembly.Memory } {
  let live = new Instance(instantiate());

  function recover(error: unknown): never {
    if (error instanceof WebAssembly.RuntimeError || (error instanceof Error && error.name === 'WasmAbort')) {
      live = new Instance(instantiate());
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
    editops(a, aLength, b, bLength, metric, maxDistance, insertWeight, deleteWeight, replaceWeight) {
      try {
        const { wasm } = live;
        const pointerA = live.copyIn(live.bufferA, a, aLength);
        const pointerB = live.copyIn(live.bufferB, b, bLength);
        const status = wasm.eo_editops(pointerA, aLength, pointerB, bLength, metric, maxDistance, insertWeight, deleteWeight, replaceWeight);
        live.shrinkInputs();
        if (status !== STATUS_OK) return status as KernelStatus;
        const packed = new Int32Array(wasm.memory.buffer, wasm.eo_ops_data(), wasm.eo_ops_size()).slice();
        wasm.eo_ops_clear();
        return packed;
      } catch (error) {
        return recover(error);
      }
    },
  };
}
