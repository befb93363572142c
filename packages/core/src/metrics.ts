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

const levenshtein: MetricRules = {
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
  name,
  weighted: false,
  transposes: true,
  maximum: (_, n, m) => Math.max(n, m),
  single: () => 1,
  singleReplaces: () => true,
  twoByTwo: (_, { swap }) => (swap ? 1 : 2),
  twoByTwoScript: () => true,
});

const indel: MetricRules = {
  name: 'indel',
  weighted: false,
  transposes: false,
  maximum: (_, n, m) => n + m,
  single: () => 2,
  singleReplaces: () => false,
  // 4 - 2 * LCS, and the LCS is 1 exactly when x == v or y == u.
  twoByTwo: (_, { crossMatch }) => (crossMatch ? 2 : 4),
  twoByTwoScript: () => false,
};

const hamming: MetricRules = {
  name: 'hamming',
  weighted: false,
  transposes: false,
  maximum: (_, n, m) => Math.max(n, m),
  single: () => 1,
  singleReplaces: () => true,
  twoByTwo: () => NO_FORMULA,
  twoByTwoScript: () => false,
};

/** Indexed by MetricCode. */
export const METRICS: readonly MetricRules[] = [levenshtein, transposing('osa'), transposing('damerau'), indel, hamming];

/** The largest distance the options' metric can give for lengths n and m. */
export function maximumDistance(options: ResolvedOptions, n: number, m: number): number {
  return METRICS[options.metric]!.maximum(options, n, m);
}

/** distance / maximum, with 0 for two empty sequences. */
export function normalize(distance: number, maximum: number): number {
  return maximum === 0 ? 0 : distance / maximum;
}
