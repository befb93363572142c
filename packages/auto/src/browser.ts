/**
 * @editops/auto in browsers and workers (the "browser" and "worker" export conditions): wasm is
 * the only backend there. Call and await `init(wasmUrl)` once before using the API; see
 * @editops/wasm's browser entry for what `init` accepts.
 */
import { SHORT_STRING_KERNEL } from '@editops/core';
import { wasmModule } from '@editops/wasm';
import type { BackendInfo } from './resolve-backend';

export { init, ready, type InitOptions, type WasmSource, type WasmSources } from '@editops/wasm';
// <api-functions export="export { NAME } from '@editops/wasm';">
export { distance } from '@editops/wasm';
export { similarity } from '@editops/wasm';
export { normalizedDistance } from '@editops/wasm';
export { normalizedSimilarity } from '@editops/wasm';
export { editops } from '@editops/wasm';
export { opcodes } from '@editops/wasm';
export { closest } from '@editops/wasm';
export { extract } from '@editops/wasm';
export { distanceMatrix } from '@editops/wasm';
export { closestAsync } from '@editops/wasm';
export { extractAsync } from '@editops/wasm';
export { distanceMatrixAsync } from '@editops/wasm';
export { ratio } from '@editops/wasm';
export { partialRatio } from '@editops/wasm';
export { tokenSortRatio } from '@editops/wasm';
export { tokenSetRatio } from '@editops/wasm';
export { tokenRatio } from '@editops/wasm';
export { partialTokenSortRatio } from '@editops/wasm';
export { partialTokenSetRatio } from '@editops/wasm';
export { partialTokenRatio } from '@editops/wasm';
export { WRatio } from '@editops/wasm';
export { QRatio } from '@editops/wasm';
export { partialRatioAlignment } from '@editops/wasm';
export { search } from '@editops/wasm';
export { searchBest } from '@editops/wasm';
export { searchAsync } from '@editops/wasm';
export { searchStream } from '@editops/wasm';
// </api-functions>
export * from '@editops/core/public';
export type { BackendInfo, SkippedBackend } from './resolve-backend';

const info: BackendInfo = { name: 'wasm', pinned: false, skipped: [], shortInputs: { typescript: SHORT_STRING_KERNEL } };

/**
 * Which backend is in use: always wasm in a browser.
 *
 * @returns `{ name: 'wasm', pinned: false, skipped: [] }`, with `wasmModule` once init has loaded one.
 * @example
 * ```ts
 * backend().name; // 'wasm'
 * ```
 */
export function backend(): BackendInfo {
  const loaded = wasmModule();
  return loaded === undefined ? info : { ...info, wasmModule: loaded };
}
