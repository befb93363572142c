import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorRates } from './error-rates';
import { levenshtein } from './test-oracles';

interface Counts {
  hits: number;
  substitutions: number;
  deletions: number;
  insertions: number;
}

/**
 * The oracle: every alignment of two short sequences, enumerated; the best has the fewest
 * edits, then the most hits.
 */
function bestAlignment(ref: readonly string[], hyp: readonly string[]): Counts {
  const better = (x: Counts, y: Counts) => {
    const ex = x.substitutions + x.deletions + x.insertions;
    const ey = y.substitutions + y.deletions + y.insertions;
    return ex < ey || (ex === ey && x.hits > y.hits);
  };
  const memo = new Map<string, Counts>();
  const walk = (i: number, j: number): Counts => {
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known) return known;
    const options: Counts[] = [];
    if (i < ref.length && j < hyp.length) {
      const rest = walk(i + 1, j + 1);
      const hit = ref[i] === hyp[j];
      options.push({ ...rest, hits: rest.hits + (hit ? 1 : 0), substitutions: rest.substitutions + (hit ? 0 : 1) });
    }
    if (i < ref.length) {
      const rest = walk(i + 1, j);
      options.push({ ...rest, deletions: rest.deletions + 1 });
    }
    if (j < hyp.length) {
      const rest = walk(i, j + 1);
      options.push({ ...rest, insertions: rest.insertions + 1 });
    }
    const best = options.reduce((x, y) => (better(y, x) ? y : x), options[0] ?? { hits: 0, substitutions: 0, deletions: 0, insertions: 0 });
    memo.set(key, best);
    return best;
  };
  return walk(0, 0);
}

/** jiwer's formulas, from summed counts. */
function formulas({ hits: H, substitutions: S, deletions: D, insertions: I }: Counts) {
  const N = H + S + D;
  const P = H + S + I;
  const wip = P > 0 ? (H / N) * (H / P) : 0;
  return { wer: (S + D + I) / N, mer: (S + D + I) / (H + S + D + I), wip, wil: 1 - wip };
}

const words = (text: string) => text.split(/\s+/u).filter(Boolean);

describe('errorRates', () => {
  it.each([
    // reference, hypothesis, hits, substitutions, deletions, insertions, wer, mer, wil
    ['hello world', 'hello duck', 1, 1, 0, 0, 1 / 2, 1 / 2, 3 / 4],
    ['i like monthy python', 'i like python', 3, 0, 1, 0, 1 / 4, 1 / 4, 1 - 3 / 4],
    ['the cat sat', 'the cat sat on the mat', 3, 0, 0, 3, 1, 1 / 2, 1 - 1 / 2],
    ['a b', 'b c', 1, 0, 1, 1, 1, 2 / 3, 1 - 1 / 4],
    ['one two three', '', 0, 0, 3, 0, 1, 1, 1],
    ['  spaces   do not\tcount ', 'spaces do not count', 4, 0, 0, 0, 0, 0, 0],
  ] as const)('%j vs %j', (ref, hyp, H, S, D, I, wer, mer, wil) => {
    const got = errorRates(ref, hyp);
    expect(got).toMatchObject({ hits: H, substitutions: S, deletions: D, insertions: I, referenceLength: H + S + D, hypothesisLength: H + S + I });
    expect(got.wer).toBeCloseTo(wer, 12);
    expect(got.mer).toBeCloseTo(mer, 12);
    expect(got.wil).toBeCloseTo(wil, 12);
    expect(got.wip).toBeCloseTo(1 - wil, 12);
  });

  it('cer counts characters, spaces inside the text included', () => {
    // "kitten" -> "sitting": 3 edits over 6 characters; the outer spaces are stripped.
    const got = errorRates(' kitten ', 'sitting', { unit: 'char' });
    expect(got).toMatchObject({ hits: 4, substitutions: 2, deletions: 0, insertions: 1, referenceLength: 6 });
    expect(got.cer).toBeCloseTo(3 / 6, 12);
    expect(got.wer).toBe(got.cer);
    expect(errorRates('ab cd', 'ab-cd').cer).toBeCloseTo(1 / 5, 12);
  });

  it('sums the counts over a corpus before dividing', () => {
    const got = errorRates(['hello world', 'i like monthy python'], ['hello duck', 'i like python']);
    expect(got).toMatchObject({ hits: 4, substitutions: 1, deletions: 1, insertions: 0 });
    expect(got.wer).toBeCloseTo(2 / 6, 12);
  });

  it('equals the formulas on counts from an exhaustive alignment, on random corpora', () => {
    const sentence = fc.array(fc.constantFrom('a', 'b', 'c', 'dd'), { maxLength: 7 }).map((w) => w.join(' '));
    const corpus = fc
      .array(fc.tuple(sentence, sentence), { minLength: 1, maxLength: 5 })
      .filter((pairs) => pairs.some(([ref]) => words(ref).length > 0));
    fc.assert(
      fc.property(corpus, (pairs) => {
        const totals: Counts = { hits: 0, substitutions: 0, deletions: 0, insertions: 0 };
        const chars: Counts = { hits: 0, substitutions: 0, deletions: 0, insertions: 0 };
        for (const [ref, hyp] of pairs) {
          const counts = bestAlignment(words(ref), words(hyp));
          expect(counts.substitutions + counts.deletions + counts.insertions).toBe(levenshtein(words(ref), words(hyp)));
          for (const key of Object.keys(totals) as (keyof Counts)[]) totals[key] += counts[key];
          const charCounts = bestAlignment(Array.from(ref.trim()), Array.from(hyp.trim()));
          for (const key of Object.keys(chars) as (keyof Counts)[]) chars[key] += charCounts[key];
        }
        const got = errorRates(pairs.map(([ref]) => ref), pairs.map(([, hyp]) => hyp));
        expect(got).toMatchObject(totals);
        const want = formulas(totals);
        for (const key of ['wer', 'mer', 'wip', 'wil'] as const) expect(got[key]).toBeCloseTo(want[key], 12);
        const charN = chars.hits + chars.substitutions + chars.deletions;
        expect(got.cer).toBeCloseTo(charN > 0 ? (chars.substitutions + chars.deletions + chars.insertions) / charN : 0, 12);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects bad input, naming the argument', () => {
    expect(() => errorRates(['a'], ['a', 'b'])).toThrow(new RangeError('editops: references and hypotheses must have the same length, got 1 and 2'));
    expect(() => errorRates('', 'x')).toThrow(new RangeError('editops: references must hold at least one word, got none'));
    expect(() => errorRates([1] as unknown as string[], ['x'])).toThrow(new TypeError('editops: references[0] must be a string, got the number 1'));
    expect(() => errorRates('a', 'a', { unit: 'line' as 'word' })).toThrow(TypeError);
  });
});
