/**
 * The Kernel over the addon: the addon's functions, plus turning an AbortSignal into the stop
 * byte that the addon's threads poll.
 */
import { availableParallelism } from 'node:os';
import { KERNEL_OPTIONS_INT32S, packedArray, type BatchJob, type Kernel, type KernelOptionsBlock, type KernelStatus, type ScoredJob } from '@editops/core';

import type { Binding } from './load-binding';

/** Read once: a CommonJS import is a getter, too slow to read on every call. */
const OPTIONS_INT32S = KERNEL_OPTIONS_INT32S;

/** Runs `call` with the stop byte that the addon's threads poll, raised when `signal` aborts. */
async function withStopFlag<T>(signal: AbortSignal | undefined, call: (stop: Uint8Array) => Promise<T>): Promise<T> {
  const stop = new Uint8Array(1);
  const raise = () => {
    stop[0] = 1;
  };
  signal?.addEventListener('abort', raise, { once: true });
  try {
    return await call(stop);
  } finally {
    signal?.removeEventListener('abort', raise);
  }
}

export function createNativeKernel(binding: Binding): Kernel {
  // The addon's options block, which every pair call reads (binding.cpp, call_options).
  const shared = binding.options;
  const use = (options: KernelOptionsBlock): void => {
    for (let i = 0; i < OPTIONS_INT32S; i++) shared[i] = options[i]!;
  };

  // Reused for every editopsStrings call: the addon writes the lengths and a short script into it
  // (a longer one comes back in an array of its own).
  const io = new Int32Array(2 + 3 * 64);

  // [scorer, scoreCutoff] of fuzzyScoreStrings, read in place by the addon (fuzzy_binding.cpp).
  const fuzzyOptions = binding.fuzzyOptions;

  return {
    name: 'native',
    abiVersion: binding.abiVersion,
    distance(a, aLength, b, bLength, options) {
      use(options);
      return binding.distance(a, aLength, b, bLength);
    },
    editops(a, aLength, b, bLength, options) {
      use(options);
      return binding.editops(a, aLength, b, bLength);
    },
    distanceStrings(a, b, prefix, suffix, options) {
      use(options);
      return binding.distanceStrings(a, b, prefix, suffix);
    },
    editopsStrings(a, b, prefix, suffix, options, lengths) {
      use(options);
      const result = binding.editopsStrings(a, b, prefix, suffix, io);
      if (typeof result !== 'number') {
        lengths[0] = result[0]!;
        lengths[1] = result[1]!;
        return result.subarray(2);
      }
      const count = result;
      if (count < 0) return -count as KernelStatus;
      lengths[0] = io[0]!;
      lengths[1] = io[1]!;
      const packed = packedArray(count);
      for (let k = 0; k < count; k++) packed[k] = io[2 + k]!;
      return packed;
    },
    openSearch(pattern, patternLength, options, session) {
      const handle = binding.searchOpen(pattern, patternLength, options, session.mode, session.limit, session.firstEnd, session.withWindows);
      if (handle === null) throw new RangeError('editops: the native backend could not open a search');
      return {
        feed: (chunk, length) => binding.searchFeed(handle, chunk, length),
        feedString: (text, start, end, byUnit) =>
          binding.searchFeedString(handle, start === 0 && end === text.length ? text : text.slice(start, end), byUnit),
        finish: () => binding.searchFinish(handle),
        get done() {
          return binding.searchDone(handle);
        },
      };
    },
    searchBest(pattern, patternLength, text, textLength, options, mode) {
      const result = binding.searchBest(pattern, patternLength, text, textLength, options, mode);
      if (result === null) throw new RangeError('editops: the native backend could not open a search');
      return result as Float64Array | KernelStatus;
    },
    async searchParts(pattern, patternLength, options, mode, limit, text, textLength, bounds, byUnit, threads, stop) {
      const parts = await binding.searchAsync(pattern, patternLength, options, mode, limit, text, textLength, bounds, byUnit, threads || availableParallelism(), stop);
      if (parts === null) throw new RangeError('editops: the native backend could not open a search');
      return parts;
    },
    searchBestString(pattern, patternLength, text, options, mode, byUnit) {
      const result = binding.searchBestString(pattern, patternLength, text, options, mode, byUnit);
      if (result === null) throw new RangeError('editops: the native backend could not open a search');
      return result as Float64Array | KernelStatus;
    },
    batch: binding.batch,
    choiceIndex: binding.choiceIndex,
    fuzzy: {
      score: binding.fuzzyScore,
      scoreStrings(scorer, a, b, scoreCutoff) {
        fuzzyOptions[0] = scorer;
        fuzzyOptions[1] = scoreCutoff;
        return binding.fuzzyScoreStrings(a, b);
      },
      alignment: binding.fuzzyAlignment,
      similarity: binding.fuzzySimilarity,
      extract: binding.fuzzyExtract,
      matrix: binding.fuzzyMatrix,
      async runAsync(job: ScoredJob, threads: number, signal: AbortSignal | undefined): Promise<void> {
        const status = await withStopFlag(signal, (stop) => binding.fuzzyRunAsync(job, threads || availableParallelism(), stop));
        if (status < 0 && !signal?.aborted) throw new TypeError('editops: the scored batch job is malformed (its lists do not fit together)');
      },
    },
    batchAsync: (job: BatchJob, threads: number, signal: AbortSignal | undefined): Promise<number> =>
      withStopFlag(signal, (stop) => binding.batchAsync(job, threads || availableParallelism(), stop)),
  };
}
