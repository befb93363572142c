/**
 * The Kernel over editops.wasm: copies the encoded symbols into linear memory, calls the core,
 * copies the packed result out. Input buffers in linear memory are reused between calls.
 */
import type { Kernel, KernelStatus, MetricCode } from '@editops/core';
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

export function createWasmKernel(wasm: EditopsWasmExports): Kernel {
  const bufferA = new LinearBuffer(wasm);
  const bufferB = new LinearBuffer(wasm);
  let heap = new Uint32Array(wasm.memory.buffer);

  /** A view over linear memory; re-made after memory growth detaches the old buffer. */
  function heapU32(): Uint32Array {
    if (heap.buffer !== wasm.memory.buffer) heap = new Uint32Array(wasm.memory.buffer);
    return heap;
  }

  function copyIn(buffer: LinearBuffer, symbols: Uint32Array, length: number): number {
    const pointer = buffer.reserve(length);
    const view = heapU32();
    const offset = pointer >>> 2;
    if (length <= 32) {
      for (let i = 0; i < length; i++) view[offset + i] = symbols[i]!;
    } else {
      view.set(symbols.subarray(0, length), offset);
    }
    return pointer;
  }

  return {
    name: 'wasm',
    distance(a, aLength, b, bLength, metric, maxDistance, insertWeight, deleteWeight, replaceWeight) {
      const pointerA = copyIn(bufferA, a, aLength);
      const pointerB = copyIn(bufferB, b, bLength);
      const result = wasm.eo_distance(pointerA, aLength, pointerB, bLength, metric, maxDistance, insertWeight, deleteWeight, replaceWeight);
      bufferA.shrink();
      bufferB.shrink();
      return result;
    },
    editops(a, aLength, b, bLength, metric: MetricCode, maxDistance, insertWeight, deleteWeight, replaceWeight) {
      const pointerA = copyIn(bufferA, a, aLength);
      const pointerB = copyIn(bufferB, b, bLength);
      const status = wasm.eo_editops(pointerA, aLength, pointerB, bLength, metric, maxDistance, insertWeight, deleteWeight, replaceWeight);
      bufferA.shrink();
      bufferB.shrink();
      if (status !== STATUS_OK) return status as KernelStatus;
      const size = wasm.eo_ops_size();
      const packed = new Int32Array(wasm.memory.buffer, wasm.eo_ops_data(), size).slice();
      wasm.eo_ops_clear();
      return packed;
    },
  };
}
