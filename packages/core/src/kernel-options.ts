/**
 * The options as the C API reads them: `eo_options` of native-core/include/editops/c_api.h, six
 * int32 fields, here an Int32Array. This file is the one place that lays options out for a kernel;
 * the C API's implementation is the one place that reads them (bridge-contract.test.ts keeps the
 * two in step).
 */
import { NO_MAX_DISTANCE, PathCode, type MetricCode } from './kernel';

/** Int32 index of each eo_options field, in the header's order. */
export const KernelOptionsField = {
  metric: 0,
  path: 1,
  maxDistance: 2,
  insertWeight: 3,
  deleteWeight: 4,
  replaceWeight: 5,
} as const;

/** EO_OPTIONS_INT32S: the length of an options block. */
export const KERNEL_OPTIONS_INT32S = 6;

/** What a kernel needs to know of the options (ResolvedOptions has all of it). */
export interface KernelOptions {
  readonly metric: MetricCode;
  /** NO_MAX_DISTANCE or a cutoff in [0, 2^31 - 2]. */
  readonly maxDistance: number;
  readonly insertWeight: number;
  readonly deleteWeight: number;
  readonly replaceWeight: number;
}

/** An eo_options laid out in an Int32Array (KERNEL_OPTIONS_INT32S long). */
export type KernelOptionsBlock = Int32Array;

/** Writes `options` into `block` and returns it. `path` forces an editops path (tests only). */
export function writeKernelOptions(block: KernelOptionsBlock, options: KernelOptions, path: PathCode = PathCode.auto): KernelOptionsBlock {
  block[KernelOptionsField.metric] = options.metric;
  block[KernelOptionsField.path] = path;
  block[KernelOptionsField.maxDistance] = options.maxDistance;
  block[KernelOptionsField.insertWeight] = options.insertWeight;
  block[KernelOptionsField.deleteWeight] = options.deleteWeight;
  block[KernelOptionsField.replaceWeight] = options.replaceWeight;
  return block;
}

/** A new block holding `options`. */
export function kernelOptionsBlock(options: KernelOptions, path: PathCode = PathCode.auto): KernelOptionsBlock {
  return writeKernelOptions(new Int32Array(KERNEL_OPTIONS_INT32S), options, path);
}

/** Reads a block back (tests and kernels that wrap another kernel). */
export function readKernelOptions(block: KernelOptionsBlock): KernelOptions & { readonly path: PathCode } {
  return {
    metric: block[KernelOptionsField.metric] as MetricCode,
    path: block[KernelOptionsField.path] as PathCode,
    maxDistance: block[KernelOptionsField.maxDistance]!,
    insertWeight: block[KernelOptionsField.insertWeight]!,
    deleteWeight: block[KernelOptionsField.deleteWeight]!,
    replaceWeight: block[KernelOptionsField.replaceWeight]!,
  };
}

/** The block of the default options: levenshtein, unit weights, no cutoff. Never written to. */
export const DEFAULT_KERNEL_OPTIONS: KernelOptionsBlock = kernelOptionsBlock({
  metric: 0,
  maxDistance: NO_MAX_DISTANCE,
  insertWeight: 1,
  deleteWeight: 1,
  replaceWeight: 1,
});
