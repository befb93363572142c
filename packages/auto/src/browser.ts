/**
 * @editops/auto in browsers and workers (the "browser" and "worker" export conditions): wasm is
 * the only backend there. Call and await `init(wasmUrl)` once before using the API; see
 * @editops/wasm's browser entry for what `init` accepts.
 */
import { SHORT_STRING_KERNEL } from '@editops/core';
import type { BackendInfo } from './resolve-backend';

export {
  init,
  ready,
  distance,
  similarity,
  normalizedDistance,
  normalizedSimilarity,
  editops,
  opcodes,
  closest,
  extract,
  distanceMatrix,
  closestAsync,
  extractAsync,
  distanceMatrixAsync,
  search,
  searchBest,
  searchAsync,
  searchStream,
  type WasmSource,
} from '@editops/wasm';
export * from '@editops/core/public';
export type { BackendInfo, SkippedBackend } from './resolve-backend';

const info: BackendInfo = { name: 'wasm', pinned: false, skipped: [], shortInputs: { typescript: SHORT_STRING_KERNEL } };

/**
 * Which backend is in use: always wasm in a browser.
 *
 * @returns `{ name: 'wasm', pinned: false, skipped: [] }`.
 * @example
 * ```ts
 * backend().name; // 'wasm'
 * ```
 */
export function backend(): BackendInfo {
  return info;
}
