/**
 * @editops/auto: the editops API on the best backend that loads here (native, else wasm).
 * Set EDITOPS_BACKEND=native or EDITOPS_BACKEND=wasm to pin one; a pinned backend that fails to
 * load throws instead of falling back.
 */
import { createApi, type EditopsApi } from '@editops/core';
import { candidates } from './candidates';
import { BACKEND_ENV, resolveBackend, type BackendInfo } from './resolve-backend';
import { routeShortInputs, SHORT_INPUT_ROUTING } from './short-input-routing';

const resolved = resolveBackend(candidates, process.env[BACKEND_ENV]);

/**
 * Unpinned native also loads wasm for short pairs (see short-input-routing.ts). If wasm does not
 * load, native answers everything; nothing is lost but a little speed on short strings.
 */
function withShortInputRouting(): { api: EditopsApi; info: BackendInfo } {
  if (resolved.info.name !== 'native' || resolved.info.pinned || SHORT_INPUT_ROUTING.maxTotalUnits === 0) return resolved;
  const wasm = candidates.find((candidate) => candidate.name === 'wasm');
  try {
    const short = wasm!.load();
    const api = createApi(routeShortInputs(resolved.api.kernel, short.kernel, SHORT_INPUT_ROUTING));
    return { api, info: { ...resolved.info, shortInputs: SHORT_INPUT_ROUTING } };
  } catch {
    return resolved;
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
export type { BackendInfo, SkippedBackend } from './resolve-backend';
export * from '@editops/core/public';
