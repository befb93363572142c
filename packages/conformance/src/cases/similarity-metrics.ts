/**
 * Hand-checked values of the five RapidFuzz metrics through `metric:` calls, as data. Each row
 * names its source: RapidFuzz 3.x's docstrings (distance/LCSseq_py.py) and tests
 * (tests/distance/test_Jaro.py, test_JaroWinkler.py, as cases/fuzzy.ts lists them).
 */
import type { DistanceOptions } from '@editops/core';
import { fuzzyMetricCases } from './fuzzy';
import type { SimilarityMetric } from '../oracle/similarity-metrics';

export interface MetricCallCase {
  readonly from: string;
  readonly metric: SimilarityMetric;
  readonly a: string;
  readonly b: string;
  readonly options?: Pick<DistanceOptions, 'maxDistance' | 'prefixWeight'>;
  readonly distance?: number;
  readonly similarity?: number;
  readonly normalizedDistance?: number;
  readonly normalizedSimilarity?: number;
  /** Decimal digits the source gives (undefined: exact). */
  readonly digits?: number;
}

export const metricCallCases: readonly MetricCallCase[] = [
  // LCSseq.distance docstring: 2, and 2 again with score_cutoff=1 (a distance over the cutoff is cutoff + 1).
  { from: 'LCSseq.distance docstring', metric: 'lcsseq', a: 'lewenstein', b: 'levenshtein', distance: 2 },
  { from: 'LCSseq.distance docstring', metric: 'lcsseq', a: 'lewenstein', b: 'levenshtein', options: { maxDistance: 1 }, distance: 2 },
  // LCSseq.normalized_similarity docstring; the similarity is the LCS length 9 (of 11).
  { from: 'LCSseq.normalized_similarity docstring', metric: 'lcsseq', a: 'lewenstein', b: 'levenshtein', similarity: 9, normalizedSimilarity: 0.8181818181818181, digits: 12 },
  // Jaro and Jaro-Winkler: similarity = normalized similarity, distance = 1 - similarity.
  ...fuzzyMetricCases
    .filter((c) => c.metric !== 'lcsseq')
    .map((c) => ({
      from: c.from,
      metric: c.metric,
      a: c.a,
      b: c.b,
      similarity: c.similarity,
      normalizedSimilarity: c.similarity,
      distance: 1 - c.similarity,
      normalizedDistance: 1 - c.similarity,
      digits: c.digits,
    })),
];
