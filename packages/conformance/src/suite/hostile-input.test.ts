/**
 * Inputs that run code or lie: element getters and Proxies that call the API again while their
 * call is encoding (re-entrancy), typed arrays whose length lies, Proxies over typed arrays, and
 * getters whose value changes between reads. None may crash, read out of bounds or corrupt a
 * later call; what a getter returns is the input, read once.
 */
import { describe, expect, it } from 'vitest';
import { prepareChoices } from '@editops/core';
import { backendUnderTest } from '../backend-under-test';
import { levenshteinMatrix } from '../oracle/levenshtein';

const { label, api } = backendUnderTest();

/** An array whose element `at` is a getter: it runs `sideEffect`, then yields `value`. */
function withGetter<T>(values: T[], at: number, sideEffect: () => void): T[] {
  const array = [...values];
  const value = array[at];
  Object.defineProperty(array, at, {
    get() {
      sideEffect();
      return value;
    },
  });
  return array;
}

const big = Array.from({ length: 70_000 }, (_, i) => i % 7);
const bigOther = Array.from({ length: 70_001 }, (_, i) => (i * 3) % 7);

describe(`${label}: re-entrant calls while an input is being encoded`, () => {
  it('a getter that calls distance() on large inputs during a large call', () => {
    const inner = () => void api.distance(bigOther, big.slice(0, 69_990));
    const a = withGetter(big, 69_999, inner);
    const b = withGetter(big.slice(0, 69_900), 10, inner);
    expect(api.distance(a, b)).toBe(100);
    expect(api.distance(big, big.slice(0, 69_900))).toBe(100);
    // Three 70k x 70k distances: about 2 s each on wasm when the machine is shared.
  }, 60_000);

  it('a getter that calls every pair function, nested two deep, on every kind', () => {
    const words = ['the', 'quick', 'brown', 'fox'];
    let depth = 0;
    const calls = () => {
      if (depth++ > 1) return;
      expect(api.distance(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])).toBe(2);
      expect(api.distance('kitten', 'sitting', { unit: 'grapheme' })).toBe(3);
      expect(api.editops(withGetter([1, 2, 3], 1, calls), [1, 3])?.toArray()).toEqual([{ type: 'delete', srcPos: 1, destPos: 1 }]);
      expect(api.similarity([-1, 2 ** 40], [2 ** 40])).toBe(1);
      expect(api.extract('fox', ['box', 'fix', 'fox'], { limit: 1 })[0]?.index).toBe(2);
      depth--;
    };
    const a = withGetter(words, 2, calls);
    const b = withGetter(['the', 'slow', 'fox'], 1, calls);
    expect(api.distance(a, b)).toBe(2);
    expect(api.editops(a, b)?.length).toBe(2);
    expect(api.normalizedDistance(a, b)).toBeCloseTo(0.5);
    // Integers that need interning (negative), so both arrays are encoded twice over.
    const ints = withGetter([-5, 2, -5, 9], 3, calls);
    expect(api.distance(ints, [2, -5, 9])).toBe(1);
  });

  it('a Proxy whose get trap calls the API', () => {
    const target = Array.from({ length: 300 }, (_, i) => i % 5);
    const proxy = new Proxy(target, {
      get(object, key, receiver) {
        if (key === '7') api.distance(Array.from({ length: 100_000 }, () => 1), [2]);
        return Reflect.get(object, key, receiver) as unknown;
      },
    });
    expect(api.distance(proxy, target.slice(1))).toBe(1);
    expect(api.extract(proxy, [target, target.slice(2)], { limit: 2 }).map((m) => m.distance)).toEqual([0, 2]);
  });

  it('re-entrant batch calls, on prepared choices too', async () => {
    const words = ['apple', 'apply', 'ample', 'maple'];
    const prepared = prepareChoices(words);
    const choices = withGetter(words, 2, () => void api.extract('maple', prepared, { limit: 2 }));
    expect(api.extract('ampel', choices, { limit: 2 })).toEqual(api.extract('ampel', words, { limit: 2 }));
    expect(await api.extractAsync('ampel', choices, { limit: 2 })).toEqual(api.extract('ampel', words, { limit: 2 }));
  });
});

describe(`${label}: typed arrays and getters that lie`, () => {
  it('a typed array subclass whose length lies is read as what it really holds', () => {
    class Liar extends Uint8Array {
      override get length(): number {
        return 1_000_000;
      }
    }
    const liar = new Liar([1, 2, 3]);
    expect(api.distance(liar, [1, 2, 3])).toBe(0);
    expect(api.distance([1, 2], liar)).toBe(1);
    const ownLength = new Uint16Array([4, 5]);
    Object.defineProperty(ownLength, 'length', { value: 2 ** 26 });
    expect(api.distance(ownLength, new Uint16Array([4, 5, 6]))).toBe(1);
    expect(api.extract(liar, [[1, 2, 3], [9]], { limit: 1 })[0]?.index).toBe(0);
    expect(api.distanceMatrix([liar], [ownLength]).data).toEqual(Int32Array.from([3]));
  });

  it('a Proxy over a typed array is a TypeError, whatever its elements', () => {
    for (const element of [1.5, -7, 'x', 3]) {
      const proxy = new Proxy(new Uint8Array(4), { get: (target, key) => (key === 'length' ? 4 : typeof key === 'string' && /^\d+$/.test(key) ? element : Reflect.get(target, key)) });
      expect(() => api.distance(proxy as unknown as Uint8Array, [1])).toThrow(TypeError);
      expect(() => api.distance(proxy as unknown as Uint8Array, [1])).toThrow(/\ba\b/);
      expect(() => api.extract([1], [proxy as unknown as Uint8Array])).toThrow(/choices\[0\]/);
    }
    expect(api.distance('kitten', 'sitting')).toBe(3);
  });

  it('a getter whose value changes between reads: each element is read once, and that is the input', () => {
    let next = -3;
    const read: number[] = [];
    const shifting = new Proxy([0, 0, 0, 0, 0, 0], {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) {
          const value = next++ * 5;
          read.push(value);
          return value;
        }
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const other = [-15, -10, 7, 5, 10];
    const got = api.distance(shifting, other);
    // The first read is kindOf's look at element 0; then exactly one read per element, even
    // though the negative values send the array through interning after the direct copy.
    expect(read).toHaveLength(7);
    const input = read.slice(-6);
    expect(got).toBe(levenshteinMatrix(input, other)[input.length]![other.length]);
  });

  it('an element read once per call: what a getter returns then is the input, and a bad kind is a TypeError', () => {
    let reads = 0;
    const choices = ['abc', 'abd'];
    Object.defineProperty(choices, 1, { get: () => (reads++ === 0 ? 'abd' : 12345) });
    // The choices are copied in one read of each element (choices-cache.ts), so the first call sees
    // 'abd' everywhere, and the next call sees 12345, which is no sequence.
    expect(api.extract('abc', choices)).toEqual([
      { index: 0, choice: 'abc', distance: 0 },
      { index: 1, choice: 'abd', distance: 1 },
    ]);
    expect(reads).toBe(1);
    expect(() => api.extract('abc', choices)).toThrow(TypeError);
    expect(() => api.extract('abc', choices)).toThrow(/choices\[1\]/);
    let lengthReads = 0;
    const growing = new Proxy(['a', 'b'], { get: (target, key, receiver) => (key === 'length' ? (lengthReads++ < 2 ? 2 : 50_000) : Reflect.get(target, key, receiver) as unknown) });
    let result: unknown;
    try {
      result = api.distanceMatrix(growing, ['a']);
    } catch (error) {
      result = error;
    }
    expect(result instanceof TypeError || (result as { rows: number }).rows >= 2).toBe(true);
    expect(api.distance('kitten', 'sitting')).toBe(3);
  });
});

describe(`${label}: long inputs by grapheme`, () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const countOf = (text: string) => Array.from(segmenter.segment(text)).length;

  /**
   * About `units` UTF-16 units of words in a seeded random order, each followed by a space (so
   * that words never join: none starts with a combining mark); with its cluster count.
   */
  function randomText(words: readonly string[], units: number): { text: string; clusters: number } {
    let seed = 12345;
    const parts: string[] = [];
    let length = 0;
    let clusters = 0;
    const counts = words.map((word) => countOf(`${word} `));
    while (length < units) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const k = seed % words.length;
      parts.push(`${words[k]!} `);
      length += words[k]!.length + 1;
      clusters += counts[k]!;
    }
    return { text: parts.join(''), clusters };
  }

  it('1M units of mixed text by grapheme within a second', () => {
    const words = ['Crème', 'brûlée', '🇫🇷', 'naïve', 'café', '👍🏽', 'e\u0301', 'ক্ষমা', '👨‍👩‍👧', 'the', 'lazy', 'dog.', '🏳️‍🌈!', 'ñandú', 'Zoë', 'ok;', '한국어', 'a\u0308\u0301b'];
    const { text, clusters } = randomText(words, 2 ** 20);
    // The best of a few attempts, as a loaded machine slows any one of them; quadratic
    // segmentation (as before) would take hours on every attempt.
    const times: number[] = [];
    for (let attempt = 0; attempt < 3 && !(Math.min(...times) < 1000); attempt++) {
      const begin = performance.now();
      expect(api.distance(text, '', { unit: 'grapheme' })).toBe(clusters);
      times.push(performance.now() - begin);
    }
    expect(Math.min(...times)).toBeLessThan(1000);
  }, 30_000);

  it('text of emoji and marks only, 2^18 units, in well under quadratic time', () => {
    const words = ['👍🏽🇫🇷', '👨‍👩‍👧e\u0301', '🇩🇪🇺🇸🇯🇵', 'ক্ষ\u0301', '🏳️‍🌈👍', '\u1100\u1161\u11a8'];
    const { text, clusters } = randomText(words, 2 ** 18);
    const begin = performance.now();
    expect(api.distance(text, '', { unit: 'grapheme' })).toBe(clusters);
    // Linear: well under a second; quadratic segmentation took minutes.
    expect(performance.now() - begin).toBeLessThan(3000);
  }, 30_000);
});
