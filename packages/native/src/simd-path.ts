import { SimdPathCode, simdPathNameOf, type SimdPathName } from '@editops/core';

/**
 * EDITOPS_SIMD forces the SIMD path of the core's multi-pattern lanes (native-core/src/multi_lanes.hpp)
 * for the whole process: the core reads it once, at its first batch call, and takes a path the CPU
 * lacks as `scalar`. Checked here, before the addon loads, so that a misspelt value is an error
 * rather than a silent fallback (docs/limits.md).
 */
export const SIMD_PATHS: readonly SimdPath[] = Object.freeze((Object.keys(SimdPathCode) as SimdPathName[]).filter((name): name is SimdPath => name !== 'simd128'));

/** A SIMD path the native core can run: every eo_simd_path_code but wasm's simd128. */
export type SimdPath = Exclude<SimdPathName, 'simd128'>;

/** The name of an eo_simd_path() number (SimdPathCode mirrors c_api.h; simd128 runs in wasm only). */
export function simdPathName(path: number): SimdPath {
  const name = simdPathNameOf(path);
  if (name === undefined || name === 'simd128') throw new Error(`editops: the addon reports SIMD path ${path}, which this package does not know`);
  return name;
}

/** Throws a RangeError naming EDITOPS_SIMD when it is set to anything but a SIMD_PATHS name. */
export function checkSimdPathEnv(env: NodeJS.ProcessEnv = process.env): void {
  const value = env.EDITOPS_SIMD;
  if (value === undefined || value === '') return;
  if (!(SIMD_PATHS as readonly string[]).includes(value)) {
    throw new RangeError(`EDITOPS_SIMD must be one of ${SIMD_PATHS.join(', ')} or unset, got ${JSON.stringify(value)}`);
  }
}
