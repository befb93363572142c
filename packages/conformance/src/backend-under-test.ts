/**
 * The one place where the suite chooses the backend it tests (set per vitest project in
 * vitest.config.mts). Test files never import a backend package directly.
 *
 * Besides the three packages there are two builds of the API that test one kernel on its own:
 * - 'core-only': native's API with the TypeScript short-string kernel turned off, so every call
 *   reaches the C++ core (the other projects answer most short pairs in TS);
 * - 'js-short': wasm's API whose kernel refuses every pair the TS short-string kernel serves, so
 *   those cases can only pass if the TS kernel answers them, and answers them right.
 */
import { readFileSync } from 'node:fs';
import { createApi, type ApiImplementation, type Kernel } from '@editops/core';
import { refuseShortStrings } from './short-string-guard';

export type BackendUnderTest = 'native' | 'wasm' | 'auto' | 'core-only' | 'js-short';
const UNDER_TEST: readonly BackendUnderTest[] = ['native', 'wasm', 'auto', 'core-only', 'js-short'];

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
    {
      const native = require('@editops/native') as ApiImplementation & { simdPath(): string };
      checkForcedSimdPath(native.simdPath());
      const label = process.env.EDITOPS_SIMD ? `native(simd ${native.simdPath()})` : 'native';
      return { label, api: native, engine: 'native', kernel: kernelOf('native') };
    }
    case 'wasm': {
      const wasm = require('@editops/wasm') as ApiImplementation & { wasmModule(): string };
      checkForcedWasmModule(wasm.wasmModule());
      return { label: `wasm(${wasm.wasmModule()})`, api: wasm, engine: 'wasm', kernel: kernelOf('wasm') };
    }
    case 'auto': {
      const auto = require('@editops/auto') as ApiImplementation & { backend(): { name: 'native' | 'wasm' } };
      const engine = auto.backend().name;
      return { label: `auto(${engine})`, api: auto, engine, kernel: kernelOf(engine) };
    }
    case 'core-only':
      return { label: 'core-only(native)', api: createApi(kernelOf('native'), { shortStrings: false }), engine: 'native', kernel: kernelOf('native') };
    case 'js-short':
      return { label: 'js-short(wasm)', api: createApi(refuseShortStrings(kernelOf('wasm'))), engine: 'wasm', kernel: kernelOf('wasm') };
  }
}

/** A project that forces a wasm module (EDITOPS_WASM_MODULE) must really run on it. */
function checkForcedWasmModule(loaded: string): void {
  const forced = process.env.EDITOPS_WASM_MODULE;
  if (forced && forced !== loaded) throw new Error(`EDITOPS_WASM_MODULE is ${forced}, but @editops/wasm loaded the ${loaded} module`);
}

/**
 * A project that forces a SIMD path (EDITOPS_SIMD) must really run on it. The core runs a path the
 * CPU lacks as scalar; that is accepted only where the CPU, read independently here, lacks it, so
 * that a dispatch bug cannot turn the avx2 project into a second scalar one unnoticed.
 */
function checkForcedSimdPath(running: string): void {
  const forced = process.env.EDITOPS_SIMD;
  if (!forced || forced === running) return;
  if (running === 'scalar' && !cpuRuns(forced)) return;
  throw new Error(`EDITOPS_SIMD is ${forced}, but the native core runs the ${running} path`);
}

function cpuRuns(path: string): boolean {
  if (path === 'neon') return process.arch === 'arm64';
  if (path === 'sse2') return process.arch === 'x64';
  if (path !== 'avx2' || process.arch !== 'x64') return path === 'scalar';
  if (process.platform !== 'linux') return true; // no /proc/cpuinfo: insist on the path
  return /^flags\s*:.*\bavx2\b/m.test(readFileSync('/proc/cpuinfo', 'utf8'));
}

export function backendUnderTest(): LoadedBackend {
  const which = process.env.EDITOPS_CONFORMANCE_BACKEND;
  if (!(UNDER_TEST as readonly unknown[]).includes(which)) {
    throw new Error(`EDITOPS_CONFORMANCE_BACKEND must be one of ${UNDER_TEST.join(', ')}, got ${String(which)}`);
  }
  return loadBackend(which as BackendUnderTest);
}
