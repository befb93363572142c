import { describe, expect, it } from 'vitest';
import { DEFAULT_KERNEL_OPTIONS, KERNEL_ABI_VERSION } from '@editops/core';
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
    eo_abi_version: () => KERNEL_ABI_VERSION,
    eo_simd_path: () => 0,
    eo_distance: (_a, aSize, _b, bSize) => {
      if (trap) throw new WebAssembly.RuntimeError('unreachable');
      return Math.abs(aSize - bSize);
    },
    eo_distance_utf16: () => 0,
    eo_ops_new: () => 8,
    eo_ops_free: () => {},
    eo_editops: () => 1,
    eo_editops_utf16: () => 1,
    eo_ops_data: () => 0,
    eo_ops_size: () => 0,
    eo_ops_clear: () => {},
    eo_batch_new: () => 0,
    eo_batch_set_queries: () => 0,
    eo_batch_set_choices: () => 0,
    eo_batch_set_outputs: () => 0,
    eo_batch_check: () => 0,
    eo_batch_split: () => 1,
    eo_batch_run: () => {},
    eo_batch_finish: () => 0,
    eo_choice_index: () => 0,
    eo_batch_set_choice_index: () => 0,
    eo_fuzzy_score: () => 0,
    eo_fuzzy_score_utf16: () => 0,
    eo_fuzzy_alignment: () => -1,
    eo_fuzzy_similarity: () => 0,
    eo_fuzzy_extract: () => 0,
    eo_fuzzy_matrix: () => 0,
    eo_search_new: () => 0,
    eo_search_feed: () => 0,
    eo_search_feed_utf16: () => 0,
    eo_search_finish: () => 0,
    eo_search_done: () => 0,
    eo_search_output: () => 0,
    eo_search_best: () => 0,
    eo_search_best_utf16: () => 0,
    eo_search_status: () => 0,
    eo_search_free: () => {},
  };
}

describe('createWasmKernel', () => {
  it('replaces an instance that trapped, so later calls work', () => {
    let made = 0;
    const kernel = createWasmKernel(() => fakeExports(made++ === 0));
    const symbols = new Uint32Array([1, 2, 3]);
    expect(() => kernel.distance(symbols, 3, symbols, 1, DEFAULT_KERNEL_OPTIONS)).toThrow(/restarted; later calls are unaffected/);
    expect(made).toBe(2);
    expect(kernel.distance(symbols, 3, symbols, 1, DEFAULT_KERNEL_OPTIONS)).toBe(2);
  });

  it('lets ordinary errors through without restarting', () => {
    let made = 0;
    const kernel = createWasmKernel(() => {
      made++;
      const exports = fakeExports(false);
      // The instance's own buffers are allocated; the call's input buffer is refused.
      let allocations = 0;
      return { ...exports, malloc: (bytes: number) => (allocations++ === 0 ? exports.malloc(bytes) : 0) };
    });
    const symbols = new Uint32Array([1]);
    expect(() => kernel.distance(symbols, 1, symbols, 1, DEFAULT_KERNEL_OPTIONS)).toThrow(RangeError);
    expect(made).toBe(1);
  });
});
