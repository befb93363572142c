import { describe, expect, it } from 'vitest';
import type { EditopsWasmExports } from './instantiate';
import { createWasmKernel } from './wasm-kernel';

/** A stand-in for the module's exports: a bump allocator and a distance that may trap. */
function fakeExports(trap: boolean): EditopsWasmExports {
  const memory = new WebAssembly.Memory({ initial: 1 });
  let next = 1024;
  return {
    memory,
    malloc: (bytes) => ((next += bytes), next - bytes),
    free: () => {},
    eo_distance: (_a, aSize, _b, bSize) => {
      if (trap) throw new WebAssembly.RuntimeError('unreachable');
      return Math.abs(aSize - bSize);
    },
    eo_editops: () => 1,
    eo_ops_data: () => 0,
    eo_ops_size: () => 0,
    eo_ops_clear: () => {},
    eo_batch: () => 0,
  };
}

describe('createWasmKernel', () => {
  it('replaces an instance that trapped, so later calls work', () => {
    let made = 0;
    const kernel = createWasmKernel(() => fakeExports(made++ === 0));
    const symbols = new Uint32Array([1, 2, 3]);
    expect(() => kernel.distance(symbols, 3, symbols, 1, 0, -1, 1, 1, 1)).toThrow(/restarted; later calls are unaffected/);
    expect(made).toBe(2);
    expect(kernel.distance(symbols, 3, symbols, 1, 0, -1, 1, 1, 1)).toBe(2);
  });

  it('lets ordinary errors through without restarting', () => {
    let made = 0;
    const kernel = createWasmKernel(() => {
      made++;
      return { ...fakeExports(false), malloc: () => 0 };
    });
    const symbols = new Uint32Array([1]);
    expect(() => kernel.distance(symbols, 1, symbols, 1, 0, -1, 1, 1, 1)).toThrow(RangeError);
    expect(made).toBe(1);
  });
});
