/** Memory samples taken after full garbage collections (the process must run with --expose-gc). */
import type { SoakBackend } from './backends';

export interface Sample {
  readonly calls: number;
  readonly rss: number;
  readonly heapUsed: number;
  readonly heapTotal: number;
  readonly external: number;
  /** Wasm linear memory, for the wasm backend. */
  readonly wasm: number | undefined;
}

export const MB = 1024 * 1024;

export function requireGc(): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') throw new Error('the soak needs global.gc: run node with --expose-gc (vitest.config.mts sets execArgv)');
  return gc;
}

export function sample(backend: SoakBackend, calls: number): Sample {
  const gc = requireGc();
  // Two passes: the first may only schedule finalizers (native buffers freed by weak callbacks).
  gc();
  gc();
  const usage = process.memoryUsage();
  return { calls, rss: usage.rss, heapUsed: usage.heapUsed, heapTotal: usage.heapTotal, external: usage.external, wasm: backend.wasmMemoryBytes?.() };
}

export const mb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;
export const signedMb = (bytes: number): string => `${bytes >= 0 ? '+' : ''}${(bytes / MB).toFixed(2)} MB`;
