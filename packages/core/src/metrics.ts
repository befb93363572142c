/**
 * The rules of each metric that TypeScript needs, in one table keyed by metric: the largest
 * distance for two lengths (the base of similarity and of the normalized scores), which options
 * apply, and the formulas of the shortcuts string-shortcut.ts takes for trivial pairs. The
 * algorithms themselves are the C++ core's; these rules must agree with it, which the conformance
 * suite checks (the shortcut cases against the core-only project, the scores against the oracle).
 */
import { MetricCode } from './kernel';
import type { ResolvedOptions } from './options';

/** No formula for this case: the caller asks the kernel. */
export const NO_FORMULA = -1;

/** What two-by-two middles xy and uv (x != u, y != v) look like, for twoByTwo. */
export interface TwoByTwo {
  /** x == v and y == u */
  readonly swap: boolean;
  /** x == v or y == u */
  readonly crossMatch: boolean;
}

export interface MetricRules {
  readonly name: keyof typeof MetricCode;
  /** Whether `weights` other than all 1 apply (they are refused otherwise). */
  readonly weighted: boolean;
  /**
   * Whether the distance is a float in [0, 1] (Jaro, Jaro-Winkler): it is 1 - the similarity the
   * kernel's fuzzy section computes, and its cutoff is a fraction, not an integer.
   */
  readonly floatDistance: boolean;
  /** Whether `editops` / `opcodes` exist for the metric (else they throw a TypeError). */
  readonly editops: boolean;
  /** Whether the `prefixWeight` option applies. */
  readonly prefixWeighted: boolean;
  /**
   * Whether trimming a common prefix and suffix leaves the distance unchanged, so that the string
   * shortcuts (string-shortcut.ts) and the kernel's string path, which trim first, may serve it.
   */
  readonly affixInvariant: boolean;
  /** Whether the metric has transpose ops. */
  readonly transposes: boolean;
  /** The largest distance for lengths n and m. */
  maximum(options: ResolvedOptions, n: number, m: number): number;
  /** The distance between two different single symbols. */
  single(options: ResolvedOptions): number;
  /** Whether the canonical script of two different single symbols is one replace (else insert, delete). */
  singleReplaces(options: ResolvedOptions): boolean;
  /** The distance of two-by-two middles, or NO_FORMULA. */
  twoByTwo(options: ResolvedOptions, middles: TwoByTwo): number;
  /** Whether two-by-two middles have a known script: a transpose on a swap, else two replaces. */
  twoByTwoScript(options: ResolvedOptions): boolean;
}

/** Substitution costs as much as the cheaper of a replace and a delete plus an insert. */
const cheapestReplace = ({ replaceWeight, insertWeight, deleteWeight }: ResolvedOptions): number =>
  Math.min(replaceWeight, insertWeight + deleteWeight);

/** The rules most metrics share: integer distances with an edit script, found after trimming. */
const EDIT_METRIC = { weighted: false, floatDistance: false, editops: true, prefixWeighted: false, affixInvariant: true } as const;

const levenshtein: MetricRules = {
  ...EDIT_METRIC,
  name: 'levenshtein',
  weighted: true,
  transposes: false,
  maximum({ insertWeight, deleteWeight, replaceWeight }, n, m) {
    // Either delete everything and insert everything, or replace the overlap and indel the rest.
    const viaReplace = n >= m ? (n - m) * deleteWeight + m * replaceWeight : (m - n) * insertWeight + n * replaceWeight;
    return Math.min(n * deleteWeight + m * insertWeight, viaReplace);
  },
  single: cheapestReplace,
  singleReplaces: (options) => options.replaceWeight <= options.insertWeight + options.deleteWeight,
  // One edit keeps the length, so it is a replace that fixes one place: two edits with unit costs.
  twoByTwo: (options) => (options.uniformWeights ? 2 : NO_FORMULA),
  twoByTwoScript: (options) => options.uniformWeights,
};

const transposing = (name: 'osa' | 'damerau'): MetricRules => ({
  ...EDIT_METRIC,
  name,
  transposes: true,
  maximum: (_, n, m) => Math.max(n, m),
  single: () => 1,
  singleReplaces: () => true,
  twoByTwo: (_, { swap }) => (swap ? 1 : 2),
  twoByTwoScript: () => true,
});

const indel: MetricRules = {
  ...EDIT_METRIC,
  name: 'indel',
  transposes: false,
  maximum: (_, n, m) => n + m,
  single: () => 2,
  singleReplaces: () => false,
  // 4 - 2 * LCS, and the LCS is 1 exactly when x == v or y == u.
  twoByTwo: (_, { crossMatch }) => (crossMatch ? 2 : 4),
  twoByTwoScript: () => false,
};

const hamming: MetricRules = {
  ...EDIT_METRIC,
  // Positions are compared index by index: a trim would shift them (the string path excludes it).
  affixInvariant: false,
  name: 'hamming',
  transposes: false,
  maximum: (_, n, m) => Math.max(n, m),
  single: () => 1,
  singleReplaces: () => true,
  twoByTwo: () => NO_FORMULA,
  twoByTwoScript: () => false,
};

/**
 * RapidFuzz's LCSseq: max(n, m) - LCS. Its script is the Indel one (an LCS alignment), whose
 * length is not the distance; trimming a common affix removes it from both terms alike.
 */
const lcsseq: MetricRules = {
  ...EDIT_METRIC,
  name: 'lcsseq',
  transposes: false,
  maximum: (_, n, m) => Math.max(n, m),
  single: () => 1,
  singleReplaces: () => false,
  // 2 - LCS, and the LCS is 1 exactly when x == v or y == u.
  twoByTwo: (_, { crossMatch }) => (crossMatch ? 1 : 2),
  twoByTwoScript: () => false,
};

/** Rules of the metrics without an edit script, which never take the trimming shortcuts. */
const noShortcut = {
  weighted: false,
  editops: false,
  affixInvariant: false,
  transposes: false,
  single: () => NO_FORMULA,
  singleReplaces: () => false,
  twoByTwo: () => NO_FORMULA,
  twoByTwoScript: () => false,
} as const;

/** RapidFuzz's Prefix and Postfix: max(n, m) - the length of the common prefix (suffix). */
const affix = (name: 'prefix' | 'postfix'): MetricRules => ({
  ...noShortcut,
  name,
  floatDistance: false,
  prefixWeighted: false,
  maximum: (_, n, m) => Math.max(n, m),
});

/** RapidFuzz's Jaro and Jaro-Winkler: distance 1 - similarity, both in [0, 1]. */
const jaroFamily = (name: 'jaro' | 'jaroWinkler'): MetricRules => ({
  ...noShortcut,
  name,
  floatDistance: true,
  prefixWeighted: name === 'jaroWinkler',
  maximum: () => 1,
});

/** Indexed by MetricCode. */
export const METRICS: readonly MetricRules[] = [
  levenshtein,
  transposing('osa'),
  transposing('damerau'),
  indel,
  hamming,
  lcsseq,
  affix('prefix'),
  affix('postfix'),
  jaroFamily('jaro'),
  jaroFamily('jaroWinkler'),
];

/** The largest distance the options' metric can give for lengths n and m. */
export function maximumDistance(options: ResolvedOptions, n: number, m: number): number {
  return METRICS[options.metric]!.maximum(options, n, m);
}

/** distance / maximum, with 0 for two empty sequences. */
export function normalize(distance: number, maximum: number): number {
  return maximum === 0 ? 0 : distance / maximum;
}
