/**
 * The two wasm modules of the core and the choice between them (build-wasm.mjs builds both):
 *
 *   scalar   editops.wasm          runs on every engine; the fallback
 *   simd128  editops-simd128.wasm  built with -msimd128: the batch calls' multi-pattern lanes run
 *                                  on 128-bit vectors
 *
 * An engine without simd128 cannot even compile the second module, so the choice is made before
 * compiling it: WebAssembly.validate on a tiny module that uses one simd128 instruction.
 *
 * The browser entry and the Node entry both use it; it reads only @editops/core's mirror of the C
 * API's numbers.
 */
import { SimdPathCode } from '@editops/core';

/** One wasm module: a URL (or URL string), a fetch Response (or a promise of one), the bytes, or a compiled module. */
export type WasmSource = string | URL | Response | PromiseLike<Response> | BufferSource | WebAssembly.Module;

/** Both modules, for the browser init to choose from: `scalar` is the fallback, `simd128` is used where it runs. */
export interface WasmSources {
  readonly scalar: WasmSource;
  readonly simd128?: WasmSource;
}

/** The browser init's options. */
export interface InitOptions {
  /** Force one module of a WasmSources: 'scalar' or 'simd128' (which throws where it cannot run). */
  readonly module?: WasmModuleName;
}

/** The two modules, by the SIMD path their lanes run on. */
export type WasmModuleName = 'scalar' | 'simd128';

/** Which module to load in Node; unset (or empty) picks simd128 where the engine validates it. */
export const WASM_MODULE_ENV = 'EDITOPS_WASM_MODULE';

/** The file name of each module in the package's wasm/ folder (and its `./<file>` export). */
export const WASM_MODULE_FILES: Readonly<Record<WasmModuleName, string>> = {
  scalar: 'editops.wasm',
  simd128: 'editops-simd128.wasm',
};

/**
 * The smallest module that needs simd128, `(module (func (result v128) v128.const i64x2 0 0))`:
 * one function type () -> v128 and one function returning a zero vector. An engine without
 * simd128 rejects the v128 type (0x7b) and the SIMD opcode prefix (0xfd).
 */
const SIMD_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
  0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, // type section: one type, () -> v128
  0x03, 0x02, 0x01, 0x00, // function section: one function of type 0
  0x0a, 0x16, 0x01, 0x14, 0x00, 0xfd, 0x0c, ...new Array<number>(16).fill(0), 0x0b, // code: v128.const 0; end
]);

/** Whether this engine compiles simd128 code. */
export function engineHasSimd128(): boolean {
  try {
    return WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

/**
 * The module to load, given the value of EDITOPS_WASM_MODULE (or of the browser init's `module`
 * option): 'scalar' or 'simd128' force one; undefined or '' picks simd128 when the engine has it.
 * Forcing simd128 on an engine without it throws rather than falling back, as a pin should.
 */
export function chooseWasmModule(forced: string | undefined, hasSimd128: boolean = engineHasSimd128()): WasmModuleName {
  if (forced === undefined || forced === '') return hasSimd128 ? 'simd128' : 'scalar';
  if (forced !== 'scalar' && forced !== 'simd128') {
    throw new RangeError(`editops: ${WASM_MODULE_ENV} must be 'scalar', 'simd128' or unset, got ${JSON.stringify(forced)}`);
  }
  if (forced === 'simd128' && !hasSimd128) {
    throw new Error(`editops: ${WASM_MODULE_ENV}=simd128 is set, but this WebAssembly engine does not support simd128`);
  }
  return forced;
}

/** The module an eo_simd_path() number stands for: simd128 runs only in the simd128 module. */
export function wasmModuleOfSimdPath(path: number): WasmModuleName {
  return path === SimdPathCode.simd128 ? 'simd128' : 'scalar';
}
