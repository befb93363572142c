/**
 * The backends @editops/auto may use, in order of preference. The order is data, so that the
 * reasons for it sit in one place:
 * - native first: on long inputs it is the fastest, and it can use threads for batch calls;
 * - wasm next: it loads wherever WebAssembly runs, with no compiler and no prebuilt binary.
 *
 * The `require` calls are literal strings so that bundlers can see them.
 */
import { KERNEL_ABI_VERSION, type BackendName, type EditopsApi, type Kernel } from '@editops/core';

/** A loaded backend: its API, and the kernel under it (short-input routing composes kernels). */
export type LoadedBackend = EditopsApi & { readonly kernel: Kernel };

export interface BackendCandidate {
  readonly name: BackendName;
  load(): LoadedBackend;
}

/** What a backend package exports besides the API. */
type BackendModule = LoadedBackend & { readonly version: string };

const facadeVersion = (require('../package.json') as { version: string }).version;

/**
 * A backend from another release would answer from a different core (and maybe different
 * semantics), so a version mismatch counts as a failure to load. So does a compiled core that
 * speaks another C API (c_api.h's EO_ABI_VERSION) than the one @editops/core lays its calls out
 * for: its numbers and options would be read wrongly.
 */
export function checkedVersion(
  name: string,
  backend: BackendModule,
  expected: string = facadeVersion,
  abiVersion: number = KERNEL_ABI_VERSION,
): LoadedBackend {
  if (backend.version !== expected) {
    throw new Error(
      `@editops/${name} is version ${backend.version}, but @editops/auto ${expected} needs the same version; reinstall so they match`,
    );
  }
  if (backend.kernel.abiVersion !== abiVersion) {
    throw new Error(
      `@editops/${name}'s compiled core speaks C API version ${backend.kernel.abiVersion}, but @editops/auto needs version ${abiVersion}; reinstall or rebuild so they match`,
    );
  }
  return backend;
}

export const candidates: readonly BackendCandidate[] = [
  { name: 'native', load: () => checkedVersion('native', require('@editops/native') as BackendModule) },
  { name: 'wasm', load: () => checkedVersion('wasm', require('@editops/wasm') as BackendModule) },
];
