/**
 * EDITOPS_SIMD forces the SIMD path of the core's multi-pattern lanes (native-core/src/multi_lanes.hpp)
 * for the whole process: the core reads it once, at its first batch call, and takes a path the CPU
 * lacks as `scalar`. Checked here, before the addon loads, so that a misspelt value is an error
 * rather than a silent fallback (docs/limits.md).
 */
export const SIMD_PATHS = ['scalar', 'sse2', 'avx2', 'neon'] as const;

/** A SIMD path the native core can run. */
export type SimdPath = (typeof SIMD_PATHS)[number];

/**
 * The name of an eo_simd_path() number (c_api.h numbers them: 0 scalar, 1 SSE2, 2 AVX2,
 * 3 wasm simd128, 4 NEON; 3 never runs in the addon).
 */
export function simdPathName(path: number): SimdPath {
  const names: Record<number, SimdPath> = { 0: 'scalar', 1: 'sse2', 2: 'avx2', 4: 'neon' };
  const name = names[path];
  if (name === undefined) throw new Error(`editops: the addon reports SIMD path ${path}, which this package does not know`);
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
