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

export default defineConfig({
  test: {
    projects: [
      ...backends.map(({ name, env }) => ({
        test: { name, env, include: ['src/suite/**/*.test.ts'] },
      })),
      { test: { name: 'cross-backend', env: { EDITOPS_BACKEND: '' }, include: ['src/cross-backend/**/*.test.ts'] } },
    ],
  },
});
