/**
 * The contract between @editops/core and a compiled backend. A kernel is deliberately tiny: it
 * receives sequences already encoded as 32-bit symbols and options already checked and laid out
 * (kernel-options.ts), calls the C++ core through its C API, and hands back plain numbers or one
 * packed Int32Array. Everything else (argument checking, encoding, result objects) lives once in
 * @editops/core.
 *
 * Every number here is a number of native-core/include/editops/c_api.h (eo_metric, eo_op,
 * eo_status, eo_path, eo_batch_kind, EO_ABI_VERSION); bridge-contract.test.ts reads the header and
 * fails when they differ.
 */
import type { KernelOptionsBlock } from './kernel-options';
import type { SearchKernel } from './search/search-kernel';

/** EO_ABI_VERSION: the C API version this package speaks. @editops/auto refuses any other. */
import type { FuzzyKernel } from './fuzzy/fuzzy-kernel';

export const KERNEL_ABI_VERSION = 7;

/** eo_metric */
export const MetricCode = {
  levenshtein: 0,
  osa: 1,
  damerau: 2,
  indel: 3,
  hamming: 4,
  lcsseq: 5,
  prefix: 6,
  postfix: 7,
  jaro: 8,
  jaroWinkler: 9,
} as const;
export type MetricCode = (typeof MetricCode)[keyof typeof MetricCode];

/** eo_simd_path_code: what the backends' simd-path reports (simdPath(), wasmModule()) are read from. */
export const SimdPathCode = { scalar: 0, sse2: 1, avx2: 2, simd128: 3, neon: 4 } as const;
export type SimdPathName = keyof typeof SimdPathCode;

/** The name of an eo_simd_path number; undefined for a number the header does not define. */
export function simdPathNameOf(code: number): SimdPathName | undefined {
  return (Object.keys(SimdPathCode) as SimdPathName[]).find((name) => SimdPathCode[name] === code);
}

/** eo_op */
export const OpCode = { insert: 0, delete: 1, replace: 2, transpose: 3 } as const;
export type OpCode = (typeof OpCode)[keyof typeof OpCode];

/**
 * eo_status (Ok is never returned to TS; invalid is a batch job's, which kernels throw as a
 * TypeError). `distance` reports tooLarge as the negative number DISTANCE_TOO_LARGE.
 */
export const KernelStatus = { overMaxDistance: 1, tooLarge: 2, unsupported: 3, invalid: 4 } as const;
export type KernelStatus = (typeof KernelStatus)[keyof typeof KernelStatus];

/** EO_DISTANCE_TOO_LARGE: what kernel.distance returns when the work would exceed the core's limits. */
export const DISTANCE_TOO_LARGE = -2;

/** EO_NO_MAX_DISTANCE: "no cutoff", as the kernels receive it. */
export const NO_MAX_DISTANCE = -1;

export interface Kernel extends SearchKernel {
  readonly name: 'native' | 'wasm';
  /** The C API version of the compiled core (eo_abi_version()). */
  readonly abiVersion: number;
  /**
   * Distance between a[0, aLength) and b[0, bLength). Over maxDistance it returns maxDistance + 1.
   * The arrays may be longer than the lengths: they are reused scratch buffers.
   */
  distance(a: Uint32Array, aLength: number, b: Uint32Array, bLength: number, options: KernelOptionsBlock): number;
  /**
   * The canonical edit script as packed [op, srcPos, destPos] triples, or a KernelStatus when
   * there is no script to return.
   */
  editops(a: Uint32Array, aLength: number, b: Uint32Array, bLength: number, options: KernelOptionsBlock): Int32Array | KernelStatus;
  /**
   * Optional fast path for the common case, two strings compared by code point: the kernel
   * encodes them itself, straight into its own buffers (no scratch copy, and for native no typed
   * arrays to unwrap). The caller has checked the options and that the strings are not too long.
   *
   * Only a[prefix, a.length - suffix) and b[prefix, b.length - suffix) (UTF-16 units) are compared:
   * the caller has already trimmed a common prefix and suffix that split no surrogate pair, which
   * the core would trim anyway, so the answer is the same and the affixes need not cross.
   */
  distanceStrings?(a: string, b: string, prefix: number, suffix: number, options: KernelOptionsBlock): number;
  /**
   * Like distanceStrings, for editops: positions count code points from the start of the middle,
   * and `lengths` receives the code point lengths of the two middles.
   */
  editopsStrings?(a: string, b: string, prefix: number, suffix: number, options: KernelOptionsBlock, lengths: Int32Array): Int32Array | KernelStatus;
  /** Runs a batch job on the calling thread; returns how many results it wrote. */
  batch(job: BatchJob): number;
  /**
   * Runs a batch job off the main thread, on up to `threads` threads. When `signal` aborts, the
   * work stops early and the promise settles once nothing runs any more (the caller then rejects
   * with an AbortError and discards the outputs).
   */
  batchAsync(job: BatchJob, threads: number, signal: AbortSignal | undefined): Promise<number>;
  /**
   * Writes the choice index of a packed list (c_api.h's eo_choice_index) into `order` (count
   * words) and `signatures` (CHOICE_SIGNATURE_WORDS * count words).
   */
  choiceIndex(symbols: Uint32Array, offsets: Uint32Array, count: number, order: Uint32Array, signatures: Uint32Array): void;
  /** The fuzzy scores (fuzzy/fuzzy-kernel.ts). */
  readonly fuzzy: FuzzyKernel;
}

/** eo_path: algorithm paths of editops (tests force them through the options block). */
export const PathCode = { auto: 0, full: 1, banded: 2, split: 3 } as const;
export type PathCode = (typeof PathCode)[keyof typeof PathCode];

/** eo_batch_kind */
export const BatchKind = { distanceMany: 0, extract: 1, matrix: 2 } as const;
export type BatchKind = (typeof BatchKind)[keyof typeof BatchKind];

/**
 * One batch job: sequences packed as symbols + offsets (sequence i is
 * symbols[offsets[i], offsets[i + 1])). distanceMany and extract use query 0; matrix uses every
 * query. Results go to outDistance (distanceMany: one per choice; matrix: row-major) or to
 * outIndex + outDistance (extract: up to `limit`, sorted by distance, then index).
 */
export interface BatchJob {
  readonly kind: BatchKind;
  readonly queries: Uint32Array;
  readonly queryOffsets: Uint32Array;
  readonly queryCount: number;
  readonly choices: Uint32Array;
  readonly choiceOffsets: Uint32Array;
  readonly choiceCount: number;
  /** The options laid out for the C API (kernel-options.ts); this job's own block. */
  readonly options: KernelOptionsBlock;
  readonly limit: number;
  readonly outIndex: Int32Array;
  readonly outDistance: Int32Array;
  /**
   * Set when the choices come from prepareChoices: an object that stands for them, the same for
   * every call with the same prepared choices, whose `choices` and `choiceOffsets` never change.
   * A kernel may keep its own copy of them under this key (the wasm workers do). Without it, the
   * job's input buffers belong to this job alone: a kernel may move (transfer) them elsewhere.
   */
  readonly choicesKey?: object;
  /**
   * The choices' index for an extract job (c_api.h's eo_choice_index, built by
   * {@link Kernel.choiceIndex}): their numbers by length, and CHOICE_SIGNATURE_WORDS words of
   * symbol signature per position. Both or neither. Only for a job over the whole list: a kernel
   * that splits a job into ranges of choices must leave it out of the parts (withoutChoiceIndex).
   */
  readonly choiceOrder?: Uint32Array;
  readonly choiceSignatures?: Uint32Array;
}

/** EO_CHOICE_SIGNATURE_WORDS: the words of one choice's signature in a choice index. */
export const CHOICE_SIGNATURE_WORDS = 4;

/** The job without its choice index, for kernels that run it in ranges of choices. */
export function withoutChoiceIndex(job: BatchJob): BatchJob {
  return job.choiceOrder === undefined ? job : { ...job, choiceOrder: undefined, choiceSignatures: undefined };
}
