/**
 * The one place where the suite chooses the backend it tests (set per vitest project in
 * vitest.config.ts). Test files never import a backend package directly.
 */
import type { ApiImplementation, Kernel } from '@editops/core';

export type BackendUnderTest = 'native' | 'wasm' | 'auto';

export interface LoadedBackend {
  readonly label: string;
  /**
   * The backend's API, typed by what it accepts at run time: the suite also makes the calls that
   * the public overloads reject at compile time (mixed kinds, bad options), to check the errors.
   */
  readonly api: ApiImplementation;
  /** The backend that actually computes: for auto, the one it chose. */
  readonly engine: 'native' | 'wasm';
  /** The engine's kernel, for tests that drive it directly (forced algorithm paths). */
  readonly kernel: Kernel;
}

const kernelOf = (engine: 'native' | 'wasm'): Kernel =>
  engine === 'native' ? (require('@editops/native') as { kernel: Kernel }).kernel : (require('@editops/wasm') as { kernel: Kernel }).kernel;

export function loadBackend(which: BackendUnderTest): LoadedBackend {
  switch (which) {
    case 'native':
      return { label: 'native', api: require('@editops/native'), engine: 'native', kernel: kernelOf('native') };
    case 'wasm':
      return { label: 'wasm', api: require('@editops/wasm'), engine: 'wasm', kernel: kernelOf('wasm') };
    case 'auto': {
      const auto = require('@editops/auto') as ApiImplementation & { backend(): { name: 'native' | 'wasm' } };
      const engine = auto.backend().name;
      return { label: `auto(${engine})`, api: auto, engine, kernel: kernelOf(engine) };
    }
  }
}

export function backendUnderTest(): LoadedBackend {
  const which = process.env.EDITOPS_CONFORMANCE_BACKEND;
  if (which !== 'native' && which !== 'wasm' && which !== 'auto') {
    throw new Error(`EDITOPS_CONFORMANCE_BACKEND must be native, wasm or auto, got ${String(which)}`);
  }
  return loadBackend(which);
}
