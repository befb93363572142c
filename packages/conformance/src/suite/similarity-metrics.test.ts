/**
 * The five RapidFuzz metrics behind `metric:` (lcsseq, prefix, postfix, jaro, jaroWinkler) on every
 * call: against the naive oracle on every sequence kind, with the properties RapidFuzz states
 * (bounds, symmetry, the cutoff rules, Jaro-Winkler >= Jaro, prefixWeight 0 is Jaro), in batch
 * calls, and with their errors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DistanceOptions, Metric, Sequence } from '@editops/core';
import { backendUnderTest } from '../backend-under-test';
import { pairOfKinds, smallAlphabetString } from '../arbitraries';
import { applyEditops } from '../oracle/apply';
import { oracleEditops } from '../oracle/metrics';
import { FLOAT_METRICS, oracleMetric, SIMILARITY_METRICS, type SimilarityMetric } from '../oracle/similarity-metrics';
import { metricCallCases } from '../cases/similarity-metrics';

const { label, api } = backendUnderTest();

const elements = (value: Sequence): unknown[] => (typeof value === 'string' ? Array.from(value) : Array.from(value as ArrayLike<unknown>));
const isFloat = (metric: SimilarityMetric): boolean => FLOAT_METRICS.includes(metric);
/** Floats from the core and from the oracle may differ in the last bits (a different sum order). */
const same = (got: number, expected: number, metric: SimilarityMetric): void => {
  if (isFloat(metric)) expect(got).toBeCloseTo(expected, 12);
  else expect(got).toBe(expected);
};

/** Strings long enough to cross Jaro's 64-symbol word, and its windows. */
const longPairs: fc.Arbitrary<[Sequence, Sequence]> = fc.tuple(smallAlphabetString('abcd', 90), smallAlphabetString('abcd', 90));
const pairs = fc.oneof(pairOfKinds(14), longPairs);

describe.each(SIMILARITY_METRICS)(`${label}: metric %s against the naive oracle`, (metric) => {
  const options: DistanceOptions = { metric: metric as Metric };

  it('distance, similarity and the normalized scores; symmetric; within bounds', () => {
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        const expected = oracleMetric(metric, elements(a), elements(b));
        for (const [x, y] of [[a, b], [b, a]] as const) {
          same(api.distance(x, y, options), expected.distance, metric);
          same(api.similarity(x, y, options), expected.similarity, metric);
          same(api.normalizedDistance(x, y, options), expected.normalizedDistance, metric);
          same(api.normalizedSimilarity(x, y, options), expected.normalizedSimilarity, metric);
        }
        const normalized = api.normalizedSimilarity(a, b, options);
        expect(normalized).toBeGreaterThanOrEqual(0);
        expect(normalized).toBeLessThanOrEqual(1);
        // RapidFuzz: the normalized distance and similarity add up to 1.
        expect(api.normalizedDistance(a, b, options) + normalized).toBeCloseTo(1, 12);
      }),
      { numRuns: 200 },
    );
  });

  it('a cutoff: over it, the distance is cut off (integer: k + 1; float: 1), the similarity is 0', () => {
    const cutoffs = isFloat(metric) ? fc.double({ min: 0, max: 1, noNaN: true }) : fc.nat(8);
    fc.assert(
      fc.property(pairs, cutoffs, ([a, b], maxDistance) => {
        const expected = oracleMetric(metric, elements(a), elements(b));
        const exact = api.distance(a, b, options);
        const over = exact > maxDistance;
        const cut = { ...options, maxDistance };
        expect(api.distance(a, b, cut)).toBe(over ? (isFloat(metric) ? 1 : maxDistance + 1) : exact);
        expect(api.similarity(a, b, cut)).toBe(over ? 0 : api.similarity(a, b, options));
        expect(api.normalizedDistance(a, b, cut)).toBe(over ? 1 : api.normalizedDistance(a, b, options));
        expect(api.normalizedSimilarity(a, b, cut)).toBe(over ? 0 : api.normalizedSimilarity(a, b, options));
        same(exact, expected.distance, metric);
      }),
      { numRuns: 200 },
    );
  });

  it('batch calls give the pairwise distances, sorted by distance with ties to the lower index', () => {
    fc.assert(
      fc.property(smallAlphabetString('abc', 10), fc.array(smallAlphabetString('abc', 10), { maxLength: 12 }), fc.nat(3), (query, choices, limit) => {
        const each = choices.map((choice) => api.distance(query, choice, options));
        const order = each.map((_, i) => i).sort((i, j) => each[i]! - each[j]! || i - j);
        const matches = api.extract(query, choices, { ...options, limit });
        expect(matches.map((m) => m.index)).toEqual(order.slice(0, limit));
        for (const m of matches) expect(m.distance).toBe(each[m.index]);
        const matrix = api.distanceMatrix([query], choices, options);
        expect(matrix.data).toBeInstanceOf(isFloat(metric) ? Float32Array : Int32Array);
        expect(Array.from(matrix.data)).toEqual(each.map((d) => (isFloat(metric) ? Math.fround(d) : d)));
        expect(api.closest(query, choices, options)?.index ?? null).toBe(order[0] ?? null);
      }),
      { numRuns: 100 },
    );
  });
});

describe(`${label}: jaroWinkler and its prefixWeight`, () => {
  it('is at least jaro; prefixWeight 0 is jaro; the oracle agrees for every weight', () => {
    fc.assert(
      fc.property(pairs, fc.double({ min: 0, max: 0.25, noNaN: true }), ([a, b], prefixWeight) => {
        const jaro = api.similarity(a, b, { metric: 'jaro' });
        expect(api.similarity(a, b, { metric: 'jaroWinkler' })).toBeGreaterThanOrEqual(jaro);
        expect(api.similarity(a, b, { metric: 'jaroWinkler', prefixWeight: 0 })).toBe(jaro);
        const weighted = api.similarity(a, b, { metric: 'jaroWinkler', prefixWeight });
        expect(weighted).toBeCloseTo(oracleMetric('jaroWinkler', elements(a), elements(b), prefixWeight).similarity, 12);
        expect(weighted).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it("scorer: 'jaroWinkler' ranks by the similarity, best first, scoreCutoff on its 0-1 scale", () => {
    fc.assert(
      fc.property(smallAlphabetString('abc', 10), fc.array(smallAlphabetString('abc', 10), { maxLength: 12 }), fc.double({ min: 0, max: 1, noNaN: true }), (query, choices, scoreCutoff) => {
        const each = choices.map((choice) => api.similarity(query, choice, { metric: 'jaroWinkler', prefixWeight: 0.2 }));
        const order = each.map((_, i) => i).filter((i) => each[i]! >= scoreCutoff).sort((i, j) => each[j]! - each[i]! || i - j);
        const matches = api.extract(query, choices, { scorer: 'jaroWinkler', prefixWeight: 0.2, scoreCutoff, limit: Infinity } as never);
        expect(matches.map((m) => m.index)).toEqual(order);
        for (const m of matches) expect((m as unknown as { score: number }).score).toBe(each[m.index]);
      }),
      { numRuns: 100 },
    );
  });
});

describe(`${label}: lcsseq's edit script`, () => {
  it('is the indel script: an LCS alignment without replaces, within the lcsseq cutoff', () => {
    fc.assert(
      fc.property(pairOfKinds(14), fc.nat(8), ([a, b], maxDistance) => {
        const src = elements(a);
        const dest = elements(b);
        const ops = api.editops(a, b, { metric: 'lcsseq' })!.toArray();
        expect(ops).toEqual(oracleEditops(src, dest, { metric: 'indel' }));
        expect(applyEditops(src, dest, ops)).toEqual(dest);
        expect(ops.some((op) => op.type === 'replace')).toBe(false);
        const cut = api.editops(a, b, { metric: 'lcsseq', maxDistance });
        if (api.distance(a, b, { metric: 'lcsseq' }) > maxDistance) expect(cut).toBeNull();
        else expect(cut!.toArray()).toEqual(ops);
      }),
      { numRuns: 200 },
    );
  });
});

describe(`${label}: RapidFuzz's hand-checked metric values through every call`, () => {
  it.each(metricCallCases)('$from: $metric($a, $b)', ({ metric, a, b, options, distance, similarity, normalizedDistance, normalizedSimilarity, digits }) => {
    const o = { metric, ...options };
    const check = (got: number, expected: number | undefined) => {
      if (expected === undefined) return;
      if (digits === undefined) expect(got).toBe(expected);
      else expect(got).toBeCloseTo(expected, digits);
    };
    // The oracle first, so that a wrong case and a wrong backend cannot agree by chance.
    const oracle = oracleMetric(metric, elements(a), elements(b), options?.prefixWeight);
    if (options?.maxDistance === undefined) {
      check(oracle.distance, distance);
      check(oracle.similarity, similarity);
    }
    check(api.distance(a, b, o), distance);
    check(api.similarity(a, b, o), similarity);
    check(api.normalizedDistance(a, b, o), normalizedDistance);
    check(api.normalizedSimilarity(a, b, o), normalizedSimilarity);
  });
});

describe(`${label}: errors of the metric options`, () => {
  it.each(['prefix', 'postfix', 'jaro', 'jaroWinkler'] as const)('editops and opcodes of %s are a TypeError naming it', (metric) => {
    expect(() => api.editops('ab', 'ba', { metric })).toThrow(new RegExp(`TypeError|metric '${metric}' has no edit script`));
    expect(() => api.editops('ab', 'ba', { metric })).toThrow(TypeError);
    expect(() => api.opcodes('ab', 'ba', { metric })).toThrow(`metric '${metric}' has no edit script`);
  });

  it.each([
    [{ metric: 'jaroWinkler', prefixWeight: 0.26 }, RangeError, 'options.prefixWeight must be a number from 0 to 0.25, got the number 0.26'],
    [{ metric: 'jaroWinkler', prefixWeight: -0.01 }, RangeError, 'options.prefixWeight'],
    [{ metric: 'jaroWinkler', prefixWeight: Number.NaN }, RangeError, 'options.prefixWeight'],
    [{ metric: 'jaroWinkler', prefixWeight: '0.1' }, TypeError, 'options.prefixWeight must be a number'],
    [{ metric: 'jaro', prefixWeight: 0.1 }, RangeError, "used only with metric 'jaroWinkler'"],
    [{ prefixWeight: 0.1 }, RangeError, "used only with metric 'jaroWinkler'"],
    [{ metric: 'jaro', maxDistance: -0.5 }, RangeError, 'options.maxDistance must be a number from 0 to 1'],
    [{ metric: 'lcsseq', maxDistance: 0.5 }, RangeError, 'options.maxDistance must be a non-negative integer'],
    [{ metric: 'jaroWinkler', prefixWieght: 0.1 }, TypeError, "did you mean 'prefixWeight'?"],
  ])('%o', (options, error, message) => {
    expect(() => api.distance('ab', 'ba', options as DistanceOptions)).toThrow(error);
    expect(() => api.distance('ab', 'ba', options as DistanceOptions)).toThrow(message);
  });

  it('a scorer other than jaroWinkler refuses prefixWeight', () => {
    expect(() => api.extract('ab', ['ba'], { scorer: 'WRatio', prefixWeight: 0.1 } as never)).toThrow(RangeError);
    expect(() => api.extract('ab', ['ba'], { scorer: 'WRatio', prefixWeight: 0.1 } as never)).toThrow("used only with scorer 'jaroWinkler'");
  });
});
