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

/** Thrown into wasm when the core aborts (it should never; a trap means a bug or out of memory). */
export class WasmAbort extends Error {
  constructor(what: string) {
    super(`editops: the wasm core stopped (${what})`);
    this.name = 'WasmAbort';
  }
}

/** Import object answering every import the module declares. */
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
            throw new WasmAbort(`${namespace}.${name}(${args.join(', ')})`);
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
