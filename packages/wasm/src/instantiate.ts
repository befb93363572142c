/**
 * Instantiating editops.wasm without emscripten's JS glue. The module is built STANDALONE_WASM,
 * so its only imports are a few runtime hooks; we answer them here.
 */

/**
 * The functions editops.wasm exports: every EO_API function of native-core/include/editops/c_api.h
 * (build-wasm.mjs reads the list from there), plus malloc and free. Addresses are numbers (byte
 * offsets into memory); see the header for what each argument is and who owns it.
 */
export interface EditopsWasmExports {
  readonly memory: WebAssembly.Memory;
  malloc(bytes: number): number;
  free(pointer: number): void;
  eo_abi_version(): number;
  eo_simd_path(): number;
  eo_distance(a: number, aSize: number, b: number, bSize: number, options: number): number;
  eo_distance_utf16(a: number, aUnits: number, b: number, bUnits: number, options: number): number;
  eo_ops_new(): number;
  eo_ops_free(ops: number): void;
  eo_ops_data(ops: number): number;
  eo_ops_size(ops: number): number;
  eo_ops_clear(ops: number): void;
  eo_editops(a: number, aSize: number, b: number, bSize: number, options: number, ops: number): number;
  eo_editops_utf16(a: number, aUnits: number, b: number, bUnits: number, options: number, ops: number, lengths: number): number;
  eo_batch_new(kind: number, options: number, limit: number): number;
  eo_batch_set_queries(job: number, symbols: number, symbolCount: number, offsets: number, offsetCount: number, count: number): number;
  eo_batch_set_choices(job: number, symbols: number, symbolCount: number, offsets: number, offsetCount: number, count: number): number;
  eo_batch_set_outputs(job: number, outIndex: number, indexCapacity: number, outDistance: number, distanceCapacity: number): number;
  eo_batch_check(job: number): number;
  eo_batch_split(job: number, threads: number): number;
  eo_batch_run(job: number, part: number, stop: number): void;
  eo_batch_finish(job: number): number;
  eo_choice_index(symbols: number, symbolCount: number, offsets: number, offsetCount: number, count: number, outOrder: number, outSignatures: number): number;
  eo_batch_set_choice_index(job: number, order: number, signatures: number, count: number): number;
  eo_fuzzy_score(scorer: number, a: number, aSize: number, b: number, bSize: number, scoreCutoff: number): number;
  eo_fuzzy_alignment(a: number, aSize: number, b: number, bSize: number, scoreCutoff: number, out: number): number;
  eo_fuzzy_similarity(metric: number, a: number, aSize: number, b: number, bSize: number, prefixWeight: number, scoreCutoff: number): number;
  eo_fuzzy_extract(
    scorer: number, query: number, querySize: number, symbols: number, symbolCount: number, offsets: number, offsetCount: number,
    count: number, scoreCutoff: number, limit: number, outIndex: number, outScore: number,
  ): number;
  eo_fuzzy_matrix(
    scorer: number, querySymbols: number, querySymbolCount: number, queryOffsets: number, queryOffsetCount: number, queryCount: number,
    symbols: number, symbolCount: number, offsets: number, offsetCount: number, count: number, scoreCutoff: number, out: number,
  ): number;
  eo_fuzzy_score_utf16(scorer: number, a: number, aUnits: number, b: number, bUnits: number, scoreCutoff: number): number;
  eo_search_new(pattern: number, patternSize: number, options: number, mode: number, limit: number, firstEnd: number, withWindows: number): number;
  eo_search_feed(search: number, chunk: number, size: number): number;
  eo_search_finish(search: number): number;
  eo_search_done(search: number): number;
  eo_search_output(search: number): number;
  eo_search_best(search: number, text: number, size: number): number;
  eo_search_status(search: number): number;
  eo_search_free(search: number): void;
  eo_search_feed_utf16(search: number, chunk: number, units: number, byUnit: number): number;
  eo_search_best_utf16(search: number, text: number, units: number, byUnit: number): number;
  _initialize?: () => void;
}

/** The C API functions above, by name: bridge-contract.test.ts checks them against the header. */
export const C_API_EXPORTS = [
  'eo_abi_version',
  'eo_simd_path',
  'eo_distance',
  'eo_distance_utf16',
  'eo_ops_new',
  'eo_ops_free',
  'eo_ops_data',
  'eo_ops_size',
  'eo_ops_clear',
  'eo_editops',
  'eo_editops_utf16',
  'eo_batch_new',
  'eo_batch_set_queries',
  'eo_batch_set_choices',
  'eo_batch_set_outputs',
  'eo_batch_check',
  'eo_batch_split',
  'eo_batch_run',
  'eo_batch_finish',
  'eo_choice_index',
  'eo_batch_set_choice_index',
  'eo_fuzzy_score',
  'eo_fuzzy_alignment',
  'eo_fuzzy_similarity',
  'eo_fuzzy_extract',
  'eo_fuzzy_matrix',
  'eo_fuzzy_score_utf16',
  'eo_search_new',
  'eo_search_feed',
  'eo_search_finish',
  'eo_search_done',
  'eo_search_output',
  'eo_search_best',
  'eo_search_status',
  'eo_search_free',
  'eo_search_feed_utf16',
  'eo_search_best_utf16',
] as const satisfies readonly (keyof EditopsWasmExports)[];

/**
 * Import object answering every import the module declares. A call to any of them but the memory
 * growth hook means the core aborted (it should never; a trap means a bug or out of memory): it
 * throws an Error named 'WasmAbort', which the kernel treats like a trap.
 *
 * Self-contained on purpose (it uses nothing from outside its own body), as are exportsOf and
 * runBatch: the browser's Web Workers are built from their source text (web-workers.ts).
 */
export function importsFor(module: WebAssembly.Module): WebAssembly.Imports {
  const imports: Record<string, Record<string, WebAssembly.ImportValue>> = {};
  for (const { module: namespace, name, kind } of WebAssembly.Module.imports(module)) {
    if (kind !== 'function') continue;
    const table = (imports[namespace] ??= {});
    // Memory growth needs no action: views over memory.buffer are re-made whenever it changes.
    table[name] =
      name === 'emscripten_notify_memory_growth'
        ? () => {}
        : (...args: unknown[]) => {
            const abort = new Error(`editops: the wasm core stopped (${namespace}.${name}(${args.join(', ')}))`);
            abort.name = 'WasmAbort';
            throw abort;
          };
  }
  return imports;
}

export function exportsOf(instance: WebAssembly.Instance): EditopsWasmExports {
  const exports = instance.exports as unknown as EditopsWasmExports;
  // A reactor module runs its static constructors in _initialize, once, before any other call.
  exports._initialize?.();
  return exports;
}

export function instantiateSync(module: WebAssembly.Module): EditopsWasmExports {
  return exportsOf(new WebAssembly.Instance(module, importsFor(module)));
}
