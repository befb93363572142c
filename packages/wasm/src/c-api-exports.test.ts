/**
 * The wasm build exports the C API as the header declares it (build-wasm.mjs reads the header);
 * instantiate.ts types the same list. Both must match the header, and the built module must
 * export every function of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { C_API_EXPORTS } from './instantiate';

const nativeCore = join(__dirname, '..', '..', '..', 'native-core');

async function headerExports(): Promise<string[]> {
  const script = (await import(join(nativeCore, 'scripts', 'c-api-exports.mjs'))) as { cApiExports(): string[] };
  return script.cApiExports();
}

describe('the C API of editops.wasm', () => {
  it('instantiate.ts lists exactly the EO_API functions of c_api.h', async () => {
    const declared = await headerExports();
    expect(declared.length).toBeGreaterThan(10);
    expect([...C_API_EXPORTS].sort()).toEqual([...declared].sort());
  });

  it('the built module exports every one of them, and malloc and free', async () => {
    const module = new WebAssembly.Module(readFileSync(join(__dirname, '..', 'wasm', 'editops.wasm')));
    const exported = new Set(WebAssembly.Module.exports(module).map(({ name }) => name));
    for (const name of [...(await headerExports()), 'malloc', 'free']) expect(exported, name).toContain(name);
  });
});
