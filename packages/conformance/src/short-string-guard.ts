/**
 * A kernel that fails every call the TypeScript short-string kernel (@editops/core's
 * short-strings.ts) should have answered: unit-cost levenshtein on two strings by code point whose
 * middles (after the common-affix trim) have at most 32 units on one side and no surrogate, and
 * ratio / QRatio pairs that core's fuzzy/short-ratio.ts should have answered. Run
 * under it, the suite's string cases of that shape pass only if the TS kernel answered them.
 */
import { MetricCode, readKernelOptions, ScorerCode, type Kernel, type KernelOptionsBlock } from '@editops/core';

const PATTERN_UNITS = 32;
const TEXT_UNITS = 256;
const SHORT_TOTAL_UNITS = 128;

const hasSurrogate = (text: string): boolean => /[\ud800-\udfff]/.test(text);

/** The middles the core would compare, in UTF-16 units, for a pair without surrogates. */
function middles(a: string, b: string): [number, number] {
  let suffix = 0;
  while (suffix < a.length && suffix < b.length && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  let prefix = 0;
  while (prefix < a.length - suffix && prefix < b.length - suffix && a[prefix] === b[prefix]) prefix++;
  return [a.length - suffix - prefix, b.length - suffix - prefix];
}

function servedInJs(a: string, b: string, block: KernelOptionsBlock, editops: boolean): boolean {
  const { metric, insertWeight, deleteWeight, replaceWeight } = readKernelOptions(block);
  if (metric !== MetricCode.levenshtein || [insertWeight, deleteWeight, replaceWeight].some((w) => w !== 1)) return false;
  if (a.length + b.length > SHORT_TOTAL_UNITS || hasSurrogate(a) || hasSurrogate(b)) return false;
  const [n, m] = middles(a, b);
  if (n === 0 || m === 0 || (n === 1 && m === 1)) return true; // trivial: answered before any kernel
  if (editops) return n <= PATTERN_UNITS && m <= TEXT_UNITS;
  return Math.min(n, m) <= PATTERN_UNITS;
}

/** What core's fuzzy/short-ratio.ts serves: no surrogate, the shorter middle <= 32 units, the longer <= 256. */
function ratioServedInJs(a: string, b: string): boolean {
  if (hasSurrogate(a) || hasSurrogate(b)) return false;
  const [n, m] = middles(a, b);
  return Math.min(n, m) <= PATTERN_UNITS && Math.max(n, m) <= 256;
}

const RATIO_SCORERS: readonly number[] = [ScorerCode.ratio, ScorerCode.QRatio];

export function refuseShortStrings(kernel: Kernel): Kernel {
  const refuse = (call: string, a: string, b: string): never => {
    throw new Error(`js-short: ${call}(${JSON.stringify(a)}, ${JSON.stringify(b)}) reached the kernel; the TS short-string kernel should have answered it`);
  };
  return {
    ...kernel,
    distanceStrings(a, b, prefix, suffix, options) {
      if (servedInJs(a, b, options, false)) refuse('distance', a, b);
      return kernel.distanceStrings!(a, b, prefix, suffix, options);
    },
    editopsStrings(a, b, prefix, suffix, options, lengths) {
      if (servedInJs(a, b, options, true)) refuse('editops', a, b);
      return kernel.editopsStrings!(a, b, prefix, suffix, options, lengths);
    },
    fuzzy: {
      ...kernel.fuzzy,
      scoreStrings(scorer, a, b, scoreCutoff) {
        if (RATIO_SCORERS.includes(scorer) && ratioServedInJs(a, b)) refuse('ratio', a, b);
        return kernel.fuzzy.scoreStrings(scorer, a, b, scoreCutoff);
      },
    },
  };
}
