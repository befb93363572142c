import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchApi, fromCigar, type SearchMatch, type SearchOptions, type Sequence } from '@editops/core';
import { backendUnderTest } from '../backend-under-test';
import { smallAlphabetString } from '../arbitraries';
import { oracleSearch, oracleSearchBest, type OracleSearchOptions } from '../oracle/search';

const { label, api, kernel } = backendUnderTest();
// The same kernel with tiny parts for searchAsync, so that runs are cut by part boundaries.
const splitting = createSearchApi(kernel, { partSize: 3 });

const elements = (value: Sequence): unknown[] => (typeof value === 'string' ? Array.from(value) : Array.from(value as ArrayLike<unknown>));
const plain = (matches: readonly SearchMatch[]) => matches.map((m) => ({ start: m.start, end: m.end, distance: m.distance, editops: m.editops.toArray() }));

/** Pattern / text pairs of every kind, the text holding edited copies of the pattern. */
const pairs: fc.Arbitrary<[Sequence, Sequence]> = fc.oneof(
  fc.tuple(smallAlphabetString('ab', 5), smallAlphabetString('ab', 16)),
  fc.tuple(smallAlphabetString('abc', 6), smallAlphabetString('abc', 18)),
  fc.tuple(smallAlphabetString('a😀b', 4), smallAlphabetString('a😀b', 14)),
  smallAlphabetString('abcd', 6).chain((p) =>
    fc.tuple(fc.constant(p), fc.tuple(smallAlphabetString('abcd', 5), smallAlphabetString('abcd', 5)).map(([x, y]) => x + p.slice(1) + y + p)),
  ),
  fc.tuple(fc.array(fc.constantFrom('to', 'be', 'or'), { maxLength: 4 }), fc.array(fc.constantFrom('to', 'be', 'or', 'not'), { maxLength: 14 })),
  fc.tuple(fc.array(fc.integer({ min: -1, max: 1 }), { maxLength: 4 }), fc.array(fc.integer({ min: -1, max: 1 }), { maxLength: 14 })),
);
const searchOptions = fc.record({
  maxDistance: fc.integer({ min: 0, max: 4 }),
  mode: fc.constantFrom('infix' as const, 'prefix' as const),
  metric: fc.constantFrom('levenshtein' as const, 'indel' as const, 'osa' as const),
});

async function streamed(pattern: string, text: string, options: SearchOptions, cuts: readonly number[]) {
  const chunks: string[] = [];
  let at = 0;
  for (const cut of cuts) {
    // Cut anywhere in the UTF-16 string, even between the halves of a surrogate pair.
    const next = Math.min(text.length, at + cut);
    chunks.push(text.slice(at, next));
    at = next;
  }
  chunks.push(text.slice(at));
  async function* source() {
    for (const chunk of chunks) yield chunk;
  }
  const out: SearchMatch[] = [];
  for await (const match of api.searchStream(pattern, source(), options)) out.push(match);
  return out;
}

describe(`search on ${label}`, () => {
  it('the documented example', () => {
    const matches = api.search('abc', 'xxabcxxabdxx', { maxDistance: 1 });
    expect(matches.map((m) => [m.start, m.end, m.distance])).toEqual([
      [2, 5, 0],
      [7, 9, 1],
    ]);
    expect(matches[1]!.editops.toCigar()).toBe('2M1I');
    expect(matches[1]!.editops.apply()).toBe('ab');
  });

  it('random pairs in every mode and metric agree with the naive semi-global oracle', () => {
    fc.assert(
      fc.property(pairs, searchOptions, ([pattern, text], options) => {
        const expected = oracleSearch(elements(pattern), elements(text), options as OracleSearchOptions);
        expect(plain(api.search(pattern, text, options))).toEqual(expected);
        const best = api.searchBest(pattern, text, options);
        const bestExpected = oracleSearchBest(elements(pattern), elements(text), options as OracleSearchOptions);
        if (bestExpected === undefined) expect(best).toBeUndefined();
        else expect({ ...plain([best!])[0], ends: best!.ends }).toEqual(bestExpected);
      }),
      { numRuns: 150 },
    );
  });

  it('sync, async (in parts) and streaming answers are identical', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(smallAlphabetString('a😀b', 5), smallAlphabetString('a😀bc', 30)),
        searchOptions,
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 10 }),
        async ([pattern, text], options, cuts) => {
          const sync = plain(api.search(pattern, text, options));
          expect(plain(await api.searchAsync(pattern, text, options))).toEqual(sync);
          expect(plain(await splitting.searchAsync(pattern, text, options))).toEqual(sync);
          expect(plain(await streamed(pattern, text, options, cuts))).toEqual(sync);
          const limited = plain(api.search(pattern, text, { ...options, limit: 1 }));
          expect(limited).toEqual(sync.slice(0, 1));
          expect(plain(await splitting.searchAsync(pattern, text, { ...options, limit: 1 }))).toEqual(limited);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('searchAsync with threads gives the sync answer, for random part sizes (split points) and thread counts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(pairs, fc.tuple(smallAlphabetString('a😀b', 5), smallAlphabetString('a😀bc', 40))),
        searchOptions,
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 4 }),
        async ([pattern, text], options, partSize, threads) => {
          const parted = createSearchApi(kernel, { partSize });
          const sync = plain(api.search(pattern, text, options));
          expect(plain(await parted.searchAsync(pattern, text, { ...options, threads }))).toEqual(sync);
          expect(plain(await parted.searchAsync(pattern, text, { ...options, threads, limit: 1 }))).toEqual(sync.slice(0, 1));
          if (typeof text === 'string') {
            const byUnit = plain(api.search(pattern, text, { ...options, unit: 'utf16' }));
            expect(plain(await parted.searchAsync(pattern, text, { ...options, threads, unit: 'utf16' }))).toEqual(byUnit);
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('searchAsync checks threads and rejects with the reason of an aborted signal', async () => {
    await expect(api.searchAsync('a', 'b', { maxDistance: 1, threads: 0 })).rejects.toThrow(/options\.threads/);
    await expect(api.searchAsync('a', 'b', { maxDistance: 1, threads: 1.5 })).rejects.toThrow(RangeError);
    const controller = new AbortController();
    const parted = createSearchApi(kernel, { partSize: 4 });
    const pending = parted.searchAsync('abc', 'xabcx'.repeat(2000), { maxDistance: 1, threads: 2, signal: controller.signal });
    controller.abort(new Error('stop now'));
    await expect(pending).rejects.toThrow('stop now');
  });

  it('searchAsync on threads: the sync answer for a long text; an abort while the parts run rejects, and later calls still work', async () => {
    // Parts of 2^20 elements by default: 3 parts, on the backend's threads (wasm: its worker pool).
    const filler = 'lorem ipsum dolor sit amet '.repeat(40_000);
    const text = filler + 'quick brown fox' + filler + 'quick brwn fx' + filler + 'quick brown fox';
    const options = { maxDistance: 2, threads: 2 };
    expect(plain(await api.searchAsync('quick brown fox', text, options))).toEqual(plain(api.search('quick brown fox', text, { maxDistance: 2 })));
    // An abort 5 ms in can lose the race to the call's end: then try a text twice as long.
    let error: unknown;
    for (let copies = 1; error === undefined; copies *= 2) {
      expect(copies, 'no call was aborted while it ran').toBeLessThanOrEqual(16);
      const controller = new AbortController();
      const pending = api.searchAsync('quick brown fox', text.repeat(copies), { ...options, signal: controller.signal });
      setTimeout(() => controller.abort(new Error('stop now')), 5);
      error = await pending.then(() => undefined, (reason: unknown) => reason);
    }
    expect(error).toMatchObject({ message: 'stop now' });
    expect(plain(await splitting.searchAsync('abc', 'xxabcxxabdxx', { maxDistance: 1, threads: 2 }))).toEqual(plain(api.search('abc', 'xxabcxxabdxx', { maxDistance: 1 })));
  }, 60_000);

  it("each match's CIGAR reads back into its script", () => {
    fc.assert(
      fc.property(pairs, searchOptions, ([pattern, text], options) => {
        for (const match of api.search(pattern, text, options)) {
          const window = match.editops.apply() as Sequence;
          for (const extended of [false, true]) {
            const back = fromCigar(match.editops.toCigar({ extended }), pattern, window);
            const hasTransposition = match.editops.toArray().some((op) => op.type === 'transpose');
            if (!hasTransposition) expect(back.toArray()).toEqual(match.editops.toArray());
            expect(back.apply()).toEqual(window);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('matches at the start and the end of the text, in code points', () => {
    expect(api.search('ab😀', 'ab😀xxxab😀', { maxDistance: 0 }).map((m) => [m.start, m.end])).toEqual([
      [0, 3],
      [6, 9],
    ]);
    expect(api.search('ab😀', 'ab😀xxxab😀', { maxDistance: 0, unit: 'utf16' }).map((m) => [m.start, m.end])).toEqual([
      [0, 4],
      [7, 11],
    ]);
    // Ends 2 and 3 both cost 1; end 2's leftmost window is 'x😀' (x replaced): it starts first.
    const [astral] = api.search('😀😀', 'x😀😃y', { maxDistance: 1 });
    expect([astral!.start, astral!.end, astral!.editops.apply()]).toEqual([0, 2, 'x😀']);
  });

  it('an empty pattern, and k at least the pattern length', () => {
    expect(api.search('', 'abc', { maxDistance: 0 }).map((m) => [m.start, m.end])).toEqual([[0, 0]]);
    expect(api.search('ab', 'xyz', { maxDistance: 2 }).map((m) => [m.start, m.end, m.distance])).toEqual([[0, 0, 2]]);
    expect(api.searchBest('', 'abc')).toMatchObject({ distance: 0, ends: [0, 1, 2, 3], start: 0, end: 0 });
    expect(api.searchBest('abc', 'xyz', { maxDistance: 1 })).toBeUndefined();
  });

  it('long patterns (over one 64-symbol block) agree with the oracle', () => {
    const pattern = 'abcabdabcabeabcabfabcabgabcabhabcabiabcabjabcabkabcablabcabmabcabn'; // 66
    const text = 'zz' + pattern.replace('abd', 'abz').replace('abm', 'am') + 'zz' + pattern;
    for (const metric of ['levenshtein', 'indel', 'osa'] as const) {
      const options = { maxDistance: 3, metric };
      expect(plain(api.search(pattern, text, options))).toEqual(oracleSearch(elements(pattern), elements(text), options));
    }
  });

  it('checks its arguments, naming them', () => {
    expect(() => api.search('a', 'b', {} as SearchOptions)).toThrow(/options.maxDistance must be a non-negative integer/);
    expect(() => api.search('a', 'b', { maxDistance: 1, mode: 'suffix' } as never)).toThrow(RangeError);
    expect(() => api.search('a', 'b', { maxDistance: 1, metric: 'damerau' } as never)).toThrow(/options.metric must be one of 'levenshtein', 'indel', 'osa'/);
    expect(() => api.search('a', 'b', { maxDistance: 1, maxDistanse: 2 } as never)).toThrow(/unknown option 'maxDistanse'.*did you mean 'maxDistance'/);
    expect(() => api.search('a', 'b', { maxDistance: -1 })).toThrow(RangeError);
    expect(() => api.search('a', 'b', { maxDistance: 1, limit: 0 })).toThrow(/options.limit/);
    expect(() => api.search('a', ['b'] as never, { maxDistance: 1 })).toThrow(/pattern and text must be sequences of the same kind/);
    expect(() => api.searchStream('a', 'not chunks' as never, { maxDistance: 1 })[Symbol.asyncIterator]().next()).rejects.toThrow(TypeError);
    expect(api.searchStream('a', ['b'], { maxDistance: 1, unit: 'word' })[Symbol.asyncIterator]().next()).rejects.toThrow(/options.unit/);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    return expect(api.searchAsync('a', 'b', { maxDistance: 1, signal: controller.signal })).rejects.toThrow('stop');
  });
});
