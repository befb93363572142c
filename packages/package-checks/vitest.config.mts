import { defineConfig } from 'vitest/config';

// Packing and linting every package takes a while on a shared 2-core machine. The *.test-d.ts
// files are type tests, which vitest checks with tsc as part of `vitest run`.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
