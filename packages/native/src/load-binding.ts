import type { BatchJob, FuzzyKernel, Kernel, KernelOptionsBlock, KernelStatus, ScoredJob } from '@editops/core';
import { prebuiltPackages } from './prebuilt.generated';
import { checkSimdPathEnv } from './simd-path';

/** What the compiled addon exports (packages/native-addon/src/binding.cpp). */
export interface Binding extends Required<Pick<Kernel, 'abiVersion' | 'batch' | 'choiceIndex'>> {
  /** The options every pair call reads: write it right before the call. */
  readonly options: KernelOptionsBlock;
  distance(a: Uint32Array, aLength: number, b: Uint32Array, bLength: number): number;
  editops(a: Uint32Array, aLength: number, b: Uint32Array, bLength: number): Int32Array | KernelStatus;
  distanceStrings(a: string, b: string, prefix: number, suffix: number): number;
  /** See packages/native-addon/src/binding.cpp: io[0..1] lengths, io[2..] the script. */
  editopsStrings(a: string, b: string, prefix: number, suffix: number, io: Int32Array): number | Int32Array;
  batchAsync(job: BatchJob, threads: number, stop: Uint8Array): Promise<number>;
  /** eo_simd_path(): the number of the SIMD path the multi-pattern lanes run (simd-path.ts names it). */
  simdPath(): number;
  /** packages/native-addon/src/fuzzy_binding.cpp: the FuzzyKernel methods, one napi function each. */
  fuzzyScore: FuzzyKernel['score'];
  fuzzyAlignment: FuzzyKernel['alignment'];
  /** [scorer, scoreCutoff] of the next fuzzyScoreStrings call, read in place by the addon. */
  readonly fuzzyOptions: Float64Array;
  fuzzyScoreStrings(a: string, b: string): number;
  fuzzySimilarity: FuzzyKernel['similarity'];
  fuzzyExtract: FuzzyKernel['extract'];
  fuzzyMatrix: FuzzyKernel['matrix'];
  /** Resolves 0, or -1 when the core refused a task's lists. */
  fuzzyRunAsync(job: ScoredJob, threads: number, stop: Uint8Array): Promise<number>;
  /** packages/native-addon/src/search_binding.cpp: one eo_search session (null: not supported). */
  searchOpen(pattern: Uint32Array, length: number, options: KernelOptionsBlock, mode: number, limit: number, firstEnd: number, withWindows: boolean): object | null;
  searchFeed(session: object, chunk: Uint32Array, length: number): Float64Array;
  searchFinish(session: object): Float64Array;
  searchDone(session: object): boolean;
  searchFeedString(session: object, text: string, byUnit: boolean): Float64Array;
  /** search_async_binding.cpp: the parts on the runner threads; null when a session could not open. */
  searchAsync(
    pattern: Uint32Array, patternLength: number, options: KernelOptionsBlock, mode: number, limit: number,
    text: string | Uint32Array, textLength: number, bounds: Float64Array, byUnit: boolean, threads: number, stop: Uint8Array,
  ): Promise<Float64Array[] | null>;
  searchBestString(pattern: Uint32Array, patternLength: number, text: string, options: KernelOptionsBlock, mode: number, byUnit: boolean): Float64Array | number | null;
  searchBest(pattern: Uint32Array, patternLength: number, text: Uint32Array, textLength: number, options: KernelOptionsBlock, mode: number): Float64Array | number | null;
}

/** The platform key of the prebuilt package for this process, e.g. 'linux-x64-gnu'. */
export function platformKey(): string {
  let libc = '';
  if (process.platform === 'linux') {
    // glibcVersionRuntime is set only when Node runs on glibc.
    const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined;
    libc = report?.header?.glibcVersionRuntime ? '-gnu' : '-musl';
  }
  return `${process.platform}-${process.arch}${libc}`;
}

/**
 * Loads the prebuilt addon for this platform from its package (the table is generated from
 * scripts/platforms.json, one literal `require` per package so that bundlers can see them). In this
 * repository's workspace the per-platform package holds the addon just built from native-core; the
 * last resort is the addon build folder itself, for platforms without a per-platform package.
 */
export function loadBinding(): Binding {
  checkSimdPathEnv();
  const key = platformKey();
  const failures: string[] = [];
  const load = Object.hasOwn(prebuiltPackages, key) ? prebuiltPackages[key] : undefined;
  if (load) {
    try {
      return load() as Binding;
    } catch (error) {
      failures.push(`@editops/native-${key} did not load: ${(error as Error).message.split('\n')[0]}`);
    }
  } else {
    failures.push(`no prebuilt @editops/native package for ${key}`);
  }
  try {
    return require('../../native-addon/src/build/Release/editops.node') as Binding;
  } catch {
    failures.push('no local build of the addon');
  }
  throw new Error(
    `editops: the native backend is not available on ${key} (Node ${process.version}): ${failures.join('; ')}. ` +
      'Install without --omit=optional to get the prebuilt binary, or use @editops/auto, which falls back to @editops/wasm.',
  );
}
