/**
 * The browser entry's init choosing between the two modules: { scalar, simd128 } loads simd128
 * where the engine has it (Node's V8 does), options.module forces one, a single source loads that
 * source, and bad options are errors naming them. Each case imports a fresh copy of the entry, as
 * init runs once per instance.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as BrowserEntry from './browser';

const bytes = (file: string) => readFileSync(join(__dirname, '..', 'wasm', file));
const scalar = bytes('editops.wasm');
const simd128 = bytes('editops-simd128.wasm');

/** The textbook dynamic program, as the oracle. */
function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; ++i) {
    const next = [i];
    for (let j = 1; j <= b.length; ++j) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}
const queries = ['kitten', 'flaw', 'a', 'abcdefghijklmnopqrstuvwxyz0123456789'];
const choices = ['sitting', 'lawn', 'mitten', '', 'zyxwvutsrqponmlkjihgfedcba', 'x'.repeat(70)];
const expectedMatrix = Int32Array.from(queries.flatMap((q) => choices.map((c) => levenshtein(q, c))));

async function freshEntry() {
  return (await import('./browser.js')) as typeof BrowserEntry;
}

describe('the browser init', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it.each([
    ['both sources', () => [{ scalar, simd128 }], 'simd128'],
    ['both sources, scalar forced', () => [{ scalar, simd128 }, { module: 'scalar' }], 'scalar'],
    ['both sources, simd128 forced', () => [{ scalar, simd128 }, { module: 'simd128' }], 'simd128'],
    ['the scalar source only', () => [{ scalar }], 'scalar'],
    ['one source, the simd128 bytes', () => [simd128], 'simd128'],
    ['one source, a compiled scalar module', () => [new WebAssembly.Module(scalar)], 'scalar'],
  ] as const)('%s: loads %s', async (_what, args, expected) => {
    const entry = await freshEntry();
    expect(entry.wasmModule()).toBeUndefined();
    await (entry.init as (...a: unknown[]) => Promise<void>)(...args());
    expect(entry.wasmModule()).toBe(expected);
    expect(entry.distanceMatrix(queries, choices).data).toEqual(expectedMatrix);
  });

  it('rejects a module name that is none, and simd128 forced without its source', async () => {
    const entry = await freshEntry();
    await expect(entry.init({ scalar, simd128 }, { module: 'avx2' as 'scalar' })).rejects.toThrow(
      /options\.module must be 'scalar' or 'simd128', got "avx2"/,
    );
    await expect(entry.init({ scalar }, { module: 'simd128' })).rejects.toThrow(TypeError);
    expect(entry.wasmModule()).toBeUndefined();
  });
});
