/**
 * @editops/auto: the editops API on the best backend that loads here (native, else wasm).
 * Set EDITOPS_BACKEND=native or EDITOPS_BACKEND=wasm to pin one; a pinned backend that fails to
 * load throws instead of falling back.
 */
import { createApi, SHORT_STRING_KERNEL, type EditopsApi } from '@editops/core';
import { candidates } from './candidates';
import { BACKEND_ENV, resolveBackend, type BackendInfo } from './resolve-backend';
import { routeShortInputs, SHORT_INPUT_ROUTING } from './short-input-routing';

const resolved = resolveBackend(candidates, process.env[BACKEND_ENV]);

/**
 * Unpinned native also loads wasm for short pairs (see short-input-routing.ts). If wasm does not
 * load, native answers everything; nothing is lost but a little speed on short strings.
 */
function withShortInputRouting(): { api: EditopsApi; info: BackendInfo } {
  const typescriptOnly = { api: resolved.api, info: { ...resolved.info, shortInputs: { typescript: SHORT_STRING_KERNEL } } };
  if (resolved.info.name !== 'native' || resolved.info.pinned || SHORT_INPUT_ROUTING.maxTotalUnits === 0) return typescriptOnly;
  const wasm = candidates.find((candidate) => candidate.name === 'wasm');
  try {
    const short = wasm!.load();
    const api = createApi(routeShortInputs(resolved.api.kernel, short.kernel, SHORT_INPUT_ROUTING));
    return { api, info: { ...resolved.info, shortInputs: { typescript: SHORT_STRING_KERNEL, ...SHORT_INPUT_ROUTING } } };
  } catch {
    return typescriptOnly;
  }
}

const chosen = withShortInputRouting();
const api: EditopsApi = chosen.api;

/**
 * Resolves at once in Node (the backend loads synchronously at import). Browser code awaits
 * `init(wasmUrl)` first; in Node that call resolves at once too, so the same code runs in both.
 */
export const ready: Promise<void> = Promise.resolve();
export async function init(_source?: unknown): Promise<void> {}

/** Which backend this process uses, and why any backend before it was skipped. */
export function backend(): BackendInfo {
  return chosen.info;
}

export const { distance, similarity, normalizedDistance, normalizedSimilarity, editops, opcodes } = api;
export type { BackendInfo, SkippedBackend } from './resolve-backend';
export const { closest, extract, distanceMatrix, closestAsync, extractAsync, distanceMatrixAsync } = api;
export * from '@editops/core/public';
