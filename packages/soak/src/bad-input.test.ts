/**
 * Bad input never corrupts later calls: on every backend, each invalid call throws the documented
 * error class naming the argument, and the good calls made right after it still answer exactly
 * (known answers from the docs, and a JS oracle on random pairs). Afterwards native and wasm
 * still agree with each other, and wasm memory did not grow for the refused calls.
 */
import { describe, expect, it } from 'vitest';
import { loadBackend, type Api, type SoakBackend } from './backends';
import { MB } from './memory';
import { jsLevenshtein } from './oracle';
import { badCalls, budgetCall, buildPool, elementsOf, rng } from './workload';

interface Probe {
  readonly label: string;
  readonly check: (api: Api) => unknown;
  readonly want: unknown;
}

const probes: Probe[] = [
  { label: 'kitten/sitting', check: (api) => api.distance('kitten', 'sitting'), want: 3 },
  {
    label: 'kitten/sitting editops',
    check: (api) => api.editops('kitten', 'sitting')?.toArray(),
    want: [
      { type: 'replace', srcPos: 0, destPos: 0 },
      { type: 'replace', srcPos: 4, destPos: 4 },
      { type: 'insert', srcPos: 6, destPos: 6 },
    ],
  },
  { label: 'cutoff', check: (api) => [api.distance('kitten', 'sitting', { maxDistance: 2 }), api.editops('kitten', 'sitting', { maxDistance: 2 })], want: [3, null] },
  { label: 'osa ca/abc', check: (api) => api.distance('ca', 'abc', { metric: 'osa' }), want: 3 },
  {
    label: 'damerau ca/abc editops',
    check: (api) => api.editops('ca', 'abc', { metric: 'damerau' })?.toArray(),
    want: [
      { type: 'transpose', srcPos: 0, destPos: 0 },
      { type: 'insert', srcPos: 1, destPos: 1 },
    ],
  },
  { label: 'indel', check: (api) => api.distance('kitten', 'sitting', { metric: 'indel' }), want: 5 },
  { label: 'hamming', check: (api) => api.distance('karolin', 'kathrin', { metric: 'hamming' }), want: 3 },
  { label: 'weighted', check: (api) => api.distance('kitten', 'sitting', { weights: { replace: 3 } }), want: 5 },
  { label: 'code points', check: (api) => api.editops('a😀b', 'ab')?.toArray(), want: [{ type: 'delete', srcPos: 1, destPos: 1 }] },
  { label: 'integers', check: (api) => api.distance(new Uint8Array([1, 2, 3]), [1, 3]), want: 1 },
  { label: 'tokens', check: (api) => api.distance(['the', 'quick', 'fox'], ['the', 'slow', 'fox']), want: 1 },
];

/** Random related pairs, checked against the JS Levenshtein. */
function randomPairsAgree(api: Api, seed: number): string[] {
  const r = rng(seed);
  const problems: string[] = [];
  for (let k = 0; k < 40; k++) {
    const n = Math.floor(r() * 90);
    const a = Array.from({ length: n }, () => 'abc😀'[Math.floor(r() * 4)]!).join('');
    const b = Array.from(a).filter(() => r() > 0.1).map((c) => (r() < 0.1 ? 'x' : c)).join('');
    const want = jsLevenshtein(elementsOf(a, undefined), elementsOf(b, undefined));
    const got = api.distance(a, b);
    const ops = api.editops(a, b);
    if (got !== want || ops?.length !== want || ops.apply() !== b) problems.push(`${JSON.stringify(a)} -> ${JSON.stringify(b)}: ${got}, ${ops?.length}, want ${want}`);
  }
  return problems;
}

function checkBackend(backend: SoakBackend): void {
  const { api } = backend;
  const before = backend.wasmMemoryBytes?.();
  const all = [...badCalls(), budgetCall];
  for (const [k, bad] of all.entries()) {
    let thrown: unknown;
    try {
      bad.run(api);
    } catch (error) {
      thrown = error;
    }
    expect(thrown, bad.label).toBeInstanceOf(bad.error);
    expect((thrown as Error).message, bad.label).toMatch(bad.names);
    for (const probe of probes) expect(probe.check(api), `${probe.label}, right after "${bad.label}"`).toEqual(probe.want);
    expect(randomPairsAgree(api, k), `random pairs right after "${bad.label}"`).toEqual([]);
  }
  if (before !== undefined) {
    const growth = backend.wasmMemoryBytes!() - before;
    console.log(`bad input on ${backend.name}: wasm memory ${before / MB} MB -> ${backend.wasmMemoryBytes!() / MB} MB`);
    // The inputs of the budget call (2 x 70k symbols) may need room; a table would need gigabytes.
    expect(growth).toBeLessThan(8 * MB);
  }
}

describe('bad input never corrupts later calls', () => {
  for (const name of ['native', 'wasm', 'auto'] as const) {
    it(`${name}: each bad call throws the documented error, and calls right after it answer right`, () => {
      checkBackend(loadBackend(name));
    });
  }

  // A regression case: when `a` holds an integer outside uint32 both sides are interned, and the
  // interned path once skipped the length check (no RangeError, ~1 GB allocated).
  it('an integer array over 2^27 elements is refused even when the pair is interned', () => {
    const overlong = new Int8Array(2 ** 27 + 1);
    for (const name of ['native', 'wasm'] as const) {
      expect(() => loadBackend(name).api.distance([-1], overlong)).toThrow(/\bb must be at most/);
    }
  });

  it('native and wasm still agree on a mixed pool after all the bad calls', () => {
    const native = loadBackend('native').api;
    const wasm = loadBackend('wasm').api;
    const pool = buildPool(1024, 0xbad);
    const differ: string[] = [];
    for (const call of pool) {
      const answer = (api: Api) =>
        call.call === 'distance' ? api.distance(call.a, call.b, call.options) : (api.editops(call.a, call.b, call.options)?.toArray() ?? null);
      const x = answer(native);
      const y = answer(wasm);
      if (JSON.stringify(x) !== JSON.stringify(y)) differ.push(`${call.call} ${JSON.stringify(call.options)}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
    }
    expect(differ.slice(0, 5)).toEqual([]);
  });
});
