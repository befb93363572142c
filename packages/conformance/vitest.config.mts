import { defineConfig } from 'vitest/config';

/**
 * The same suite runs once per backend: each project sets EDITOPS_CONFORMANCE_BACKEND (read by
 * src/backend-under-test.ts) and, for @editops/auto, the EDITOPS_BACKEND pin. The cross-backend
 * project loads every backend in one process and compares their answers directly.
 */
const backends = [
  { name: 'native', env: { EDITOPS_CONFORMANCE_BACKEND: 'native' } },
  { name: 'wasm', env: { EDITOPS_CONFORMANCE_BACKEND: 'wasm' } },
  { name: 'auto(native)', env: { EDITOPS_CONFORMANCE_BACKEND: 'auto', EDITOPS_BACKEND: 'native' } },
  { name: 'auto(wasm)', env: { EDITOPS_CONFORMANCE_BACKEND: 'auto', EDITOPS_BACKEND: 'wasm' } },
  // The C++ core alone (no TS short-string kernel), and the TS short-string kernel alone
  // (its pairs may not reach a compiled kernel): see src/backend-under-test.ts.
  { name: 'core-only', env: { EDITOPS_CONFORMANCE_BACKEND: 'core-only' } },
  { name: 'js-short', env: { EDITOPS_CONFORMANCE_BACKEND: 'js-short' } },
];

/**
 * The native core with each SIMD path of its multi-pattern lanes forced (EDITOPS_SIMD, read by the
 * core at its first batch call): every width must give the oracle's answers on the suites that
 * reach the batch calls. src/backend-under-test.ts checks that the forced path is the one running
 * (simdPath()); only a CPU that lacks it may run it as scalar. NEON runs on arm64 only: the e2e
 * suite forces it there, under qemu (e2e/src/scenarios/arm64.mjs).
 */
const simdPaths = ['scalar', 'sse2', 'avx2'];
const batchSuites = ['batch', 'choices-cache', 'forged-prepared', 'readable-results', 'word-unit'];

/**
 * The wasm backend on each of its two modules (EDITOPS_WASM_MODULE; the plain wasm project loads
 * simd128 where Node has it, which every supported Node does): the scalar module (one choice at a
 * time) and the simd128 module (the multi-pattern lanes on 128-bit vectors) must both give the
 * oracle's answers. src/backend-under-test.ts checks that the forced module is the one that loaded.
 */
const wasmModules = ['scalar', 'simd128'];

export default defineConfig({
  test: {
    projects: [
      ...backends.map(({ name, env }) => ({
        test: { name, env, include: ['src/suite/**/*.test.ts'] },
      })),
      ...simdPaths.map((path) => ({
        test: {
          name: `native(simd ${path})`,
          env: { EDITOPS_CONFORMANCE_BACKEND: 'native', EDITOPS_SIMD: path },
          include: batchSuites.map((suite) => `src/suite/${suite}.test.ts`),
        },
      })),
      ...wasmModules.map((module) => ({
        test: {
          name: `wasm(module ${module})`,
          env: { EDITOPS_CONFORMANCE_BACKEND: 'wasm', EDITOPS_WASM_MODULE: module },
          include: batchSuites.map((suite) => `src/suite/${suite}.test.ts`),
        },
      })),
      { test: { name: 'cross-backend', env: { EDITOPS_BACKEND: '' }, include: ['src/cross-backend/**/*.test.ts'] } },
    ],
  },
});
