/**
 * Loading one backend per process. The soak measures process memory, so a process loads only the
 * backend it soaks (vitest.config.mts gives each backend its own project, hence its own forked
 * worker process); `require` keeps the other one out.
 */
import type { ApiImplementation } from '@editops/core';
import type * as WasmModule from '@editops/wasm';

/**
 * The calls the soak makes; every backend package exports them. Typed by what they accept at run
 * time: the soak also makes the bad calls that the public overloads reject at compile time.
 */
export type Api = Pick<ApiImplementation, 'distance' | 'editops' | 'similarity' | 'opcodes'>;

export type BackendName = 'native' | 'wasm';

export interface SoakBackend {
  readonly name: BackendName | `auto(${BackendName})`;
  readonly api: Api;
  /** Bytes of wasm linear memory now (wasm only). */
  readonly wasmMemoryBytes?: () => number;
}

export function loadBackend(name: BackendName | 'auto'): SoakBackend {
  switch (name) {
    case 'native':
      return { name, api: require('@editops/native') as Api };
    case 'wasm': {
      const wasm = require('@editops/wasm') as typeof WasmModule;
      return { name, api: wasm, wasmMemoryBytes: wasm.wasmMemoryBytes };
    }
    case 'auto': {
      const auto = require('@editops/auto') as Api & { backend(): { name: BackendName } };
      return { name: `auto(${auto.backend().name})`, api: auto };
    }
  }
}

/** The backend named by SOAK_BACKEND (set per project in vitest.config.mts). */
export function backendFromEnv(): SoakBackend {
  const name = process.env.SOAK_BACKEND;
  if (name !== 'native' && name !== 'wasm') throw new Error(`SOAK_BACKEND must be native or wasm, got ${String(name)}`);
  return loadBackend(name);
}
