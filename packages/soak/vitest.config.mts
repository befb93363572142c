import { defineConfig } from 'vitest/config';

/**
 * One project per backend for the soak, so each runs in its own forked worker process and the
 * memory it measures is its own; --expose-gc lets it collect garbage before sampling. The young
 * generation is pinned at V8's default maximum (two 16 MB semi-spaces) from the start: otherwise V8
 * may double it late in the run (about 1.6 million calls in), which adds some 28 MB of RSS
 * (heapTotal +16 MB and the malloc arena that goes with it) while heapUsed and external memory
 * stay flat, i.e. heap sizing, not a leak. The bad-input project loads every backend (it measures
 * no memory).
 */
const files = { soak: 'src/soak.test.ts', abort: 'src/abort-soak.test.ts', gc: 'src/async-gc.test.ts' };

const soak = (backend: 'native' | 'wasm', kind: keyof typeof files = 'soak') => ({
  extends: true as const,
  test: {
    name: `${kind}:${backend}`,
    include: [files[kind]],
    env: { SOAK_BACKEND: backend },
    pool: 'forks' as const,
    execArgv: ['--expose-gc', '--min-semi-space-size=16', '--max-semi-space-size=16'],
  },
});

export default defineConfig({
  test: {
    testTimeout: 240_000,
    // Both soaks at once on two cores; each is one process, so measurements never mix.
    maxWorkers: 2,
    projects: [
      soak('native'),
      soak('wasm'),
      soak('native', 'abort'),
      soak('wasm', 'abort'),
      soak('native', 'gc'),
      soak('wasm', 'gc'),
      { extends: true as const, test: { name: 'bad-input', include: ['src/bad-input.test.ts'], env: { EDITOPS_BACKEND: '' } } },
    ],
  },
});
