/**
 * Naive oracles of the five RapidFuzz metrics as `metric:` options give them (docs/semantics.md,
 * "Fuzzy matching"): distance, similarity and their normalized forms, written from RapidFuzz 3.x's
 * distance/*_py.py definitions over the naive similarities of oracle/fuzzy.ts. No cutoff here:
 * the tests apply the cutoff rule themselves, so that a wrong rule cannot hide in both places.
 */
import { jaro, jaroWinkler, lcsLength, postfixLength, prefixLength, type Elements } from './fuzzy';

export type SimilarityMetric = 'lcsseq' | 'prefix' | 'postfix' | 'jaro' | 'jaroWinkler';
export const SIMILARITY_METRICS: readonly SimilarityMetric[] = ['lcsseq', 'prefix', 'postfix', 'jaro', 'jaroWinkler'];
export const FLOAT_METRICS: readonly SimilarityMetric[] = ['jaro', 'jaroWinkler'];

export interface MetricValues {
  readonly distance: number;
  readonly similarity: number;
  readonly normalizedDistance: number;
  readonly normalizedSimilarity: number;
}

export function oracleMetric(metric: SimilarityMetric, a: Elements, b: Elements, prefixWeight = 0.1): MetricValues {
  if (metric === 'jaro' || metric === 'jaroWinkler') {
    const sim = metric === 'jaro' ? jaro(a, b) : jaroWinkler(a, b, prefixWeight);
    return { distance: 1 - sim, similarity: sim, normalizedDistance: 1 - sim, normalizedSimilarity: sim };
  }
  const longer = Math.max(a.length, b.length);
  const sim = metric === 'lcsseq' ? lcsLength(a, b) : metric === 'prefix' ? prefixLength(a, b) : postfixLength(a, b);
  const distance = longer - sim;
  const normalizedDistance = longer === 0 ? 0 : distance / longer;
  return { distance, similarity: sim, normalizedDistance, normalizedSimilarity: 1 - normalizedDistance };
}
