/**
 * @editops/auto: the editops API on the best backend that loads here (native, else wasm).
 * Set EDITOPS_BACKEND=native or EDITOPS_BACKEND=wasm to pin one; a pinned backend that fails to
 * load throws instead of falling back.
 */
import type { EditopsApi } from '@editops/core';
import { candidates } from './candidates';
import { BACKEND_ENV, resolveBackend, type BackendInfo } from './resolve-backend';

const resolved = resolveBackend(candidates, process.env[BACKEND_ENV]);
const api: EditopsApi = resolved.api;

/**
 * Resolves at once in Node (the backend loads synchronously at import). Browser code awaits
 * `init(wasmUrl)` first; in Node that call resolves at once too, so the same code runs in both.
 */
export const ready: Promise<void> = Promise.resolve();
export async function init(_source?: unknown): Promise<void> {}

/** Which backend this process uses, and why any backend before it was skipped. */
export function backend(): BackendInfo {
  return resolved.info;
}

export const { distance, similarity, normalizedDistance, normalizedSimilarity, editops, opcodes } = api;
export type { BackendInfo, SkippedBackend } from './resolve-backend';
export const { closest, extract, distanceMatrix, closestAsync, extractAsync, distanceMatrixAsync } = api;
export * from '@editops/core/public';
