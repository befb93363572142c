import { describe, expect, it } from 'vitest';
import {
  checkOptionNames,
  EXTRACT_ASYNC_OPTIONS,
  EXTRACT_OPTIONS,
  nearestName,
  notOneOf,
  PAIR_ASYNC_OPTIONS,
  PAIR_OPTIONS,
  PREPARE_OPTIONS,
  SCORER_OPTIONS,
  SEARCH_ASYNC_OPTIONS,
  SEARCH_OPTIONS,
  type KnownOptions,
} from './option-names';
import { resolveOptions } from './options';
import { formatValue, quote } from './value-format';

const lookups: Record<string, KnownOptions> = {
  pair: PAIR_OPTIONS,
  extract: EXTRACT_OPTIONS,
  pairAsync: PAIR_ASYNC_OPTIONS,
  extractAsync: EXTRACT_ASYNC_OPTIONS,
  prepare: PREPARE_OPTIONS,
  search: SEARCH_OPTIONS,
  searchAsync: SEARCH_ASYNC_OPTIONS,
  scorer: SCORER_OPTIONS,
};

// [call kind, the options given, the message expected (null: accepted)]
const cases: [string, object, RegExp | null][] = [
  ['pair', { metric: 'osa', maxDistance: 1, unit: 'utf16', weights: {}, pad: false }, null],
  ['pair', {}, null],
  ['pair', { metirc: 'osa' }, /unknown option 'metirc' in options; did you mean 'metric'\?/],
  ['pair', { maxdistance: 0 }, /unknown option 'maxdistance' in options; did you mean 'maxDistance'\?/],
  ['pair', { units: 'utf16' }, /did you mean 'unit'\?/],
  ['pair', { weight: {} }, /did you mean 'weights'\?/],
  ['pair', { limit: 1 }, /unknown option 'limit' in options \(known: 'metric', 'maxDistance', 'unit', 'weights', 'pad', 'prefixWeight'\)/],
  ['pair', { metric: 'jaroWinkler', prefixWeight: 0.2 }, null],
  ['pair', { prefixweight: 0.2 }, /did you mean 'prefixWeight'\?/],
  // Each call kind's groups are bits of their own (search and the fuzzy options once shared one).
  ['search', { mode: 'infix', maxDistance: 1, limit: 2 }, null],
  ['search', { processor: undefined }, /unknown option 'processor'/],
  ['search', { scoreCutoff: 50 }, /unknown option 'scoreCutoff'/],
  ['searchAsync', { scorer: 'WRatio' }, /unknown option 'scorer'/],
  ['searchAsync', { signal: undefined }, null],
  ['scorer', { scorer: 'jaroWinkler', prefixWeight: 0.2, scoreCutoff: 0.5 }, null],
  ['scorer', { mode: 'infix' }, /unknown option 'mode'/],
  ['scorer', { signal: undefined }, /unknown option 'signal'/],
  ['pair', { threads: 2 }, /unknown option 'threads'/],
  ['pair', { toString: 1 }, /unknown option 'toString'/],
  ['pair', { zzzzzzzz: 1 }, /unknown option 'zzzzzzzz' in options \(known:/],
  ['extract', { limit: 3, metric: 'osa' }, null],
  ['extract', { limt: 1 }, /unknown option 'limt' in options; did you mean 'limit'\?/],
  ['extract', { threads: 1 }, /unknown option 'threads'/],
  ['pairAsync', { threads: 2, signal: undefined }, null],
  ['pairAsync', { limit: 2 }, /unknown option 'limit'/],
  ['pairAsync', { thread: 2 }, /did you mean 'threads'\?/],
  ['extractAsync', { limit: 2, threads: 1, signal: undefined }, null],
  ['extractAsync', { sginal: undefined }, /did you mean 'signal'\?/],
  ['prepare', { unit: 'grapheme' }, null],
  ['prepare', { metric: 'osa' }, /unknown option 'metric' in options \(known: 'unit'\)/],
];

describe('checkOptionNames', () => {
  it.each(cases)('%s options %o', (kind, options, message) => {
    const check = () => checkOptionNames(options, lookups[kind]!);
    if (message === null) expect(check).not.toThrow();
    else {
      expect(check).toThrow(TypeError);
      expect(check).toThrow(message);
    }
  });

  it('checks inherited enumerable keys too, and ignores non-enumerable ones', () => {
    const inherited = Object.create({ metirc: 'osa' }) as object;
    expect(() => checkOptionNames(inherited, PAIR_OPTIONS)).toThrow(/'metirc'/);
    const hidden = Object.defineProperty({}, 'metirc', { value: 'osa', enumerable: false });
    expect(() => checkOptionNames(hidden, PAIR_OPTIONS)).not.toThrow();
  });

  it('runs in resolveOptions for every options object, and not for undefined', () => {
    expect(() => resolveOptions({ metirc: 'osa' } as never)).toThrow(/did you mean 'metric'/);
    expect(() => resolveOptions({ limit: 1 } as never)).toThrow(/unknown option 'limit'/);
    expect(resolveOptions({ limit: 1 } as never, EXTRACT_OPTIONS).metric).toBe(0);
    expect(() => resolveOptions({ weights: { replce: 2 } } as never)).toThrow(/unknown option 'replce' in options\.weights; did you mean 'replace'\?/);
  });
});

describe('nearestName', () => {
  const names = ['metric', 'maxDistance', 'unit', 'weights', 'pad'];
  it.each([
    ['metirc', 'metric'],
    ['Metric', 'metric'],
    ['maxdistance', 'maxDistance'],
    ['max_distance', 'maxDistance'],
    ['pads', 'pad'],
    ['wieghts', 'weights'],
    ['xyz', undefined],
    ['colour', undefined],
  ])('%s -> %s', (given, expected) => {
    expect(nearestName(given, names)).toBe(expected);
  });

  it("knows the command line's old unit name 'char'", () => {
    expect(nearestName('char', ['codepoint', 'utf16', 'grapheme', 'word'])).toBe('codepoint');
  });
});

describe('notOneOf', () => {
  it('shows the value and the nearest name', () => {
    const error = notOneOf('options.metric', ['levenshtein', 'osa'], 'Levenshtein');
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe("editops: options.metric must be one of 'levenshtein', 'osa', got a string ('Levenshtein'); did you mean 'levenshtein'?");
    expect(notOneOf('options.unit', ['codepoint', 'word'], 'char').message).toMatch(/got a string \('char'\); did you mean 'codepoint'\?/);
    expect(notOneOf('options.unit', ['codepoint'], 7).message).toMatch(/got the number 7$/);
  });
});

describe('formatValue', () => {
  it.each<[unknown, string]>([
    ['Levenshtein', "a string ('Levenshtein')"],
    ["it's", "a string ('it\\'s')"],
    ['a\nb', "a string ('a\\nb')"],
    ['x'.repeat(41), `a string ('${'x'.repeat(40)}…' (41 UTF-16 units))`],
    [7, 'the number 7'],
    [-0, 'the number -0'],
    [NaN, 'NaN'],
    [Infinity, 'the number Infinity'],
    [10n, 'the bigint 10n'],
    [true, 'the boolean true'],
    [null, 'null'],
    [undefined, 'undefined'],
    [[1, 2], 'an array (length 2)'],
    [new Map(), 'an object (Map)'],
    [{}, 'an object (Object)'],
    [Symbol('s'), "a symbol ('s')"],
    [function named() {}, "a function ('named')"],
  ])('%o -> %s', (value, expected) => {
    expect(formatValue(value)).toBe(expected);
  });

  it('quotes without cutting short strings', () => {
    expect(quote('')).toBe("''");
    expect(quote('x'.repeat(40))).toBe(`'${'x'.repeat(40)}'`);
  });
});
