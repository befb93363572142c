/**
 * The edges of the core's piece filter (native-core/src/search/piece_filter.hpp), which search,
 * searchBest, searchAsync's parts and searchStream all run: patterns long enough for k + 1 pieces
 * of 5 or more symbols, texts holding edited and overlapping copies of the pattern, far apart or
 * cut by stream chunks and async parts, repeated text (the filter gives up and scans in full),
 * k = 0, k >= m / 2 (no filter), astral characters. Every answer is checked against the naive DP,
 * and the streamed and async answers against search's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchApi, type SearchMatch, type SearchOptions } from '@editops/core';
import { backendUnderTest } from '../backend-under-test';
import { endDistances, oracleSearch, oracleSearchBest, type OracleSearchOptions } from '../oracle/search';

const { label, api, kernel } = backendUnderTest();
// searchAsync with parts of 700 elements: long texts are cut into several, runs across the cuts.
const parted = createSearchApi(kernel, { partSize: 700 });

/** searchStream over `text` cut into chunks of the given UTF-16 lengths (then the rest). */
async function streamed(pattern: string, text: string, options: SearchOptions, cuts: readonly number[]): Promise<SearchMatch[]> {
  const chunks: string[] = [];
  let at = 0;
  for (const cut of cuts) {
    const next = Math.min(text.length, at + cut);
    chunks.push(text.slice(at, next));
    at = next;
  }
  chunks.push(text.slice(at));
  const out: SearchMatch[] = [];
  for await (const match of api.searchStream(pattern, chunks, options)) out.push(match);
  return out;
}
const plain = (matches: readonly SearchMatch[]) => matches.map((m) => ({ start: m.start, end: m.end, distance: m.distance, editops: m.editops.toArray() }));

/** `pattern` with `edits` random replacements, insertions and deletions (code points of `alphabet`). */
const edited = (pattern: string[], alphabet: string[]) =>
  fc.array(fc.tuple(fc.constantFrom('r', 'i', 'd'), fc.nat(), fc.constantFrom(...alphabet)), { maxLength: 6 }).map((edits) => {
    const out = [...pattern];
    for (const [kind, at, symbol] of edits) {
      const i = at % (out.length + 1);
      if (kind === 'i') out.splice(i, 0, symbol);
      else if (out.length > 0 && kind === 'd') out.splice(i % out.length, 1);
      else if (out.length > 0) out[i % out.length] = symbol;
    }
    return out;
  });

/** A pattern of 10 to 40 symbols and a text of filler and edited copies, some of them overlapping. */
const filterCase = fc.constantFrom('abcd', 'ab😀c', 'abcdefgh').chain((letters) => {
  const alphabet = Array.from(letters);
  return fc.array(fc.constantFrom(...alphabet), { minLength: 10, maxLength: 40 }).chain((pattern) =>
    fc.tuple(
      fc.constant(pattern.join('')),
      fc
        .array(
          fc.oneof(
            fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }),
            edited(pattern, alphabet),
            // a copy that starts inside the one before it: overlapping candidates
            edited(pattern, alphabet).map((copy) => [...pattern.slice(0, pattern.length >> 1), ...copy]),
          ),
          { maxLength: 8 },
        )
        .map((parts) => parts.flat().join('')),
      fc.integer({ min: 0, max: pattern.length >> 1 }),
      fc.constantFrom('levenshtein' as const, 'indel' as const, 'osa' as const),
    ),
  );
});

/** searchBest's distance and ends from the naive DP's last row. */
function bestEnds(pattern: string[], text: string[], options: OracleSearchOptions) {
  const row = endDistances(pattern, text, options);
  const least = Math.min(...row);
  if (least > options.maxDistance!) return undefined;
  return { distance: least, ends: row.flatMap((d, j) => (d === least ? [j] : [])) };
}

describe(`search's piece filter on ${label}`, () => {
  it('edited and overlapping copies, k from 0 to m / 2, every metric: the naive DP', () => {
    fc.assert(
      fc.property(filterCase, fc.nat({ max: 2600 }), ([pattern, short, k, metric], lead) => {
        // The filter runs on texts of 2048 symbols or more: most cases get a lead-in that long.
        const text = (lead > 600 ? 'z'.repeat(lead) : '') + short;
        const options = { maxDistance: k, metric };
        const p = Array.from(pattern);
        const t = Array.from(text);
        expect(plain(api.search(pattern, text, options))).toEqual(oracleSearch(p, t, options));
        const best = api.searchBest(pattern, text, options);
        const expected = oracleSearchBest(p, t, options);
        if (expected === undefined) expect(best).toBeUndefined();
        else expect({ ...plain([best!])[0], ends: best!.ends }).toEqual(expected);
      }),
      { numRuns: 120 },
    );
  });

  it('long texts, where candidates are far apart and the scanner restarts between them', () => {
    fc.assert(
      fc.property(filterCase, fc.array(fc.nat({ max: 3000 }), { minLength: 1, maxLength: 4 }), ([pattern, text, k, metric], gaps) => {
        const options = { maxDistance: Math.min(k, 4), metric };
        // The copies, apart by long runs of a symbol the pattern lacks.
        const long = gaps.map((gap) => 'z'.repeat(gap) + text).join('') + 'z'.repeat(gaps[0]!);
        const best = api.searchBest(pattern, long, options);
        const expected = bestEnds(Array.from(pattern), Array.from(long), options);
        expect(best === undefined ? undefined : { distance: best.distance, ends: best.ends }).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('search, searchStream and searchAsync on long texts: every match of the naive DP, however the text is cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        filterCase,
        fc.array(fc.nat({ max: 3000 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.integer({ min: 1, max: 900 }), { maxLength: 12 }),
        fc.boolean(),
        async ([pattern, text, k, metric], gaps, cuts, byUnit) => {
          const options = { maxDistance: Math.min(k, 4), metric, unit: byUnit ? ('utf16' as const) : ('codepoint' as const) };
          const long = gaps.map((gap) => 'z'.repeat(gap) + text).join('') + 'z'.repeat(gaps[0]!);
          const split = (s: string) => (byUnit ? s.split('') : Array.from(s));
          const sync = plain(api.search(pattern, long, options));
          expect(sync).toEqual(oracleSearch(split(pattern), split(long), options));
          expect(plain(await streamed(pattern, long, options, cuts))).toEqual(sync);
          expect(plain(await parted.searchAsync(pattern, long, options))).toEqual(sync);
          expect(plain(api.search(pattern, long, { ...options, limit: 1 }))).toEqual(sync.slice(0, 1));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('repeated text, where every sample hits: the same answer as the full scan', async () => {
    for (const [unit, pattern, k] of [
      ['ab', 'ababababab', 1],
      ['abcab', 'abcababcababcab', 2],
      ['a😀', 'a😀a😀a😀a😀a😀a😀', 1],
      ['aaaa', 'aaaaaaaaaaaaaaaaaaaa', 0],
    ] as const) {
      const text = unit.repeat(12_000 / unit.length) + 'x' + pattern.slice(1) + unit.repeat(50);
      const options = { maxDistance: k };
      const best = api.searchBest(pattern, text, options);
      expect({ distance: best!.distance, ends: best!.ends }).toEqual(bestEnds(Array.from(pattern), Array.from(text), options));
      const all = plain(api.search(pattern, text, options));
      expect(all).toEqual(oracleSearch(Array.from(pattern), Array.from(text), options));
      expect(plain(await streamed(pattern, text, options, [4097, 3, 5000]))).toEqual(all);
    }
  });

  it('a match at the very start and the very end of the text, k = 0 and k = 1', () => {
    const pattern = 'abcdefghijkl';
    for (const text of [pattern + 'zzzzzzzz', 'zzzzzzzz' + pattern, 'bcdefghijkl' + 'zzzz' + 'abcdefghijk', pattern]) {
      for (const k of [0, 1, 2]) {
        const options = { maxDistance: k };
        const best = api.searchBest(pattern, text, options);
        const expected = oracleSearchBest(Array.from(pattern), Array.from(text), options);
        expect(best === undefined ? undefined : { ...plain([best])[0], ends: best.ends }).toEqual(expected);
        expect(plain(api.search(pattern, text, options))).toEqual(oracleSearch(Array.from(pattern), Array.from(text), options));
      }
    }
  });
});
