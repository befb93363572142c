import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexLines, lineAt } from './line-index';
import { lineMatcher } from './line-matcher';
import { symbolMatcher } from './sequence-matcher';
import { textArbitrary } from './test-oracles';
import { commonPrefixLength, commonSuffixLength } from './text-compare';

/** The oracle: lines interned to integers, compared one at a time. */
function internedMatcher(a: string, b: string) {
  const ids = new Map<string, number>();
  const intern = (text: string) => {
    const lines = indexLines(text);
    return Int32Array.from({ length: lines.count }, (_, i) => {
      const line = lineAt(lines, i);
      if (!ids.has(line)) ids.set(line, ids.size);
      return ids.get(line)!;
    });
  };
  return symbolMatcher(intern(a), intern(b));
}

describe('indexLines', () => {
  it.each([
    ['', 0],
    ['a', 1],
    ['a\n', 1],
    ['a\nb', 2],
    ['a\r\nb\r\n', 2],
    ['\n\n', 2],
  ])('%j has %i lines, which join back to it', (text, count) => {
    const lines = indexLines(text);
    expect(lines.count).toBe(count);
    expect(Array.from({ length: count }, (_, i) => lineAt(lines, i)).join('')).toBe(text);
  });
});

describe('lineMatcher', () => {
  it('finds the same runs of equal lines as comparing interned lines one by one', () => {
    fc.assert(
      fc.property(textArbitrary, textArbitrary, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (a, b, r1, r2, r3, r4) => {
        const fast = lineMatcher(indexLines(a), indexLines(b));
        const slow = internedMatcher(a, b);
        const n = fast.n;
        const m = fast.m;
        expect([n, m]).toEqual([slow.n, slow.m]);
        const x = r1 % (n + 1);
        const y = r2 % (m + 1);
        const xEnd = x + (r3 % (n - x + 1));
        const yEnd = y + (r4 % (m - y + 1));
        expect(fast.forward(x, y, xEnd, yEnd)).toBe(slow.forward(x, y, xEnd, yEnd));
        expect(fast.backward(xEnd, yEnd, x, y)).toBe(slow.backward(xEnd, yEnd, x, y));
      }),
      { numRuns: 3000 },
    );
  });

  it('compares long equal stretches in chunks and stops at the first difference', () => {
    const a = 'x'.repeat(5000) + 'A' + 'y'.repeat(3000);
    const b = 'x'.repeat(5000) + 'B' + 'y'.repeat(3000);
    expect(commonPrefixLength(a, 0, b, 0, a.length)).toBe(5000);
    expect(commonSuffixLength(a, a.length, b, b.length, a.length)).toBe(3000);
    expect(commonPrefixLength(a, 0, b, 0, 4321)).toBe(4321);
  });
});
