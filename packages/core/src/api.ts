/**
 * createApi(kernel): the public API of editops, written once over the minimal Kernel contract.
 * Each backend package calls it with its own kernel and re-exports the result.
 */
import { asContract, type EditopsApi } from './api-contract';
import { createBatchApi } from './batch-api';
import { createFuzzyScores } from './fuzzy/fuzzy-api';
import { createSearchApi } from './search/search-api';
import { PairEncoder } from './encode-pair';
import { Editops } from './editops';
import { DISTANCE_TOO_LARGE, KernelStatus, MetricCode, type Kernel } from './kernel';
import { DEFAULT_KERNEL_OPTIONS, KERNEL_OPTIONS_INT32S, kernelOptionsBlock, writeKernelOptions, type KernelOptionsBlock } from './kernel-options';
import { DEFAULT_OPTIONS, METRIC_DEFAULTS, resolveOptions, type ResolvedOptions } from './options';
import { MAX_SEQUENCE_LENGTH } from './sequence';
import { maximumDistance, METRICS, normalize } from './metrics';
import { FuzzyMetricCode } from './fuzzy/fuzzy-kernel';
import { shortJaro, shortJaroWinkler } from './short-jaro';
import { cutOff, overCutoff } from './cutoff';
import { defaultScript, NOT_SERVED, shortDistance, shortEditops } from './short-strings';
import { affixCodePoints, codePointCount, NOT_TRIVIAL, SHORTCUT_MAX_TOTAL_UNITS, shiftPastPrefix, trimmed, trivial, trivialDistance, trivialScript } from './string-shortcut';
import type { DistanceOptions, Sequence } from './types';

/** How createApi builds an API; the backends use the defaults, tests use the rest. */
export interface ApiOptions {
  /**
   * Whether short string pairs are answered in TypeScript (short-strings.ts) instead of by the
   * kernel. Default true; the conformance suite turns it off to test the compiled core alone.
   */
  readonly shortStrings?: boolean;
}

export function createApi(kernel: Kernel, apiOptions: ApiOptions = {}): EditopsApi {
  const jsShortStrings = apiOptions.shortStrings ?? true;
  // One encoder per API instance: the per-call path reuses its buffers instead of allocating.
  const pair = new PairEncoder();
  // The options block of the call in progress, written just before the kernel is called (after
  // any caller code, such as a getter run while encoding, that could make a nested call).
  const optionsScratch = new Int32Array(KERNEL_OPTIONS_INT32S);
  const blockOf = (options: ResolvedOptions): KernelOptionsBlock =>
    options === METRIC_DEFAULTS[options.metric] ? METRIC_DEFAULT_BLOCKS[options.metric]! : writeKernelOptions(optionsScratch, options);

  /** Encodes a and b for one call and checks what depends on both (hamming lengths). */
  function encode(a: Sequence, b: Sequence, options: ResolvedOptions): void {
    pair.encode(a, b, options.unit);
    if (options.metric === MetricCode.hamming && !options.pad && pair.a.length !== pair.b.length) {
      const lengths = `${pair.a.length} and ${pair.b.length}`;
      pair.release();
      throw new RangeError(
        `editops: a and b must have the same length for metric 'hamming', got ${lengths}; pass { pad: true } to pad the shorter`,
      );
    }
  }

  function encodedDistance(options: ResolvedOptions): number {
    const { a, b } = pair;
    const result = kernel.distance(a.symbols, a.length, b.symbols, b.length, blockOf(options));
    if (result === DISTANCE_TOO_LARGE) throw tooLarge('distance');
    return result;
  }

  /**
   * Whether a call can take the kernel's string fast path: two strings by code point, a metric
   * that trimming leaves unchanged (not hamming, whose length check also needs code point counts
   * first, nor prefix, postfix, jaro), within the length limit.
   */
  function fastStrings(a: Sequence, b: Sequence, resolved: ResolvedOptions): boolean {
    return (
      typeof a === 'string' &&
      typeof b === 'string' &&
      resolved.unit === 'codepoint' &&
      METRICS[resolved.metric]!.affixInvariant &&
      a.length <= MAX_SEQUENCE_LENGTH &&
      b.length <= MAX_SEQUENCE_LENGTH
    );
  }

  const fastLengths = new Int32Array(2);

  /**
   * distance as most callers call it, two non-empty strings and no options, kept small so that V8
   * inlines it into the caller's loop: short pairs are answered by short-strings.ts, the rest by
   * the general path.
   */
  function defaultDistance(a: Sequence, b: Sequence, options?: DistanceOptions): number {
    if (options === undefined && typeof a === 'string' && typeof b === 'string') {
      const total = a.length + b.length;
      if (total <= SHORTCUT_MAX_TOTAL_UNITS && a.length !== 0 && b.length !== 0) {
        const short = shortDistance(a, b);
        if (short !== NOT_SERVED) return short;
      }
    }
    return anyDistance(a, b, options);
  }

  function anyDistance(a: Sequence, b: Sequence, options?: DistanceOptions): number {
    const resolved = resolveOptions(options);
    if (METRICS[resolved.metric]!.floatDistance) {
      const sim = floatSimilarity(a, b, resolved);
      return sim === OVER_CUTOFF ? 1 : 1 - sim;
    }
    if (typeof a === 'string' && typeof b === 'string' && jsShortStrings && resolved.unitLevenshtein && resolved.unit === 'codepoint') {
      if (a.length + b.length <= SHORTCUT_MAX_TOTAL_UNITS && a.length !== 0 && b.length !== 0) {
        const short = shortDistance(a, b);
        if (short !== NOT_SERVED) return cutOff(short, resolved.maxDistance);
      }
    }
    if (kernel.distanceStrings && fastStrings(a, b, resolved)) return stringDistance(a as string, b as string, resolved);
    encode(a, b, resolved);
    try {
      return encodedDistance(resolved);
    } finally {
      pair.release();
    }
  }

  const distance = jsShortStrings ? defaultDistance : anyDistance;

  /** distance on two strings by code point: a trivial answer in JS, else the kernel's string path. */
  function stringDistance(a: string, b: string, resolved: ResolvedOptions): number {
    let prefix = 0;
    let suffix = 0;
    if (a.length + b.length <= SHORTCUT_MAX_TOTAL_UNITS) {
      const trivial = trivialDistance(a, b, resolved);
      if (trivial !== NOT_TRIVIAL) return trivial;
      ({ prefix, suffix } = trimmed);
    }
    const result = kernel.distanceStrings!(a, b, prefix, suffix, blockOf(resolved));
    if (result === DISTANCE_TOO_LARGE) throw tooLarge('distance');
    return result;
  }

  /**
   * The similarity of a float metric (jaro, jaroWinkler), or OVER_CUTOFF when its distance is
   * over maxDistance. RapidFuzz's rule: the kernel scores with the similarity cutoff 1 - maxDistance,
   * then the distance 1 - similarity is checked against maxDistance.
   */
  function floatSimilarity(a: Sequence, b: Sequence, resolved: ResolvedOptions): number {
    const cutoff = resolved.maxFraction;
    const simCutoff = cutoff < 0 ? 0 : 1 - cutoff;
    let sim = NOT_SERVED;
    // Short strings in TypeScript (short-jaro.ts): units are code points there, for either unit.
    if (jsShortStrings && typeof a === 'string' && typeof b === 'string' && (resolved.unit === 'codepoint' || resolved.unit === 'utf16')) {
      sim = METRICS[resolved.metric]!.prefixWeighted ? shortJaroWinkler(a, b, resolved.prefixWeight) : shortJaro(a, b);
      if (sim !== NOT_SERVED && sim < simCutoff) sim = 0;
    }
    if (sim === NOT_SERVED) sim = kernelSimilarity(a, b, resolved, simCutoff);
    return cutoff >= 0 && 1 - sim > cutoff ? OVER_CUTOFF : sim;
  }

  function kernelSimilarity(a: Sequence, b: Sequence, resolved: ResolvedOptions, simCutoff: number): number {
    const code = FuzzyMetricCode[METRICS[resolved.metric]!.name as 'jaro' | 'jaroWinkler'];
    encode(a, b, resolved);
    try {
      const { a: x, b: y } = pair;
      return kernel.fuzzy.similarity(code, x.symbols, x.length, y.symbols, y.length, resolved.prefixWeight, simCutoff);
    } finally {
      pair.release();
    }
  }

  /**
   * What the similarity family needs of one pair: the distance, the largest possible distance,
   * whether the cutoff was passed, and, for a float metric, its similarity as the kernel gave it
   * (1 - (1 - sim) would not always give it back exactly).
   */
  interface Scored {
    distance: number;
    maximum: number;
    over: boolean;
    /** A float metric's similarity, else NaN (then it is maximum - distance). */
    floatSimilarity: number;
  }
  const scoredPair: Scored = { distance: 0, maximum: 0, over: false, floatSimilarity: NaN };

  function scored(a: Sequence, b: Sequence, options: DistanceOptions | undefined): Scored {
    return scoredResolved(a, b, resolveOptions(options));
  }

  function scoredResolved(a: Sequence, b: Sequence, resolved: ResolvedOptions): Scored {
    if (METRICS[resolved.metric]!.floatDistance) {
      const sim = floatSimilarity(a, b, resolved);
      scoredPair.over = sim === OVER_CUTOFF;
      scoredPair.distance = scoredPair.over ? 1 : 1 - sim;
      scoredPair.maximum = 1;
      scoredPair.floatSimilarity = sim;
      return scoredPair;
    }
    encode(a, b, resolved);
    try {
      scoredPair.distance = encodedDistance(resolved);
      scoredPair.maximum = maximumDistance(resolved, pair.a.length, pair.b.length);
      scoredPair.over = overCutoff(scoredPair.distance, resolved.maxDistance);
      scoredPair.floatSimilarity = NaN;
      return scoredPair;
    } finally {
      pair.release();
    }
  }

  /**
   * Kept small, so that V8 inlines it into the caller's loop: jaro / jaroWinkler of two short
   * strings without a cutoff go straight to short-jaro.ts (issue 17's per-pair target; the steps
   * of scored() were a fifth of such a call), the rest to resolvedSimilarity.
   */
  function similarity(a: Sequence, b: Sequence, options?: DistanceOptions): number {
    const resolved = resolveOptions(options);
    const short = resolved.shortFloat;
    if (short !== 0 && jsShortStrings && typeof a === 'string' && typeof b === 'string') {
      const sim = short === 2 ? shortJaroWinkler(a, b, resolved.prefixWeight) : shortJaro(a, b);
      if (sim !== NOT_SERVED) return sim;
    }
    return resolvedSimilarity(a, b, resolved);
  }

  function resolvedSimilarity(a: Sequence, b: Sequence, resolved: ResolvedOptions): number {
    const { distance: d, maximum, over, floatSimilarity: sim } = scoredResolved(a, b, resolved);
    if (over) return 0;
    return Number.isNaN(sim) ? maximum - d : sim;
  }

  function normalizedDistance(a: Sequence, b: Sequence, options?: DistanceOptions): number {
    const { distance: d, maximum, over } = scored(a, b, options);
    return over ? 1 : normalize(d, maximum);
  }

  function normalizedSimilarity(a: Sequence, b: Sequence, options?: DistanceOptions): number {
    const { distance: d, maximum, over, floatSimilarity: sim } = scored(a, b, options);
    if (over) return 0;
    return Number.isNaN(sim) ? 1 - normalize(d, maximum) : sim;
  }

  /** editops as most callers call it (see defaultDistance): short pairs by short-strings.ts. */
  function defaultEditops(a: Sequence, b: Sequence, options?: DistanceOptions): Editops | null {
    if (options === undefined && typeof a === 'string' && typeof b === 'string' && a.length + b.length <= SHORTCUT_MAX_TOTAL_UNITS) {
      const packed = defaultScript(a, b);
      if (packed !== null) return new Editops(packed, a, a.length, b, b.length, 'codepoint');
    }
    return anyEditops(a, b, options);
  }

  function anyEditops(a: Sequence, b: Sequence, options?: DistanceOptions): Editops | null {
    const resolved = resolveOptions(options);
    if (!METRICS[resolved.metric]!.editops) throw noScript(METRICS[resolved.metric]!.name);
    if (kernel.editopsStrings && fastStrings(a, b, resolved)) return stringEditops(a as string, b as string, resolved);
    encode(a, b, resolved);
    try {
      const { a: encodedA, b: encodedB } = pair;
      const result = kernel.editops(encodedA.symbols, encodedA.length, encodedB.symbols, encodedB.length, blockOf(resolved));
      return scriptOrNull(result, a, encodedA.length, b, encodedB.length, resolved);
    } finally {
      pair.release();
    }
  }

  /** editops on two strings by code point: a trivial script in JS, else the kernel's string path. */
  function stringEditops(a: string, b: string, resolved: ResolvedOptions): Editops | null {
    if (a.length + b.length > SHORTCUT_MAX_TOTAL_UNITS) {
      const result = kernel.editopsStrings!(a, b, 0, 0, blockOf(resolved), fastLengths);
      return typeof result === 'number' ? statusOf(result, a, b, resolved) : new Editops(result, a, fastLengths[0]!, b, fastLengths[1]!, resolved.unit);
    }
    if (trivialScript(a, b, resolved)) {
      return trivial.packed && new Editops(trivial.packed, a, trivial.aLength, b, trivial.bLength, resolved.unit);
    }
    if (jsShortStrings && resolved.unitLevenshtein) {
      const script = shortScript(a, b, resolved);
      if (script !== undefined) return script;
    }
    const result = kernel.editopsStrings!(a, b, trimmed.prefix, trimmed.suffix, blockOf(resolved), fastLengths);
    if (typeof result === 'number') return statusOf(result, a, b, resolved);
    const affix = shiftPastPrefix(result, a);
    const around = affix.prefix + affix.suffix;
    return new Editops(result, a, fastLengths[0]! + around, b, fastLengths[1]! + around, resolved.unit);
  }

  /**
   * The script of short-strings.ts for the pair the last trim saw (null over the cutoff), or
   * undefined when it does not serve the pair. Its middles hold no surrogates, so their code
   * points are their units.
   */
  function shortScript(a: string, b: string, resolved: ResolvedOptions): Editops | null | undefined {
    const { prefix, suffix } = trimmed;
    const affix = affixCodePoints(a);
    const packed = shortEditops(a, b, prefix, suffix, affix.prefix);
    if (packed === null) return undefined;
    if (overCutoff(packed.length / 3, resolved.maxDistance)) return null;
    const around = affix.prefix + affix.suffix;
    return new Editops(packed, a, around + a.length - suffix - prefix, b, around + b.length - suffix - prefix, resolved.unit);
  }

  /** A kernel status on two strings: null over the cutoff, else the error (lengths in code points). */
  function statusOf(status: KernelStatus, a: string, b: string, resolved: ResolvedOptions): null {
    // The kernel writes no lengths with a status, so they are counted here, on this rare path.
    return scriptOrNull(status, a, codePointCount(a, 0, a.length), b, codePointCount(b, 0, b.length), resolved) as null;
  }

  function scriptOrNull(
    result: Int32Array | KernelStatus,
    a: Sequence,
    aLength: number,
    b: Sequence,
    bLength: number,
    resolved: ResolvedOptions,
  ): Editops | null {
    if (typeof result !== 'number') return new Editops(result, a, aLength, b, bLength, resolved.unit);
    if (result === KernelStatus.overMaxDistance) return null;
    throw result === KernelStatus.tooLarge ? tooLarge('editops', aLength, bLength) : unknownStatus(result);
  }

  const editops = jsShortStrings ? defaultEditops : anyEditops;

  function opcodes(a: Sequence, b: Sequence, options?: DistanceOptions) {
    return editops(a, b, options)?.toOpcodes() ?? null;
  }

  return asContract({
    distance, similarity, normalizedDistance, normalizedSimilarity, editops, opcodes,
    ...createBatchApi(kernel), ...createFuzzyScores(kernel, jsShortStrings), ...createSearchApi(kernel),
  });
}

/**
 * The blocks of the options `{ metric }` alone (and of none), which resolve to one frozen object
 * per metric (options.ts): made once, never written to, so such a call writes no options in JS.
 */
const METRIC_DEFAULT_BLOCKS: readonly KernelOptionsBlock[] = METRIC_DEFAULTS.map((options) =>
  options === DEFAULT_OPTIONS ? DEFAULT_KERNEL_OPTIONS : kernelOptionsBlock(options),
);

function tooLarge(call: string, aLength?: number, bLength?: number): RangeError {
  const sizes = aLength === undefined ? '' : ` (${aLength} x ${bLength} elements)`;
  return new RangeError(
    `editops: a and b${sizes} need more working memory for ${call} than the core's budget allows; see docs/limits.md`,
  );
}

/** What scored / floatSimilarity return for a distance over the cutoff. */
const OVER_CUTOFF = -1;

function noScript(metric: string): TypeError {
  return new TypeError(
    `editops: metric '${metric}' has no edit script (editops and opcodes exist for levenshtein, osa, damerau, indel, hamming and lcsseq)`,
  );
}

function unknownStatus(status: number): Error {
  return new Error(`editops: the kernel returned an unknown status ${status}`);
}
