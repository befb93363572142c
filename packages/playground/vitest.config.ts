import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The browser test builds the page and starts Chromium.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
