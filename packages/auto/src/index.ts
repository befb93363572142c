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

/**
 * backend() also says how the batch kernels run: on wasm, which wasm module loaded (@editops/wasm's
 * wasmModule()); on native, its SIMD path (@editops/native's simdPath()).
 */
function withBatchPath(routed: { api: EditopsApi; info: BackendInfo }): { api: EditopsApi; info: BackendInfo } {
  const loaded = resolved.api as { wasmModule?: () => BackendInfo['wasmModule']; simdPath?: () => BackendInfo['simdPath'] };
  if (resolved.info.name === 'wasm' && typeof loaded.wasmModule === 'function') {
    return { ...routed, info: { ...routed.info, wasmModule: loaded.wasmModule() } };
  }
  if (resolved.info.name === 'native' && typeof loaded.simdPath === 'function') {
    return { ...routed, info: { ...routed.info, simdPath: loaded.simdPath() } };
  }
  return routed;
}

const chosen = withBatchPath(withShortInputRouting());
const api: EditopsApi = chosen.api;

/**
 * Resolves at once in Node (the backend loads synchronously at import). Browser code awaits
 * `init(wasmUrl)` first; in Node that call resolves at once too, so the same code runs in both.
 */
export const ready: Promise<void> = Promise.resolve();
/**
 * Does nothing in Node, where the backend is ready at import; in browsers (the `browser` entry)
 * it loads the wasm core, so code that awaits it runs in both.
 *
 * @param _source - In browsers: the URL, Response, bytes or WebAssembly.Module of editops.wasm.
 * @returns A promise that resolves at once.
 * @example
 * ```ts
 * await init(); // nothing to wait for in Node
 * ```
 */
export async function init(_source?: unknown): Promise<void> {}

/**
 * Which backend this process uses, and why any backend before it was skipped.
 *
 * @returns The backend's name, whether `EDITOPS_BACKEND` pinned it, the backends skipped (with
 * their errors), and where short pairs go.
 * @example
 * ```ts
 * backend().name; // 'native' (or 'wasm' where no prebuilt addon loads)
 * ```
 */
export function backend(): BackendInfo {
  return chosen.info;
}

// Each export is annotated with the contract's type, so the published .d.ts refers to its
// documented overloads (a destructuring would inline them without their docs).
// <api-functions export="export const NAME: EditopsApi['NAME'] = api.NAME;" docs>
/** The edit distance between `a` and `b`; `maxDistance + 1` over the cutoff. See {@link EditopsApi.distance}. */
export const distance: EditopsApi['distance'] = api.distance;
/** The largest possible distance for these lengths minus the distance. See {@link EditopsApi.similarity}. */
export const similarity: EditopsApi['similarity'] = api.similarity;
/** The distance divided by the largest possible one, in [0, 1]. See {@link EditopsApi.normalizedDistance}. */
export const normalizedDistance: EditopsApi['normalizedDistance'] = api.normalizedDistance;
/** 1 minus the normalized distance, in [0, 1]. See {@link EditopsApi.normalizedSimilarity}. */
export const normalizedSimilarity: EditopsApi['normalizedSimilarity'] = api.normalizedSimilarity;
/** The canonical edit script turning `a` into `b` (`null` only over `maxDistance`). See {@link EditopsApi.editops}. */
export const editops: EditopsApi['editops'] = api.editops;
/** The canonical edit script as difflib-style blocks (`null` only over `maxDistance`). See {@link EditopsApi.opcodes}. */
export const opcodes: EditopsApi['opcodes'] = api.opcodes;
/** The choice nearest to `query`, or `null`. See {@link EditopsApi.closest}. */
export const closest: EditopsApi['closest'] = api.closest;
/** The choices nearest to `query`, best first, at most `limit`. See {@link EditopsApi.extract}. */
export const extract: EditopsApi['extract'] = api.extract;
/** The distance of every query to every choice, row-major. See {@link EditopsApi.distanceMatrix}. */
export const distanceMatrix: EditopsApi['distanceMatrix'] = api.distanceMatrix;
/** `closest` off the main thread. See {@link EditopsApi.closestAsync}. */
export const closestAsync: EditopsApi['closestAsync'] = api.closestAsync;
/** `extract` off the main thread. See {@link EditopsApi.extractAsync}. */
export const extractAsync: EditopsApi['extractAsync'] = api.extractAsync;
/** `distanceMatrix` off the main thread. See {@link EditopsApi.distanceMatrixAsync}. */
export const distanceMatrixAsync: EditopsApi['distanceMatrixAsync'] = api.distanceMatrixAsync;
/** The normalized Indel similarity as a score, 0 to 100. See {@link EditopsApi.ratio}. */
export const ratio: EditopsApi['ratio'] = api.ratio;
/** The best ratio of the shorter side against every window of the longer. See {@link EditopsApi.partialRatio}. */
export const partialRatio: EditopsApi['partialRatio'] = api.partialRatio;
/** ratio of the words sorted and joined. See {@link EditopsApi.tokenSortRatio}. */
export const tokenSortRatio: EditopsApi['tokenSortRatio'] = api.tokenSortRatio;
/** RapidFuzz's token_set_ratio: common words against each side's own. See {@link EditopsApi.tokenSetRatio}. */
export const tokenSetRatio: EditopsApi['tokenSetRatio'] = api.tokenSetRatio;
/** The larger of tokenSetRatio and tokenSortRatio. See {@link EditopsApi.tokenRatio}. */
export const tokenRatio: EditopsApi['tokenRatio'] = api.tokenRatio;
/** partialRatio of the words sorted and joined. See {@link EditopsApi.partialTokenSortRatio}. */
export const partialTokenSortRatio: EditopsApi['partialTokenSortRatio'] = api.partialTokenSortRatio;
/** 100 on a common word, else partialRatio of the differences. See {@link EditopsApi.partialTokenSetRatio}. */
export const partialTokenSetRatio: EditopsApi['partialTokenSetRatio'] = api.partialTokenSetRatio;
/** The larger of partialTokenSetRatio and partialTokenSortRatio. See {@link EditopsApi.partialTokenRatio}. */
export const partialTokenRatio: EditopsApi['partialTokenRatio'] = api.partialTokenRatio;
/** RapidFuzz's weighted ratio. See {@link EditopsApi.WRatio}. */
export const WRatio: EditopsApi['WRatio'] = api.WRatio;
/** ratio, but 0 when either side is empty. See {@link EditopsApi.QRatio}. */
export const QRatio: EditopsApi['QRatio'] = api.QRatio;
/** partialRatio with the window it found (null below scoreCutoff). See {@link EditopsApi.partialRatioAlignment}. */
export const partialRatioAlignment: EditopsApi['partialRatioAlignment'] = api.partialRatioAlignment;
/** Every match of `pattern` in `text` within `maxDistance` edits, with its script. See {@link EditopsApi.search}. */
export const search: EditopsApi['search'] = api.search;
/** edlib's answer: the least distance anywhere, every end with it, the first one's alignment. See {@link EditopsApi.searchBest}. */
export const searchBest: EditopsApi['searchBest'] = api.searchBest;
/** `search` in parts, on `threads` threads of the backend where it has them (native, wasm in Node). See {@link EditopsApi.searchAsync}. */
export const searchAsync: EditopsApi['searchAsync'] = api.searchAsync;
/** `search` over a text that arrives in chunks, yielding matches in order. See {@link EditopsApi.searchStream}. */
export const searchStream: EditopsApi['searchStream'] = api.searchStream;
// </api-functions>
export type { BackendInfo, SkippedBackend } from './resolve-backend';
export * from '@editops/core/public';
