/**
 * @editops/wasm: the editops API over the WebAssembly build of the C++ core.
 *
 * In Node the module is compiled and instantiated synchronously at import, so the API works right
 * away; `ready` is already resolved. (Browsers, which must compile asynchronously, get their own
 * entry point.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApi, type EditopsApi, type Kernel } from '@editops/core';
import { instantiateSync } from './instantiate';
import { createWasmKernel } from './wasm-kernel';
import { WorkerPool } from './worker-pool';

/** Absolute path of editops.wasm inside this package. */
export const wasmPath = join(__dirname, '..', 'wasm', 'editops.wasm');

const wasmModule = new WebAssembly.Module(readFileSync(wasmPath));

const pool = new WorkerPool(wasmModule);
const wasmKernel = createWasmKernel(
  () => instantiateSync(wasmModule),
  (job, threads, signal) => pool.run(job, threads, signal),
);
export const kernel: Kernel = wasmKernel;

/** Bytes of linear memory the wasm core holds now (it grows, and never shrinks). */
export function wasmMemoryBytes(): number {
  return wasmKernel.memory().buffer.byteLength;
}

/** Resolves when the API can be called. In Node that is at once. */
export const ready: Promise<void> = Promise.resolve();

/**
 * The browser entry needs `await init(source)` before use; in Node the module is ready at import,
 * so this resolves at once and ignores `source`. It exists so that code written for browsers runs
 * unchanged in Node, and so both entries share one type surface.
 */
export async function init(_source?: WasmSource): Promise<void> {}

/** What init accepts (see the browser entry). */
export type WasmSource = string | URL | Response | PromiseLike<Response> | BufferSource | WebAssembly.Module;

const api = createApi(kernel) satisfies EditopsApi;

/** This package's version; @editops/auto refuses a backend whose version differs from its own. */
export const version: string = (require('../package.json') as { version: string }).version;

export const { distance, similarity, normalizedDistance, normalizedSimilarity, editops, opcodes } = api;
export const { closest, extract, distanceMatrix, closestAsync, extractAsync, distanceMatrixAsync } = api;
export * from '@editops/core/public';
