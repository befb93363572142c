/**
 * Instantiating editops.wasm without emscripten's JS glue. The module is built STANDALONE_WASM,
 * so its only imports are a few runtime hooks; we answer them here.
 */

/** metric, maxDistance, insertWeight, deleteWeight, replaceWeight */
type KernelOptions = [number, number, number, number, number];

/** The functions editops.wasm exports (packages/wasm/cpp/exports.cpp, plus malloc and free). */
export interface EditopsWasmExports {
  readonly memory: WebAssembly.Memory;
  malloc(bytes: number): number;
  free(pointer: number): void;
  eo_distance(a: number, aSize: number, b: number, bSize: number, ...options: KernelOptions): number;
  eo_editops(a: number, aSize: number, b: number, bSize: number, ...options: [...KernelOptions, path: number]): number;
  eo_ops_data(): number;
  eo_ops_size(): number;
  eo_ops_clear(): void;
  eo_batch(
    kind: number,
    queries: number,
    queryOffsets: number,
    queryCount: number,
    choices: number,
    choiceOffsets: number,
    choiceCount: number,
    ...rest: [...KernelOptions, limit: number, outIndex: number, outDistance: number]
  ): number;
  _initialize?: () => void;
}

/**
 * Import object answering every import the module declares. A call to any of them but the memory
 * growth hook means the core aborted (it should never; a trap means a bug or out of memory): it
 * throws an Error named 'WasmAbort', which the kernel treats like a trap.
 *
 * Self-contained on purpose (it uses nothing from outside its own body), as are exportsOf and the
 * kernel's runBatch: the browser's Web Workers are built from their source text (web-workers.ts).
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
