/**
 * @editops/wasm for browsers and workers: no Node built-ins. The async batch calls run in Web
 * Workers (web-workers.ts), or in short slices on the main thread where Workers cannot start. Browsers compile WebAssembly
 * asynchronously, so call `init(source)` once and await it (or await `ready` after calling it)
 * before using the API.
 *
 *   import wasmUrl from '@editops/wasm/editops.wasm?url'; // Vite; other bundlers have equivalents
 *   import { init, distance } from '@editops/wasm';
 *   await init(wasmUrl);
 *   distance('kitten', 'sitting');
 *
 * `source` may be a URL (or URL string), a fetch Response (or a promise of one), the bytes, or a
 * compiled WebAssembly.Module (Cloudflare Workers and strict CSP setups need the last).
 *
 * The package has two modules: editops.wasm (scalar, runs everywhere) and editops-simd128.wasm
 * (its batch calls run on 128-bit SIMD lanes: distanceMatrix several times faster). Give both and
 * init loads simd128 where the engine supports it, else the scalar one; only the chosen one is
 * fetched:
 *
 *   import scalar from '@editops/wasm/editops.wasm?url';
 *   import simd128 from '@editops/wasm/editops-simd128.wasm?url';
 *   await init({ scalar, simd128 });
 *   await init({ scalar, simd128 }, { module: 'scalar' }); // forces one of them
 */
import { createApi, ScorerCode, withoutChoiceIndex, type EditopsApi, type ScorerName } from '@editops/core';
import { exportsOf, importsFor } from './instantiate';
import { runInSlices } from './chunked-runner';
import { createWasmKernel } from './wasm-kernel';
import { WebWorkerPool } from './web-workers';
import { chooseWasmModule, type InitOptions, type WasmModuleName, type WasmSource, type WasmSources } from './wasm-modules';

export { engineHasSimd128, WASM_MODULE_FILES, type InitOptions, type WasmModuleName, type WasmSource, type WasmSources } from './wasm-modules';

let loadedKernel: ReturnType<typeof createWasmKernel> | undefined;

let api: EditopsApi | undefined;
let resolveReady!: () => void;

/** Resolves once `init` has finished. */
export const ready: Promise<void> = new Promise((resolve) => {
  resolveReady = resolve;
});

async function compile(source: WasmSource): Promise<WebAssembly.Module> {
  if (source instanceof WebAssembly.Module) return source;
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return WebAssembly.compile(source);
  const response = typeof source === 'string' || source instanceof URL ? fetch(source) : source;
  const awaited = await response;
  if (!awaited.ok) throw new Error(`editops: fetching the wasm module failed with HTTP ${awaited.status}`);
  // compileStreaming needs the application/wasm content type; fall back to bytes without it.
  if (awaited.headers.get('content-type')?.startsWith('application/wasm')) return WebAssembly.compileStreaming(awaited);
  return WebAssembly.compile(await awaited.arrayBuffer());
}

function isSources(source: WasmSource | WasmSources): source is WasmSources {
  return typeof source === 'object' && source !== null && 'scalar' in source && !('then' in source);
}

/** The one source to compile: `source` itself, or the module of WasmSources that runs here. */
function pick(source: WasmSource | WasmSources, options: InitOptions | undefined): WasmSource {
  if (!isSources(source)) return source;
  const forced = options?.module;
  if (forced !== undefined && forced !== 'scalar' && forced !== 'simd128') {
    throw new RangeError(`editops: init's options.module must be 'scalar' or 'simd128', got ${JSON.stringify(forced)}`);
  }
  if (source.simd128 === undefined) {
    if (forced === 'simd128') throw new TypeError("editops: init's options.module is 'simd128', but the sources have no simd128 module");
    return source.scalar;
  }
  return chooseWasmModule(forced) === 'simd128' ? source.simd128 : source.scalar;
}

/**
 * Compiles and instantiates the wasm core: `source` is one module, or `{ scalar, simd128 }` to
 * load simd128 where the engine supports it. Calling it again after success does nothing.
 */
export async function init(source: WasmSource | WasmSources, options?: InitOptions): Promise<void> {
  if (api) return;
  if (source === undefined || source === null) {
    throw new TypeError('editops: init(source) needs the URL, Response, bytes or WebAssembly.Module of editops.wasm (or { scalar, simd128 })');
  }
  const module = await compile(pick(source, options));
  const workers = new WebWorkerPool(module);
  let first: WebAssembly.Instance | undefined = await WebAssembly.instantiate(module, importsFor(module));
  // The first instance comes from the async path browsers prefer; a restart after a trap is rare
  // and instantiates the already compiled module synchronously.
  const kernel = createWasmKernel(
    () => {
      const instance = first ?? new WebAssembly.Instance(module, importsFor(module));
      first = undefined;
      return exportsOf(instance);
    },
    // Web Workers when the page can start them, else slices on the main thread. Both split the
    // job into ranges of choices, which the choice index of the whole list does not fit.
    async (job, threads, signal, runSync) => {
      const plain = withoutChoiceIndex(job);
      return (await workers.run(plain, threads, signal)) ?? runInSlices(plain, signal, runSync);
    },
  );
  loadedKernel = kernel;
  api ??= createApi(kernel);
  resolveReady();
}

/** Which wasm module init loaded ('simd128' or 'scalar', as the core reports it); undefined before. */
export function wasmModule(): WasmModuleName | undefined {
  return loadedKernel?.wasmModule();
}

function initialized(): EditopsApi {
  if (!api) throw new Error('editops: call and await init(source) before using @editops/wasm in a browser');
  return api;
}

type ThreeArguments = (first: unknown, second: unknown, options: unknown) => unknown;

/**
 * The API function `name` of the instance that init made (every API function takes three
 * arguments). A fuzzy score carries its scorer tag, as createApi's scores do, so that
 * `scorer: ratio` accepts the forwarded function as the score itself.
 */
function forward(name: keyof EditopsApi): ThreeArguments {
  const call: ThreeArguments = (first, second, options) => (initialized() as unknown as Record<string, ThreeArguments>)[name]!(first, second, options);
  if (Object.hasOwn(ScorerCode, name)) Object.defineProperty(call, Symbol.for('editops.scorer'), { value: ScorerCode[name as ScorerName] });
  return call;
}

// <api-functions export="export const NAME: EditopsApi['NAME'] = forward('NAME') as EditopsApi['NAME'];" docs>
/** The edit distance between `a` and `b`; `maxDistance + 1` over the cutoff. See {@link EditopsApi.distance}. */
export const distance: EditopsApi['distance'] = forward('distance') as EditopsApi['distance'];
/** The largest possible distance for these lengths minus the distance. See {@link EditopsApi.similarity}. */
export const similarity: EditopsApi['similarity'] = forward('similarity') as EditopsApi['similarity'];
/** The distance divided by the largest possible one, in [0, 1]. See {@link EditopsApi.normalizedDistance}. */
export const normalizedDistance: EditopsApi['normalizedDistance'] = forward('normalizedDistance') as EditopsApi['normalizedDistance'];
/** 1 minus the normalized distance, in [0, 1]. See {@link EditopsApi.normalizedSimilarity}. */
export const normalizedSimilarity: EditopsApi['normalizedSimilarity'] = forward('normalizedSimilarity') as EditopsApi['normalizedSimilarity'];
/** The canonical edit script turning `a` into `b` (`null` only over `maxDistance`). See {@link EditopsApi.editops}. */
export const editops: EditopsApi['editops'] = forward('editops') as EditopsApi['editops'];
/** The canonical edit script as difflib-style blocks (`null` only over `maxDistance`). See {@link EditopsApi.opcodes}. */
export const opcodes: EditopsApi['opcodes'] = forward('opcodes') as EditopsApi['opcodes'];
/** The choice nearest to `query`, or `null`. See {@link EditopsApi.closest}. */
export const closest: EditopsApi['closest'] = forward('closest') as EditopsApi['closest'];
/** The choices nearest to `query`, best first, at most `limit`. See {@link EditopsApi.extract}. */
export const extract: EditopsApi['extract'] = forward('extract') as EditopsApi['extract'];
/** The distance of every query to every choice, row-major. See {@link EditopsApi.distanceMatrix}. */
export const distanceMatrix: EditopsApi['distanceMatrix'] = forward('distanceMatrix') as EditopsApi['distanceMatrix'];
/** `closest` off the main thread. See {@link EditopsApi.closestAsync}. */
export const closestAsync: EditopsApi['closestAsync'] = forward('closestAsync') as EditopsApi['closestAsync'];
/** `extract` off the main thread. See {@link EditopsApi.extractAsync}. */
export const extractAsync: EditopsApi['extractAsync'] = forward('extractAsync') as EditopsApi['extractAsync'];
/** `distanceMatrix` off the main thread. See {@link EditopsApi.distanceMatrixAsync}. */
export const distanceMatrixAsync: EditopsApi['distanceMatrixAsync'] = forward('distanceMatrixAsync') as EditopsApi['distanceMatrixAsync'];
/** The normalized Indel similarity as a score, 0 to 100. See {@link EditopsApi.ratio}. */
export const ratio: EditopsApi['ratio'] = forward('ratio') as EditopsApi['ratio'];
/** The best ratio of the shorter side against every window of the longer. See {@link EditopsApi.partialRatio}. */
export const partialRatio: EditopsApi['partialRatio'] = forward('partialRatio') as EditopsApi['partialRatio'];
/** ratio of the words sorted and joined. See {@link EditopsApi.tokenSortRatio}. */
export const tokenSortRatio: EditopsApi['tokenSortRatio'] = forward('tokenSortRatio') as EditopsApi['tokenSortRatio'];
/** RapidFuzz's token_set_ratio: common words against each side's own. See {@link EditopsApi.tokenSetRatio}. */
export const tokenSetRatio: EditopsApi['tokenSetRatio'] = forward('tokenSetRatio') as EditopsApi['tokenSetRatio'];
/** The larger of tokenSetRatio and tokenSortRatio. See {@link EditopsApi.tokenRatio}. */
export const tokenRatio: EditopsApi['tokenRatio'] = forward('tokenRatio') as EditopsApi['tokenRatio'];
/** partialRatio of the words sorted and joined. See {@link EditopsApi.partialTokenSortRatio}. */
export const partialTokenSortRatio: EditopsApi['partialTokenSortRatio'] = forward('partialTokenSortRatio') as EditopsApi['partialTokenSortRatio'];
/** 100 on a common word, else partialRatio of the differences. See {@link EditopsApi.partialTokenSetRatio}. */
export const partialTokenSetRatio: EditopsApi['partialTokenSetRatio'] = forward('partialTokenSetRatio') as EditopsApi['partialTokenSetRatio'];
/** The larger of partialTokenSetRatio and partialTokenSortRatio. See {@link EditopsApi.partialTokenRatio}. */
export const partialTokenRatio: EditopsApi['partialTokenRatio'] = forward('partialTokenRatio') as EditopsApi['partialTokenRatio'];
/** RapidFuzz's weighted ratio. See {@link EditopsApi.WRatio}. */
export const WRatio: EditopsApi['WRatio'] = forward('WRatio') as EditopsApi['WRatio'];
/** ratio, but 0 when either side is empty. See {@link EditopsApi.QRatio}. */
export const QRatio: EditopsApi['QRatio'] = forward('QRatio') as EditopsApi['QRatio'];
/** partialRatio with the window it found (null below scoreCutoff). See {@link EditopsApi.partialRatioAlignment}. */
export const partialRatioAlignment: EditopsApi['partialRatioAlignment'] = forward('partialRatioAlignment') as EditopsApi['partialRatioAlignment'];
/** Every match of `pattern` in `text` within `maxDistance` edits, with its script. See {@link EditopsApi.search}. */
export const search: EditopsApi['search'] = forward('search') as EditopsApi['search'];
/** edlib's answer: the least distance anywhere, every end with it, the first one's alignment. See {@link EditopsApi.searchBest}. */
export const searchBest: EditopsApi['searchBest'] = forward('searchBest') as EditopsApi['searchBest'];
/** `search` in parts, on `threads` threads of the backend where it has them (native, wasm in Node). See {@link EditopsApi.searchAsync}. */
export const searchAsync: EditopsApi['searchAsync'] = forward('searchAsync') as EditopsApi['searchAsync'];
/** `search` over a text that arrives in chunks, yielding matches in order. See {@link EditopsApi.searchStream}. */
export const searchStream: EditopsApi['searchStream'] = forward('searchStream') as EditopsApi['searchStream'];
// </api-functions>
export * from '@editops/core/public';
