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

// Each export is annotated with the contract's type, so the published .d.ts refers to its
// documented overloads (a destructuring would inline them without their docs).
export const distance: EditopsApi['distance'] = api.distance;
export const similarity: EditopsApi['similarity'] = api.similarity;
export const normalizedDistance: EditopsApi['normalizedDistance'] = api.normalizedDistance;
export const normalizedSimilarity: EditopsApi['normalizedSimilarity'] = api.normalizedSimilarity;
export const editops: EditopsApi['editops'] = api.editops;
export const opcodes: EditopsApi['opcodes'] = api.opcodes;
export const closest: EditopsApi['closest'] = api.closest;
export const extract: EditopsApi['extract'] = api.extract;
export const distanceMatrix: EditopsApi['distanceMatrix'] = api.distanceMatrix;
export const closestAsync: EditopsApi['closestAsync'] = api.closestAsync;
export const extractAsync: EditopsApi['extractAsync'] = api.extractAsync;
export const distanceMatrixAsync: EditopsApi['distanceMatrixAsync'] = api.distanceMatrixAsync;
export * from '@editops/core/public';
