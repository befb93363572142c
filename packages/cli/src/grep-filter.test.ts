import * as library from '@editops/auto';
import { describe, expect, it } from 'vitest';
import { piecesFilter } from './commands/grep';

/** A small deterministic PRNG (mulberry32), so that a failure can be reproduced. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('piecesFilter', () => {
  it('never skips a line that has a match (checked against search itself)', () => {
    const next = random(18);
    const alphabet = ['a', 'b', '😀', 'c'];
    const text = (maxLength: number) => Array.from({ length: Math.floor(next() * (maxLength + 1)) }, () => alphabet[Math.floor(next() * 4)]!).join('');
    const metrics = ['levenshtein', 'indel', 'osa'] as const;
    let matched = 0;
    for (let n = 0; n < 3000; n++) {
      const pattern = text(8);
      const line = text(24);
      const maxDistance = Math.floor(next() * 4);
      const metric = metrics[n % 3]!;
      if (library.search(pattern, line, { maxDistance, metric }).length === 0) continue;
      matched++;
      expect(piecesFilter(pattern, maxDistance, metric)(line), `${pattern} in ${line}, k ${maxDistance}, ${metric}`).toBe(true);
    }
    expect(matched).toBeGreaterThan(500);
  });

  it('skips lines that hold no piece', () => {
    expect(piecesFilter('haystack', 2, 'levenshtein')('lorem ipsum dolor')).toBe(false);
    expect(piecesFilter('haystack', 2, 'levenshtein')('a haystakc')).toBe(true);
  });

  it('osa: one transposition across two pieces keeps the line', () => {
    // 'abcd' cut in two would be 'ab' + 'cd', both broken by swapping b and c.
    expect(library.search('abcd', 'xacbdx', { maxDistance: 1, metric: 'osa' })).toHaveLength(1);
    expect(piecesFilter('abcd', 1, 'osa')('xacbdx')).toBe(true);
  });
});
