import { defineConfig } from 'vitest/config';

// Packing and linting every package takes a while on a shared 2-core machine.
export default defineConfig({
  test: { testTimeout: 120_000, hookTimeout: 300_000 },
});
