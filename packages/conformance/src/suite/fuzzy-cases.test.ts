import { describe, expect, it } from 'vitest';
import { defaultProcess } from '@editops/core';
import { backendUnderTest } from '../backend-under-test';
import { alignmentCases, fuzzyMetricCases, fuzzyScoreCases } from '../cases/fuzzy';
import { jaro, jaroWinkler, oracleScores, partialRatioAlignment, type Elements } from '../oracle/fuzzy';

const { label, api } = backendUnderTest();
const codePoints = (s: string): Elements => Array.from(s);

// The table is checked against the oracle first, so that neither a wrong hand-written case nor a
// wrong oracle can hide (each value comes from RapidFuzz's tests or documentation).
describe(`${label}: RapidFuzz's hand-checked fuzzy cases`, () => {
  it.each(fuzzyScoreCases)('$from: $scorer($a, $b)', ({ scorer, a, b, score, digits, scoreCutoff, processDefault }) => {
    const x = processDefault ? defaultProcess(a) : a;
    const y = processDefault ? defaultProcess(b) : b;
    const got = oracleScores[scorer](codePoints(x), codePoints(y), scoreCutoff ?? 0);
    const options = { scoreCutoff, processor: processDefault ? defaultProcess : undefined };
    const fromBackend = api[scorer](a, b, options);
    for (const value of [got, fromBackend, api[scorer](b, a, options)]) {
      if (digits === undefined) expect(value).toBe(score);
      else expect(value).toBeCloseTo(score, digits);
    }
  });

  it.each(alignmentCases)('$from: partialRatioAlignment($a, $b)', ({ a, b, scoreCutoff, expected }) => {
    const got = partialRatioAlignment(codePoints(a), codePoints(b), scoreCutoff ?? 0);
    const fromBackend = api.partialRatioAlignment(a, b, { scoreCutoff });
    if (expected === null) {
      expect(got).toBeNull();
      expect(fromBackend).toBeNull();
      return;
    }
    expect(fromBackend).toEqual(got);
    expect(got).not.toBeNull();
    const { score, ...window } = expected;
    expect({ srcStart: got!.srcStart, srcEnd: got!.srcEnd, destStart: got!.destStart, destEnd: got!.destEnd }).toEqual(window);
    if (score !== undefined) expect(got!.score).toBeCloseTo(score, 9);
  });

  it.each(fuzzyMetricCases)('$from: $metric($a, $b)', ({ metric, a, b, similarity, digits }) => {
    const x = codePoints(a);
    const y = codePoints(b);
    const lcs = (): number => {
      const L = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
      for (let i = 1; i <= x.length; i++) {
        for (let j = 1; j <= y.length; j++) {
          L[i]![j] = x[i - 1] === y[j - 1] ? L[i - 1]![j - 1]! + 1 : Math.max(L[i - 1]![j]!, L[i]![j - 1]!);
        }
      }
      return L[x.length]![y.length]! / Math.max(x.length, y.length);
    };
    const got = metric === 'jaro' ? jaro(x, y) : metric === 'jaroWinkler' ? jaroWinkler(x, y) : lcs();
    expect(got).toBeCloseTo(similarity, digits);
    // Both metrics are symmetric.
    if (metric !== 'lcsseq') expect(metric === 'jaro' ? jaro(y, x) : jaroWinkler(y, x)).toBeCloseTo(similarity, digits);
  });
});
