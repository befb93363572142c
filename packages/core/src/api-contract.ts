/**
 * The API every backend package exports (@editops/auto too), with its documentation: these
 * signatures are what users see on hover, so each one carries the full TSDoc.
 *
 * The overloads say what happens: without `maxDistance`, `editops` and `opcodes` always return a
 * result (no `| null`); `a` and `b` must be of the same kind (`SameKind`); results carry the
 * sequence type (`Editops<S, D>`, `Match<T>`). createApi's functions are typed by what they accept
 * at run time (`ApiImplementation`), since they also check arguments that bypass the types.
 */
import type { BatchApi, Choices, DistanceMatrix, ExtractOptions, AsyncOptions, FloatDistanceMatrix, Match } from './batch-types';
import type { Editops } from './editops';
import type { Opcodes } from './opcodes';
import type { SearchApi } from './search/search-api';
import type { BestMatch, SearchAsyncOptions, SearchBestOptions, SearchMatch, SearchOptions, TextChunks } from './search/search-types';
import type { DistanceOptions, FloatMetric, NoCutoffOptions, SameKind, Sequence, Widen } from './types';
import type { FuzzyApi } from './fuzzy/fuzzy-contract';
import type { ScoredMatch, ScoreMatrix, ScorerOptions } from './fuzzy/fuzzy-api';

/** The functions of editops, the same on every backend. */
export interface EditopsApi extends FuzzyApi {
  /**
   * The edit distance between `a` and `b`: the fewest (or, with `weights`, cheapest) edits that
   * turn `a` into `b`, under `options.metric` (levenshtein by default).
   *
   * @param a - The source: a string, an array of strings, or an array / typed array of integers.
   * @param b - The destination, of the same kind as `a`.
   * @param options - Metric, cutoff, unit, weights, padding; see {@link DistanceOptions}.
   * @returns The distance; over `options.maxDistance` it is `maxDistance + 1`.
   * @throws TypeError for arguments of the wrong type, sequences of different kinds, or an unknown option name.
   * @throws RangeError for out-of-range options, or unequal lengths under `hamming` without `pad`.
   * @example
   * ```ts
   * distance('kitten', 'sitting'); // 3
   * distance('ca', 'abc', { metric: 'damerau' }); // 2
   * ```
   */
  distance<S extends Sequence>(a: S, b: SameKind<S>, options?: DistanceOptions): number;

  /**
   * The largest possible distance for the lengths of `a` and `b`, minus their distance.
   *
   * @param a - The source sequence.
   * @param b - The destination, of the same kind as `a`.
   * @param options - As for {@link EditopsApi.distance}.
   * @returns A non-negative number; 0 over `options.maxDistance`.
   * @throws TypeError or RangeError for bad arguments, as {@link EditopsApi.distance}.
   * @example
   * ```ts
   * similarity('kitten', 'sitting'); // 4 (7 - 3)
   * ```
   */
  similarity<S extends Sequence>(a: S, b: SameKind<S>, options?: DistanceOptions): number;

  /**
   * The distance divided by the largest possible distance for these lengths.
   *
   * @param a - The source sequence.
   * @param b - The destination, of the same kind as `a`.
   * @param options - As for {@link EditopsApi.distance}.
   * @returns A number in [0, 1] (0 for equal sequences); 1 over `options.maxDistance`.
   * @throws TypeError or RangeError for bad arguments, as {@link EditopsApi.distance}.
   * @example
   * ```ts
   * normalizedDistance('kitten', 'sitting'); // 0.42857142857142855 (3 / 7)
   * ```
   */
  normalizedDistance<S extends Sequence>(a: S, b: SameKind<S>, options?: DistanceOptions): number;

  /**
   * 1 minus {@link EditopsApi.normalizedDistance}: how alike `a` and `b` are.
   *
   * @param a - The source sequence.
   * @param b - The destination, of the same kind as `a`.
   * @param options - As for {@link EditopsApi.distance}.
   * @returns A number in [0, 1] (1 for equal sequences); 0 over `options.maxDistance`.
   * @throws TypeError or RangeError for bad arguments, as {@link EditopsApi.distance}.
   * @example
   * ```ts
   * normalizedSimilarity('kitten', 'sitting'); // 0.5714285714285714 (4 / 7)
   * ```
   */
  normalizedSimilarity<S extends Sequence>(a: S, b: SameKind<S>, options?: DistanceOptions): number;

  /**
   * The edit script that turns `a` into `b`: insert, delete, replace and (osa, damerau)
   * transpose ops in forward order, the canonical one of the optimal scripts (docs/semantics.md).
   * Without `maxDistance` there is always a script.
   *
   * @param a - The source sequence.
   * @param b - The destination, of the same kind as `a`.
   * @param options - Options without `maxDistance`; see {@link DistanceOptions}.
   * @returns The script, as an {@link Editops} (`apply()` rebuilds `b` from `a`).
   * @throws TypeError or RangeError for bad arguments, as {@link EditopsApi.distance}; RangeError for inputs too large for the core's memory budget.
   * @example
   * ```ts
   * editops('kitten', 'sitting').toArray();
   * // [{ type: 'replace', srcPos: 0, destPos: 0 }, { type: 'replace', srcPos: 4, destPos: 4 }, { type: 'insert', srcPos: 6, destPos: 6 }]
   * ```
   */
  editops<S extends Sequence, D extends SameKind<S>>(a: S, b: D, options?: NoCutoffOptions): Editops<Widen<S>, Widen<D>>;
  /**
   * The edit script that turns `a` into `b`, or `null` when their distance is over
   * `options.maxDistance`.
   *
   * @param a - The source sequence.
   * @param b - The destination, of the same kind as `a`.
   * @param options - Options, here with a cutoff; see {@link DistanceOptions}.
   * @returns The script, or `null` over the cutoff.
   * @throws TypeError or RangeError for bad arguments, as {@link EditopsApi.distance}.
   * @example
   * ```ts
   * editops('kitten', 'sitting', { maxDistance: 2 }); // null
   * ```
   */
  editops<S extends Sequence, D extends SameKind<S>>(a: S, b: D, options: DistanceOptions): Editops<Widen<S>, Widen<D>> | null;

  /**
   * The canonical edit script as difflib-style blocks: `equal`, `replace`, `insert` and `delete`
   * ranges covering both sequences (a transposition becomes a `replace` block).
   *
   * @param a - The source sequence.
   * @param b - The destination, of the same kind as `a`.
   * @param options - Options without `maxDistance`; see {@link DistanceOptions}.
   * @returns The blocks, as an {@link Opcodes}.
   * @throws TypeError or RangeError for bad arguments, as {@link EditopsApi.distance}.
   * @example
   * ```ts
   * opcodes('ab', 'acb').toArray(); // [{ tag: 'equal', srcStart: 0, srcEnd: 1, destStart: 0, destEnd: 1 }, { tag: 'insert', srcStart: 1, srcEnd: 1, destStart: 1, destEnd: 2 }, { tag: 'equal', srcStart: 1, srcEnd: 2, destStart: 2, destEnd: 3 }]
   * ```
   */
  opcodes<S extends Sequence>(a: S, b: SameKind<S>, options?: NoCutoffOptions): Opcodes;
  /**
   * The canonical edit script as difflib-style blocks, or `null` when the distance is over
   * `options.maxDistance`.
   *
   * @param a - The source sequence.
   * @param b - The destination, of the same kind as `a`.
   * @param options - Options, here with a cutoff; see {@link DistanceOptions}.
   * @returns The blocks, or `null` over the cutoff.
   * @throws TypeError or RangeError for bad arguments, as {@link EditopsApi.distance}.
   * @example
   * ```ts
   * opcodes('ab', 'ba', { maxDistance: 1 }); // null
   * ```
   */
  opcodes<S extends Sequence>(a: S, b: SameKind<S>, options: DistanceOptions): Opcodes | null;

  /**
   * The choice with the best fuzzy score (`options.scorer`: a name such as `'WRatio'`, or the
   * exported function), ties to the lower index; the match carries `score`.
   *
   * @param query - The sequence to match.
   * @param choices - The candidates: an array, or prepared choices.
   * @param options - `scorer`, and the fuzzy options `processor`, `scoreCutoff`, `unit`.
   * @returns The best match with its `score`, or null when no choice reaches `scoreCutoff`.
   * @throws TypeError or RangeError for bad arguments, an unknown option or scorer name, or a processor that returns no sequence.
   * @example
   * ```ts
   * closest('new york', ['york', 'new york city'], { scorer: 'WRatio' }); // { index: 0, choice: 'york', score: 90 }
   * ```
   */
  closest<T extends Sequence>(query: SameKind<T>, choices: Choices<T>, options: ScorerOptions & { limit?: never }): ScoredMatch<T> | null;
  /**
   * The choice nearest to `query`; ties go to the lower index.
   *
   * @param query - The sequence to look up.
   * @param choices - The candidates, of the same kind as `query`: an array, or {@link PreparedChoices}.
   * @param options - As for {@link EditopsApi.distance}.
   * @returns The best {@link Match}, or `null` when no choice is within `options.maxDistance` (or there are none).
   * @throws TypeError or RangeError for bad arguments, as {@link EditopsApi.distance}.
   * @example
   * ```ts
   * closest('appel', ['apple', 'ample', 'angle']); // { index: 0, choice: 'apple', distance: 2 }
   * ```
   */
  closest<T extends Sequence>(query: SameKind<T>, choices: Choices<T>, options?: DistanceOptions): Match<T> | null;

  /**
   * The `limit` choices with the best fuzzy score (`options.scorer`), by score descending, ties to
   * the lower index, each at least `scoreCutoff`; matches carry `score`.
   *
   * @param query - The sequence to match.
   * @param choices - The candidates: an array, or prepared choices.
   * @param options - `scorer`, `limit` (5 by default) and the fuzzy options `processor`, `scoreCutoff`, `unit`.
   * @returns The matches, best first.
   * @throws TypeError or RangeError for bad arguments, an unknown option or scorer name, or a processor that returns no sequence.
   * @example
   * ```ts
   * extract('fuzzy', ['fuzz', 'fuzzy', 'buzz'], { scorer: 'WRatio', limit: 2 });
   * // [{ index: 1, choice: 'fuzzy', score: 100 }, { index: 0, choice: 'fuzz', score: 88.88888888888889 }]
   * ```
   */
  extract<T extends Sequence>(query: SameKind<T>, choices: Choices<T>, options: ScorerOptions): ScoredMatch<T>[];
  /**
   * The choices nearest to `query`, sorted by distance, ties to the lower index: at most
   * `options.limit` of them (5 by default), only those within `options.maxDistance`.
   *
   * @param query - The sequence to look up.
   * @param choices - The candidates, of the same kind as `query`: an array, or {@link PreparedChoices}.
   * @param options - `limit` and the options of {@link EditopsApi.distance}; see {@link ExtractOptions}.
   * @returns The matches, best first.
   * @throws TypeError or RangeError for bad arguments, as {@link EditopsApi.distance}, or a bad `limit`.
   * @example
   * ```ts
   * extract('appel', ['apple', 'ample', 'angle'], { limit: 2 }); // [{ index: 0, choice: 'apple', distance: 2 }, { index: 1, choice: 'ample', distance: 3 }]
   * ```
   */
  extract<T extends Sequence>(query: SameKind<T>, choices: Choices<T>, options?: ExtractOptions): Match<T>[];

  /**
   * Every query's fuzzy score (`options.scorer`) against every choice, row-major, as a Float32Array
   * (RapidFuzz's cdist type for its fuzz scores).
   *
   * @param queries - The rows.
   * @param choices - The columns: an array, or prepared choices.
   * @param options - `scorer` and the fuzzy options `processor`, `scoreCutoff`, `unit`.
   * @returns `{ rows, cols, data }` with `data[row * cols + col]` a float32 score.
   * @throws TypeError or RangeError for bad arguments, an unknown option or scorer name, or a processor that returns no sequence.
   * @example
   * ```ts
   * distanceMatrix(['ab'], ['ab', 'b'], { scorer: 'ratio' }); // { rows: 1, cols: 2, data: [100, 66.66666412353516] }
   * ```
   */
  distanceMatrix<T extends Sequence>(queries: readonly SameKind<T>[], choices: Choices<T>, options: ScorerOptions & { limit?: never }): ScoreMatrix;
  /**
   * The distance of every query to every choice, in one call.
   *
   * @param queries - The row sequences.
   * @param choices - The column sequences, of the same kind: an array, or {@link PreparedChoices}.
   * @param options - As for {@link EditopsApi.distance}.
   * @returns A {@link DistanceMatrix}: `data[row * cols + col]` is the distance of `queries[row]` to `choices[col]`.
   * @throws TypeError or RangeError for bad arguments, as {@link EditopsApi.distance}, or a matrix too large.
   * @example
   * ```ts
   * distanceMatrix(['ab', 'b'], ['a', 'ab', 'abc']); // { rows: 2, cols: 3, data: [1, 0, 1, 1, 1, 2] } (data: an Int32Array)
   * ```
   */
  distanceMatrix<T extends Sequence>(queries: readonly SameKind<T>[], choices: Choices<T>, options: DistanceOptions & { metric: FloatMetric }): FloatDistanceMatrix;
  /**
   * The distance of every query to every choice, in one call (an integer metric: an Int32Array).
   *
   * @param queries - The row sequences.
   * @param choices - The column sequences, of the same kind: an array, or {@link PreparedChoices}.
   * @param options - As for {@link EditopsApi.distance}.
   * @returns A {@link DistanceMatrix}: `data[row * cols + col]` is the distance of `queries[row]` to `choices[col]`.
   * @throws TypeError or RangeError for bad arguments, as {@link EditopsApi.distance}, or a matrix too large.
   * @example
   * ```ts
   * distanceMatrix(['ab', 'b'], ['a', 'ab', 'abc']); // { rows: 2, cols: 3, data: [1, 0, 1, 1, 1, 2] }
   * ```
   */
  distanceMatrix<T extends Sequence>(queries: readonly SameKind<T>[], choices: Choices<T>, options?: DistanceOptions): DistanceMatrix;

  /**
   * {@link EditopsApi.closest} with a scorer, off the main thread (the jaro / jaroWinkler scorers:
   * on the calling thread, in slices of the event loop).
   *
   * @param query - The sequence to match.
   * @param choices - The candidates: an array, or prepared choices.
   * @param options - As for the scored `closest`, plus `threads` and `signal`.
   * @returns A promise of the best match, or null.
   * @throws TypeError or RangeError for bad arguments, an unknown option or scorer name, or a processor that returns no sequence.
   * @example
   * ```ts
   * await closestAsync('new york', ['york'], { scorer: 'ratio' }); // { index: 0, choice: 'york', score: 66.66666666666667 }
   * ```
   */
  closestAsync<T extends Sequence>(query: SameKind<T>, choices: Choices<T>, options: ScorerOptions & AsyncOptions & { limit?: never }): Promise<ScoredMatch<T> | null>;
  /**
   * {@link EditopsApi.closest} off the main thread (native: the addon's threads; wasm: workers).
   *
   * @param query - The sequence to look up.
   * @param choices - The candidates, of the same kind as `query`.
   * @param options - As for {@link EditopsApi.closest}, plus `threads` and `signal` ({@link AsyncOptions}).
   * @returns A promise of the best match or `null`.
   * @throws TypeError or RangeError (synchronously) for bad arguments; the promise rejects with an `AbortError` when `signal` aborts.
   * @example
   * ```ts
   * await closestAsync('appel', ['apple', 'ample']); // { index: 0, choice: 'apple', distance: 2 }
   * ```
   */
  closestAsync<T extends Sequence>(query: SameKind<T>, choices: Choices<T>, options?: DistanceOptions & AsyncOptions): Promise<Match<T> | null>;

  /**
   * {@link EditopsApi.extract} with a scorer, off the main thread (the jaro / jaroWinkler scorers:
   * on the calling thread, in slices of the event loop).
   *
   * @param query - The sequence to match.
   * @param choices - The candidates: an array, or prepared choices.
   * @param options - As for the scored `extract`, plus `threads` and `signal`.
   * @returns A promise of the matches, best first.
   * @throws TypeError or RangeError for bad arguments, an unknown option or scorer name, or a processor that returns no sequence.
   * @example
   * ```ts
   * await extractAsync('ab', ['ab', 'b'], { scorer: 'ratio' }); // [{ index: 0, choice: 'ab', score: 100 }, { index: 1, choice: 'b', score: 66.66666666666667 }]
   * ```
   */
  extractAsync<T extends Sequence>(query: SameKind<T>, choices: Choices<T>, options: ScorerOptions & AsyncOptions): Promise<ScoredMatch<T>[]>;
  /**
   * {@link EditopsApi.extract} off the main thread (native: the addon's threads; wasm: workers).
   *
   * @param query - The sequence to look up.
   * @param choices - The candidates, of the same kind as `query`.
   * @param options - As for {@link EditopsApi.extract}, plus `threads` and `signal` ({@link AsyncOptions}).
   * @returns A promise of the matches, best first.
   * @throws TypeError or RangeError (synchronously) for bad arguments; the promise rejects with an `AbortError` when `signal` aborts.
   * @example
   * ```ts
   * await extractAsync('appel', ['apple', 'ample', 'angle'], { limit: 1 }); // [{ index: 0, choice: 'apple', distance: 2 }]
   * ```
   */
  extractAsync<T extends Sequence>(query: SameKind<T>, choices: Choices<T>, options?: ExtractOptions & AsyncOptions): Promise<Match<T>[]>;

  /**
   * {@link EditopsApi.distanceMatrix} with a scorer, off the main thread (the jaro / jaroWinkler
   * scorers: on the calling thread, in slices of the event loop).
   *
   * @param queries - The rows.
   * @param choices - The columns: an array, or prepared choices.
   * @param options - As for the scored `distanceMatrix`, plus `threads` and `signal`.
   * @returns A promise of `{ rows, cols, data }` (a Float32Array).
   * @throws TypeError or RangeError for bad arguments, an unknown option or scorer name, or a processor that returns no sequence.
   * @example
   * ```ts
   * await distanceMatrixAsync(['ab'], ['ab'], { scorer: 'ratio' }); // { rows: 1, cols: 1, data: [100] }
   * ```
   */
  distanceMatrixAsync<T extends Sequence>(queries: readonly SameKind<T>[], choices: Choices<T>, options: ScorerOptions & AsyncOptions & { limit?: never }): Promise<ScoreMatrix>;
  /**
   * {@link EditopsApi.distanceMatrix} off the main thread (native: the addon's threads; wasm: workers).
   *
   * @param queries - The row sequences.
   * @param choices - The column sequences, of the same kind.
   * @param options - As for {@link EditopsApi.distanceMatrix}, plus `threads` and `signal` ({@link AsyncOptions}).
   * @returns A promise of the {@link DistanceMatrix}.
   * @throws TypeError or RangeError (synchronously) for bad arguments; the promise rejects with an `AbortError` when `signal` aborts.
   * @example
   * ```ts
   * await distanceMatrixAsync(['ab'], ['a', 'ab']); // { rows: 1, cols: 2, data: [1, 0] }
   * ```
   */
  distanceMatrixAsync<T extends Sequence>(
    queries: readonly SameKind<T>[],
    choices: Choices<T>,
    options: DistanceOptions & AsyncOptions & { metric: FloatMetric },
  ): Promise<FloatDistanceMatrix>;
  /**
   * {@link EditopsApi.distanceMatrix} off the main thread, for an integer metric.
   *
   * @param queries - The row sequences.
   * @param choices - The column sequences, of the same kind.
   * @param options - As for {@link EditopsApi.distanceMatrix}, plus `threads` and `signal` ({@link AsyncOptions}).
   * @returns A promise of the {@link DistanceMatrix}.
   * @throws TypeError or RangeError (synchronously) for bad arguments; the promise rejects with an `AbortError` when `signal` aborts.
   * @example
   * ```ts
   * await distanceMatrixAsync(['ab'], ['a', 'ab']); // { rows: 1, cols: 2, data: [1, 0] }
   * ```
   */
  distanceMatrixAsync<T extends Sequence>(queries: readonly SameKind<T>[], choices: Choices<T>, options?: DistanceOptions & AsyncOptions): Promise<DistanceMatrix>;

  /**
   * Every match of `pattern` in `text` within `options.maxDistance` edits: for each run of
   * consecutive end offsets within the bound, the window with the lowest distance, then the
   * leftmost, then the shortest (docs/semantics.md, "Search"), with the canonical script from the
   * pattern to the window.
   *
   * @param pattern - What to look for: a string, an array of strings, or an array / typed array of integers.
   * @param text - Where to look, of the same kind.
   * @param options - `maxDistance` (required), `mode` (`'infix'` or `'prefix'`), `metric` (`'levenshtein'`, `'indel'`, `'osa'`), `unit`, `limit`.
   * @returns The matches in text order; offsets count elements in the call's unit.
   * @throws TypeError for arguments of the wrong type, sequences of different kinds, an unknown option name or a missing maxDistance.
   * @throws RangeError for out-of-range options.
   * @example
   * ```ts
   * search('abc', 'xxabcxxabdxx', { maxDistance: 1 }).map((m) => [m.start, m.end, m.distance]); // [[2, 5, 0], [7, 9, 1]]
   * search('abc', 'xxabdxx', { maxDistance: 1 }).at(0)?.editops.toCigar(); // '2M1I'
   * ```
   */
  search<S extends Sequence>(pattern: S, text: SameKind<S>, options: SearchOptions): SearchMatch<Widen<S>>[];

  /**
   * edlib's answer: the least distance between `pattern` and any window of `text`, every end
   * offset that has it, and the alignment of the first of them (its leftmost start).
   *
   * @param pattern - What to look for.
   * @param text - Where to look, of the same kind.
   * @param options - `mode`, `metric`, `maxDistance` (optional), `unit`.
   * @returns The best match with its `ends`, or `undefined` when none is within `maxDistance`.
   * @throws TypeError or RangeError for bad arguments, as {@link EditopsApi.search}.
   * @example
   * ```ts
   * searchBest('abc', 'xabxabcx')?.ends; // [7]
   * searchBest('abc', 'xabxabcx')?.start; // 4
   * ```
   */
  searchBest<S extends Sequence>(pattern: S, text: SameKind<S>, options?: SearchBestOptions): BestMatch<Widen<S>> | undefined;

  /**
   * {@link EditopsApi.search} in parts, on up to `threads` threads of the backend (the native
   * addon's threads, the wasm worker pool in Node; in a browser the parts run one after another,
   * yielding to the event loop between them): the text is cut into parts that each re-read
   * `pattern length + maxDistance` elements before them, and the runs cut by a boundary are
   * joined, so the answer is the same as search's.
   *
   * @param pattern - What to look for.
   * @param text - Where to look, of the same kind.
   * @param options - As for search, plus `signal`.
   * @returns A promise of the matches.
   * @throws TypeError or RangeError (synchronously) for bad arguments; rejects with the signal's reason when it aborts.
   * @example
   * ```ts
   * (await searchAsync('abc', 'xxabcxx', { maxDistance: 1 })).map((m) => [m.start, m.end]); // [[2, 5]]
   * ```
   */
  searchAsync<S extends Sequence>(pattern: S, text: SameKind<S>, options: SearchAsyncOptions): Promise<SearchMatch<Widen<S>>[]>;

  /**
   * {@link EditopsApi.search} over a text that arrives in string chunks (an async iterable such
   * as a Node stream with `setEncoding('utf8')`); matches are yielded in text order as soon as
   * they are complete, and memory stays bounded by the pattern and the windows.
   *
   * @param pattern - A string.
   * @param chunks - The text, in pieces (a surrogate pair may be cut between two).
   * @param options - As for search; `unit` is `'codepoint'` or `'utf16'`.
   * @returns An async iterable of the matches.
   * @throws TypeError or RangeError for bad arguments, on the first step of the iteration (a chunk that is not a string too).
   * @example
   * ```ts
   * const matches = searchStream('abc', ['xxa', 'bcxx'], { maxDistance: 0 })[Symbol.asyncIterator]();
   * (await matches.next()).value?.start; // 2
   * ```
   */
  searchStream(pattern: string, chunks: TextChunks, options: SearchOptions): AsyncIterable<SearchMatch<string>>;
}

/**
 * What createApi builds: the same functions, typed by what they accept at run time (any sequence
 * on either side; kinds are checked when called).
 * @internal
 */
export interface ApiImplementation extends BatchApi, FuzzyApi, SearchApi {
  distance(a: Sequence, b: Sequence, options?: DistanceOptions): number;
  similarity(a: Sequence, b: Sequence, options?: DistanceOptions): number;
  normalizedDistance(a: Sequence, b: Sequence, options?: DistanceOptions): number;
  normalizedSimilarity(a: Sequence, b: Sequence, options?: DistanceOptions): number;
  editops(a: Sequence, b: Sequence, options?: DistanceOptions): Editops | null;
  opcodes(a: Sequence, b: Sequence, options?: DistanceOptions): Opcodes | null;
}

/**
 * The implementation under the public contract. Both list the same functions (checked here at
 * compile time); the contract's overloads only narrow what the implementation returns.
 * @internal
 */
export function asContract(implementation: ApiImplementation): EditopsApi {
  return implementation as unknown as EditopsApi;
}

// Compile-time check that the contract and the implementation list the same functions.
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : never;
const sameFunctions: SameKeys<EditopsApi, ApiImplementation> = true;
void sameFunctions;
