/**
 * backend().wasmModule: on wasm it names the module that loaded (simd128 where the engine has it,
 * scalar when EDITOPS_WASM_MODULE forces it); on native it is absent. Each case runs in a child
 * process, as the backend and the module are chosen once, at import.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const script = `
const auto = require('@editops/auto');
const { name, wasmModule } = auto.backend();
process.stdout.write(JSON.stringify({ name, wasmModule: wasmModule ?? null, d: auto.distanceMatrix(['kitten'], ['sitting', 'mitten']).data.join() }));
`;

function backendWith(env: Record<string, string>) {
  const { EDITOPS_BACKEND: _b, EDITOPS_WASM_MODULE: _m, ...rest } = process.env;
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: __dirname, env: { ...rest, ...env } });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as { name: string; wasmModule: string | null; d: string };
}

describe('backend().wasmModule', () => {
  it.each([
    [{ EDITOPS_BACKEND: 'wasm' }, { name: 'wasm', wasmModule: 'simd128', d: '3,1' }],
    [{ EDITOPS_BACKEND: 'wasm', EDITOPS_WASM_MODULE: 'scalar' }, { name: 'wasm', wasmModule: 'scalar', d: '3,1' }],
    [{ EDITOPS_BACKEND: 'wasm', EDITOPS_WASM_MODULE: 'simd128' }, { name: 'wasm', wasmModule: 'simd128', d: '3,1' }],
    [{ EDITOPS_BACKEND: 'native' }, { name: 'native', wasmModule: null, d: '3,1' }],
  ])('with %o: %o', (env, expected) => {
    expect(backendWith(env)).toEqual(expected);
  });
});
