/**
 * backend() says how the batch kernels run: `wasmModule` on wasm (simd128 where the engine has it,
 * scalar when EDITOPS_WASM_MODULE forces it), `simdPath` on native (the best path the CPU runs, or
 * the one EDITOPS_SIMD forces). Each case runs in a child process, as the backend, the module and
 * the path are chosen once per process.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const script = `
const auto = require('@editops/auto');
const { name, wasmModule, simdPath } = auto.backend();
const d = auto.distanceMatrix(['kitten'], ['sitting', 'mitten']).data.join();
process.stdout.write(JSON.stringify({ name, wasmModule: wasmModule ?? null, simdPath: simdPath ?? null, d }));
`;

function backendWith(env: Record<string, string>) {
  const { EDITOPS_BACKEND: _b, EDITOPS_WASM_MODULE: _m, EDITOPS_SIMD: _s, ...rest } = process.env;
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: __dirname, env: { ...rest, ...env } });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as { name: string; wasmModule: string | null; simdPath: string | null; d: string };
}

/** The path native picks unforced on this machine, from what the CPU reports. */
function bestNativePath(): string {
  if (process.arch === 'arm64') return 'neon';
  if (process.arch !== 'x64') return 'scalar';
  const flags = process.platform === 'linux' ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  return /^flags\s*:.*\bavx2\b/m.test(flags) ? 'avx2' : 'sse2';
}

const onX64 = process.arch === 'x64';

describe('backend(): wasmModule and simdPath', () => {
  it.each([
    [{ EDITOPS_BACKEND: 'wasm' }, { name: 'wasm', wasmModule: 'simd128', simdPath: null, d: '3,1' }],
    [{ EDITOPS_BACKEND: 'wasm', EDITOPS_WASM_MODULE: 'scalar' }, { name: 'wasm', wasmModule: 'scalar', simdPath: null, d: '3,1' }],
    [{ EDITOPS_BACKEND: 'wasm', EDITOPS_WASM_MODULE: 'simd128' }, { name: 'wasm', wasmModule: 'simd128', simdPath: null, d: '3,1' }],
    [{ EDITOPS_BACKEND: 'native' }, { name: 'native', wasmModule: null, simdPath: bestNativePath(), d: '3,1' }],
    [{ EDITOPS_BACKEND: 'native', EDITOPS_SIMD: 'scalar' }, { name: 'native', wasmModule: null, simdPath: 'scalar', d: '3,1' }],
  ])('with %o: %o', (env, expected) => {
    expect(backendWith(env)).toEqual(expected);
  });

  it.runIf(onX64)('on x64, EDITOPS_SIMD=sse2 runs sse2, and a path this CPU lacks runs as scalar', () => {
    expect(backendWith({ EDITOPS_BACKEND: 'native', EDITOPS_SIMD: 'sse2' }).simdPath).toBe('sse2');
    expect(backendWith({ EDITOPS_BACKEND: 'native', EDITOPS_SIMD: 'neon' }).simdPath).toBe('scalar');
    if (bestNativePath() === 'avx2') expect(backendWith({ EDITOPS_BACKEND: 'native', EDITOPS_SIMD: 'avx2' }).simdPath).toBe('avx2');
  });
});
