import { describe, expect, it } from 'vitest';
import { asContract, KERNEL_ABI_VERSION, type Kernel } from '@editops/core';
import type { BackendCandidate, LoadedBackend } from './candidates';
import { checkedVersion } from './candidates';
import { resolveBackend } from './resolve-backend';

const emptyMatrix = { rows: 0, cols: 0, data: new Int32Array(0), toJSON: () => ({ rows: 0, cols: 0, data: [] }) };
const fakeApi = (tag: number): LoadedBackend => ({
  kernel: { name: 'native', abiVersion: KERNEL_ABI_VERSION } as Kernel,
  ...asContract({
    distance: () => tag,
    similarity: () => 0,
    normalizedDistance: () => 0,
    normalizedSimilarity: () => 0,
    editops: () => null,
    opcodes: () => null,
    closest: () => null,
    extract: () => [],
    distanceMatrix: () => emptyMatrix,
    closestAsync: async () => null,
    extractAsync: async () => [],
    distanceMatrixAsync: async () => emptyMatrix,
    ratio: () => 0,
    partialRatio: () => 0,
    tokenSortRatio: () => 0,
    tokenSetRatio: () => 0,
    tokenRatio: () => 0,
    partialTokenSortRatio: () => 0,
    partialTokenSetRatio: () => 0,
    partialTokenRatio: () => 0,
    WRatio: () => 0,
    QRatio: () => 0,
    partialRatioAlignment: () => null,
    search: () => [],
    searchBest: () => undefined,
    searchAsync: async () => [],
    searchStream: async function* () {},
  }),
});
const loads = (name: 'native' | 'wasm', tag: number): BackendCandidate => ({ name, load: () => fakeApi(tag) });
const fails = (name: 'native' | 'wasm', message: string): BackendCandidate => ({
  name,
  load: () => {
    throw new Error(message);
  },
});

describe('resolveBackend', () => {
  it('takes the first candidate that loads', () => {
    const { api, info } = resolveBackend([loads('native', 1), loads('wasm', 2)], undefined);
    expect(api.distance('', '')).toBe(1);
    expect(info).toEqual({ name: 'native', pinned: false, skipped: [] });
  });

  it('falls back and keeps why the earlier backend was skipped', () => {
    const { api, info } = resolveBackend([fails('native', 'no binary for this platform'), loads('wasm', 2)], '');
    expect(api.distance('', '')).toBe(2);
    expect(info.name).toBe('wasm');
    expect(info.skipped.map((s) => [s.name, s.reason.message])).toEqual([['native', 'no binary for this platform']]);
    expect(info.cause?.message).toBe('no binary for this platform');
  });

  it('a pinned backend is used even when an earlier one loads', () => {
    const { api, info } = resolveBackend([loads('native', 1), loads('wasm', 2)], 'wasm');
    expect(api.distance('', '')).toBe(2);
    expect(info).toEqual({ name: 'wasm', pinned: true, skipped: [] });
  });

  it('a pinned backend that fails throws and never falls back', () => {
    const attempt = () => resolveBackend([fails('native', 'addon missing'), loads('wasm', 2)], 'native');
    expect(attempt).toThrow(/EDITOPS_BACKEND=native is set, but the native backend failed to load/);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).cause).toBeInstanceOf(Error);
      expect(((error as Error).cause as Error).message).toBe('addon missing');
    }
  });

  it('an unknown pin is a RangeError naming the variable', () => {
    expect(() => resolveBackend([loads('native', 1)], 'gpu')).toThrow(RangeError);
    expect(() => resolveBackend([loads('native', 1)], 'gpu')).toThrow(/EDITOPS_BACKEND must be one of 'native'/);
  });

  it('when nothing loads, one error names the platform and every reason', () => {
    const attempt = () => resolveBackend([fails('native', 'A'), fails('wasm', 'B')], undefined);
    expect(attempt).toThrow(new RegExp(`on ${process.platform}-${process.arch}`));
    expect(attempt).toThrow(/native: A\n\s+wasm: B/);
  });
});

describe('checkedVersion', () => {
  it('accepts a backend of the same version and refuses another', () => {
    const backend = { ...fakeApi(1), version: '1.2.3' };
    expect(checkedVersion('wasm', backend, '1.2.3')).toBe(backend);
    expect(() => checkedVersion('wasm', backend, '1.2.4')).toThrow(/@editops\/wasm is version 1\.2\.3, but @editops\/auto 1\.2\.4 needs the same version/);
  });
});
