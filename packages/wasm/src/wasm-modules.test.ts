/**
 * The choice between the two wasm modules: the simd probe, EDITOPS_WASM_MODULE, and that each
 * built module reports the SIMD path it runs (eo_simd_path) and gives the same batch answers.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { instantiateSync } from './instantiate';
import { chooseWasmModule, engineHasSimd128, WASM_MODULE_FILES, wasmModuleOfSimdPath, type WasmModuleName } from './wasm-modules';

const cases: { forced: string | undefined; hasSimd128: boolean; chosen: WasmModuleName }[] = [
  { forced: undefined, hasSimd128: true, chosen: 'simd128' },
  { forced: '', hasSimd128: true, chosen: 'simd128' },
  { forced: undefined, hasSimd128: false, chosen: 'scalar' },
  { forced: 'scalar', hasSimd128: true, chosen: 'scalar' },
  { forced: 'scalar', hasSimd128: false, chosen: 'scalar' },
  { forced: 'simd128', hasSimd128: true, chosen: 'simd128' },
];

describe('chooseWasmModule', () => {
  it.each(cases)('forced $forced, engine with simd128 $hasSimd128: $chosen', ({ forced, hasSimd128, chosen }) => {
    expect(chooseWasmModule(forced, hasSimd128)).toBe(chosen);
  });

  it('refuses a name that is no module, naming the variable and the value', () => {
    expect(() => chooseWasmModule('avx2', true)).toThrow(RangeError);
    expect(() => chooseWasmModule('SIMD128', true)).toThrow(/EDITOPS_WASM_MODULE must be 'scalar', 'simd128' or unset, got "SIMD128"/);
  });

  it('throws rather than falling back when simd128 is forced on an engine without it', () => {
    expect(() => chooseWasmModule('simd128', false)).toThrow(/EDITOPS_WASM_MODULE=simd128 is set, but this WebAssembly engine does not support simd128/);
  });

  it("probes this engine: Node's V8 has simd128", () => {
    expect(engineHasSimd128()).toBe(true);
  });
});

const words = ['kitten', 'sitting', 'saturday', 'sunday', 'a', 'abcdefghijklmnopqrstuvwxyz0123456789', 'x'.repeat(70), 'rosettacode', 'raisethysword'];

describe.each(Object.entries(WASM_MODULE_FILES) as [WasmModuleName, string][])('the %s module (%s)', (name, file) => {
  it('reports its own SIMD path', () => {
    const wasm = instantiateSync(new WebAssembly.Module(readFileSync(join(__dirname, '..', 'wasm', file))));
    expect(wasmModuleOfSimdPath(wasm.eo_simd_path())).toBe(name);
  });
});

const script = `
const wasm = require('@editops/wasm');
const words = ${JSON.stringify(words)};
const choices = words.concat(words.map((w) => w.split('').reverse().join('')));
const out = { module: wasm.wasmModule(), path: wasm.wasmPath.split('/').at(-1), answers: [] };
for (const metric of ['levenshtein', 'osa', 'indel']) {
  out.answers.push(Array.from(wasm.distanceMatrix(words, choices, { metric }).data));
  out.answers.push(wasm.extract('sittin', words, { metric, limit: 4 }));
}
process.stdout.write(JSON.stringify(out));
`;

function load(value: string | undefined) {
  const { EDITOPS_WASM_MODULE: _unset, ...env } = process.env;
  return spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: __dirname, env: value === undefined ? env : { ...env, EDITOPS_WASM_MODULE: value } });
}

describe('EDITOPS_WASM_MODULE in Node', () => {
  it('loads simd128 when unset, and the module it names when set; both give the same answers', () => {
    const runs = [undefined, 'scalar', 'simd128'].map((value) => {
      const child = load(value);
      expect(child.stderr).toBe('');
      expect(child.status).toBe(0);
      return JSON.parse(child.stdout) as { module: string; path: string; answers: unknown[] };
    });
    expect(runs.map(({ module, path }) => [module, path])).toEqual([
      ['simd128', 'editops-simd128.wasm'],
      ['scalar', 'editops.wasm'],
      ['simd128', 'editops-simd128.wasm'],
    ]);
    expect(runs[1]!.answers).toEqual(runs[0]!.answers);
  }, 60_000);

  it('rejects a value that names no module at import', () => {
    const child = load('sse2');
    expect(child.status).not.toBe(0);
    expect(child.stderr).toMatch(/RangeError: editops: EDITOPS_WASM_MODULE must be 'scalar', 'simd128' or unset, got "sse2"/);
  });
});
