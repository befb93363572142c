/**
 * @editops/native: the editops API over the Node-API addon.
 */
import { createApi, type EditopsApi, type Kernel } from '@editops/core';
import { loadBinding } from './load-binding';
import { createNativeKernel } from './native-kernel';
import { simdPathName, type SimdPath } from './simd-path';

const binding = loadBinding();

export const kernel: Kernel = createNativeKernel(binding);

const api = createApi(kernel) satisfies EditopsApi;

/**
 * Which SIMD path the batch calls' multi-pattern lanes run on in this process: 'avx2' or 'sse2' on
 * x86-64 (AVX2 where the CPU has it), 'neon' on arm64, 'scalar' elsewhere. EDITOPS_SIMD forces one
 * (a path the CPU lacks runs as 'scalar', and this says so). Every path gives the same answers.
 */
export function simdPath(): SimdPath {
  return simdPathName(binding.simdPath());
}
export type { SimdPath } from './simd-path';

/** This package's version; @editops/auto refuses a backend whose version differs from its own. */
export const version: string = (require('../package.json') as { version: string }).version;

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
export * from '@editops/core/public';
