import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs: the built page works from any folder it is served from.
  base: './',
  // @editops/wasm and @editops/core are CommonJS workspace packages: the dev server must pre-bundle
  // them into ES modules (the production build converts them itself).
  optimizeDeps: { include: ['@editops/wasm'] },
  build: { target: 'es2022' },
});
