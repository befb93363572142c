/**
 * createSearchApi(kernel): search, searchBest, searchStream and searchAsync over a SearchKernel,
 * written once for every backend. Semantics: docs/semantics.md, "Search".
 */
import { Editops } from '../editops';
import { KernelStatus } from '../kernel';
import { SEARCH_ASYNC_OPTIONS, SEARCH_OPTIONS } from '../option-names';
import { argumentRangeError, argumentTypeError } from '../errors';
import { resolveThreads } from '../batch-api';
import type { Sequence } from '../types';
import { appendPart, type PartMatch } from './merge-parts';
import { encodeSearch, type EncodedSearch } from './search-encode';
import { MATCH_HEADER, SearchModeCode, type SearchKernel } from './search-kernel';
import { resolveSearchOptions, type ResolvedSearch } from './search-options';
import { searchOnePart } from './search-one-part';
import { StreamEncoder } from './stream-encoder';
import type { BestMatch, SearchAsyncOptions, SearchBestOptions, SearchMatch, SearchOptions, TextChunks } from './search-types';

/** The search functions, typed by what they accept at run time (the contract narrows them). */
export interface SearchApi {
  search(pattern: Sequence, text: Sequence, options: SearchOptions): SearchMatch[];
  searchBest(pattern: Sequence, text: Sequence, options?: SearchBestOptions): BestMatch | undefined;
  searchAsync(pattern: Sequence, text: Sequence, options: SearchAsyncOptions): Promise<SearchMatch[]>;
  searchStream(pattern: string, chunks: TextChunks, options: SearchOptions): AsyncIterable<SearchMatch<string>>;
}

export interface SearchApiOptions {
  /** Text elements per part of searchAsync; tests make it small to cut many runs. */
  readonly partSize?: number;
}

const DEFAULT_PART_SIZE = 1 << 20;

/** The script of one record: ops[at, at + 3 * count) of `packed`, as an Int32Array. */
function opsOf(packed: Float64Array, at: number, count: number): Int32Array {
  return Int32Array.from(packed.subarray(at, at + 3 * count));
}

export function createSearchApi(kernel: SearchKernel, apiOptions: SearchApiOptions = {}): SearchApi {
  const partSize = apiOptions.partSize ?? DEFAULT_PART_SIZE;

  function makeMatch<S extends Sequence>(
    pattern: S,
    patternLength: number,
    encoded: EncodedSearch,
    resolved: ResolvedSearch,
    start: number,
    end: number,
    distance: number,
    ops: Int32Array,
  ): SearchMatch<S> {
    const window = encoded.window(start, end) as S;
    return { start, end, distance, editops: new Editops<S>(ops, pattern, patternLength, window, end - start, resolved.unit) };
  }

  /** The records of one part, with offsets moved by `shift`. */
  function partMatches(packed: Float64Array, shift: number): PartMatch[] {
    const out: PartMatch[] = [];
    for (let at = 0; at < packed.length; ) {
      const count = packed[at + 5]!;
      out.push({
        start: packed[at]! + shift,
        end: packed[at + 1]! + shift,
        distance: packed[at + 2]!,
        runFirst: packed[at + 3]! + shift,
        runLast: packed[at + 4]! + shift,
        record: opsOf(packed, at + MATCH_HEADER, count),
      });
      at += MATCH_HEADER + 3 * count;
    }
    return out;
  }

  /**
   * Runs one part of the text: text[begin, end) with ends from firstEnd on (relative to begin);
   * `end` undefined: to the text's end (which a string text then need not count in code points).
   */
  function runPart(encoded: EncodedSearch, resolved: ResolvedSearch, begin: number, end: number | undefined, firstEnd: number, limit: number): PartMatch[] {
    const { string } = encoded;
    const part =
      string !== undefined
        ? { text: string.text, start: string.unitIndex(begin), end: end === undefined ? string.text.length : string.unitIndex(end), byUnit: string.byUnit }
        : { text: encoded.text.symbols, start: begin, end: end ?? encoded.text.length, byUnit: false };
    const session = { mode: resolved.mode, limit, firstEnd, withWindows: false };
    return partMatches(searchOnePart(kernel, encoded.pattern.symbols, encoded.pattern.length, resolved.block, session, part), begin);
  }

  function toMatches<S extends Sequence>(pattern: S, encoded: EncodedSearch, resolved: ResolvedSearch, parts: readonly PartMatch[]): SearchMatch<S>[] {
    const out: SearchMatch<S>[] = [];
    for (const m of parts) {
      if (out.length >= resolved.maxMatches) break;
      out.push(makeMatch(pattern, encoded.pattern.length, encoded, resolved, m.start, m.end, m.distance, m.record as Int32Array));
    }
    return out;
  }

  function search<S extends Sequence>(pattern: S, text: S, options: SearchOptions): SearchMatch<S>[] {
    const resolved = resolveSearchOptions(options, SEARCH_OPTIONS, true);
    const encoded = encodeSearch(pattern, text, resolved.unit);
    const matches = runPart(encoded, resolved, 0, undefined, 0, resolved.limit);
    return toMatches(pattern, encoded, resolved, matches);
  }

  function searchBest<S extends Sequence>(pattern: S, text: S, options?: SearchBestOptions): BestMatch<S> | undefined {
    const resolved = resolveSearchOptions(options, SEARCH_OPTIONS, false);
    if (options !== undefined && (options as { limit?: unknown }).limit !== undefined) {
      throw argumentTypeError('options.limit', 'absent: searchBest returns one match', (options as { limit?: unknown }).limit);
    }
    const encoded = encodeSearch(pattern, text, resolved.unit);
    const { string } = encoded;
    const packed =
      string !== undefined
        ? kernel.searchBestString(encoded.pattern.symbols, encoded.pattern.length, string.text, resolved.block, resolved.mode, string.byUnit)
        : kernel.searchBest(encoded.pattern.symbols, encoded.pattern.length, encoded.text.symbols, encoded.text.length, resolved.block, resolved.mode);
    if (packed === KernelStatus.overMaxDistance) return undefined;
    if (typeof packed === 'number') throw new RangeError(`editops: searchBest failed in the core (status ${packed})`);
    const endCount = packed[3]!;
    const ends = Array.from(packed.subarray(4, 4 + endCount));
    const opCount = packed[4 + endCount]!;
    const match = makeMatch(pattern, encoded.pattern.length, encoded, resolved, packed[1]!, packed[2]!, packed[0]!, opsOf(packed, 5 + endCount, opCount));
    return { ...match, ends };
  }

  async function searchAsync<S extends Sequence>(pattern: S, text: S, options: SearchAsyncOptions): Promise<SearchMatch<S>[]> {
    const resolved = resolveSearchOptions(options, SEARCH_ASYNC_OPTIONS, true);
    const signal = resolveSignal((options as { signal?: unknown }).signal);
    const threads = resolveThreads((options as { threads?: unknown }).threads);
    signal?.throwIfAborted();
    const encoded = encodeSearch(pattern, text, resolved.unit);
    const n = textLength(encoded);
    const m = encoded.pattern.length;
    // Prefix matches end by m + k: one part. Infix parts re-read m + min(k, m) elements.
    const k = resolved.maxDistance < 0 ? m : resolved.maxDistance;
    const reread = m + Math.min(k, m);
    const parts = resolved.mode === SearchModeCode.prefix ? 1 : Math.max(1, Math.ceil(n / partSize));
    // Part p: text[begin, end) with ends from firstEnd on (relative to begin).
    const bounds = new Float64Array(3 * parts);
    for (let part = 0; part < parts; part++) {
      const own = part * partSize;
      const begin = Math.max(0, own - reread);
      bounds[3 * part] = begin;
      bounds[3 * part + 1] = part + 1 === parts ? n : own + partSize;
      bounds[3 * part + 2] = own - begin + (part > 0 ? 1 : 0);
    }
    // A part never needs more than limit + 1 matches: at most its first joins the previous part's last.
    const limit = resolved.limit === 0 ? 0 : resolved.limit + 1;
    const merged: PartMatch[] = [];
    if (kernel.searchParts !== undefined && parts > 1) {
      await runPartsOnThreads(encoded, resolved, bounds, limit, threads, signal, merged);
    } else {
      for (let part = 0; part < parts; part++) {
        appendPart(merged, runPart(encoded, resolved, bounds[3 * part]!, bounds[3 * part + 1]!, bounds[3 * part + 2]!, limit));
        // A run may go on into the next part, so the limit is only safe once the last match is closed.
        if (merged.length > resolved.maxMatches) break;
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        signal?.throwIfAborted();
      }
    }
    return toMatches(pattern, encoded, resolved, merged);
  }

  /** The parts on the kernel's threads (searchParts), joined in order into `merged`. */
  async function runPartsOnThreads(
    encoded: EncodedSearch,
    resolved: ResolvedSearch,
    bounds: Float64Array,
    limit: number,
    threads: number,
    signal: AbortSignal | undefined,
    merged: PartMatch[],
  ): Promise<void> {
    const { string } = encoded;
    // A string text's parts go in UTF-16 units (code point offsets walked in order).
    const unitBounds = string === undefined || string.byUnit ? bounds : bounds.slice();
    if (string !== undefined && !string.byUnit) {
      for (let at = 0; at < bounds.length; at += 3) {
        unitBounds[at] = string.unitIndex(bounds[at]!);
        unitBounds[at + 1] = string.unitIndex(bounds[at + 1]!);
      }
    }
    const stop = new Uint8Array(1);
    const raise = () => {
      stop[0] = 1;
    };
    signal?.addEventListener('abort', raise, { once: true });
    let packed: Float64Array[];
    try {
      packed = await kernel.searchParts!(
        encoded.pattern.symbols,
        encoded.pattern.length,
        resolved.block,
        resolved.mode,
        limit,
        string !== undefined ? string.text : encoded.text.symbols,
        string !== undefined ? string.text.length : encoded.text.length,
        unitBounds,
        string !== undefined && string.byUnit,
        threads,
        stop,
        signal,
      );
    } finally {
      signal?.removeEventListener('abort', raise);
    }
    signal?.throwIfAborted();
    for (let part = 0; part < packed.length; part++) {
      appendPart(merged, partMatches(packed[part]!, bounds[3 * part]!));
      if (merged.length > resolved.maxMatches) break;
    }
  }

  async function* searchStream(pattern: string, chunks: TextChunks, options: SearchOptions): AsyncGenerator<SearchMatch<string>> {
    const resolved = resolveSearchOptions(options, SEARCH_OPTIONS, true);
    if (typeof pattern !== 'string') throw argumentTypeError('pattern', 'a string (searchStream reads text)', pattern);
    if (resolved.unit !== 'codepoint' && resolved.unit !== 'utf16') {
      throw argumentRangeError('options.unit', "'codepoint' or 'utf16' (a streamed text cannot be segmented in pieces)", resolved.unit);
    }
    if (chunks === null || typeof chunks !== 'object' || !(Symbol.asyncIterator in chunks || Symbol.iterator in chunks)) {
      throw argumentTypeError('chunks', 'an async iterable or iterable of strings (a Node stream with setEncoding)', chunks);
    }
    const encoded = encodeSearch(pattern, '', resolved.unit);
    const stream = new StreamEncoder(resolved.unit);
    const session = kernel.openSearch(encoded.pattern.symbols, encoded.pattern.length, resolved.block, {
      mode: resolved.mode,
      limit: resolved.limit,
      firstEnd: 0,
      withWindows: true,
    });
    let emitted = 0;
    const decode = function* (packed: Float64Array): Generator<SearchMatch<string>> {
      for (let at = 0; at < packed.length && emitted < resolved.maxMatches; ) {
        const [start, end, distance] = [packed[at]!, packed[at + 1]!, packed[at + 2]!];
        const count = packed[at + 5]!;
        const opsAt = at + MATCH_HEADER;
        const windowAt = opsAt + 3 * count;
        const window = stream.decode(packed.subarray(windowAt, windowAt + (end - start)));
        const ops = opsOf(packed, opsAt, count);
        emitted++;
        yield { start, end, distance, editops: new Editops<string>(ops, pattern, encoded.pattern.length, window, end - start, resolved.unit) };
        at = windowAt + (end - start);
      }
    };
    let finished = false;
    try {
      for await (const chunk of chunks as AsyncIterable<unknown>) {
        if (typeof chunk !== 'string') throw argumentTypeError('chunks', 'strings only (call setEncoding on a Node stream)', chunk);
        const symbols = stream.encode(chunk);
        yield* decode(session.feed(symbols, symbols.length));
        if (session.done || emitted >= resolved.maxMatches) break;
      }
      const rest = stream.flush();
      if (rest.length > 0 && !session.done) yield* decode(session.feed(rest, rest.length));
      finished = true;
      yield* decode(session.finish());
    } finally {
      if (!finished) session.finish();
    }
  }

  return { search, searchBest, searchAsync, searchStream };
}

/** The text's length in symbols. */
function textLength(encoded: EncodedSearch): number {
  return encoded.string !== undefined ? encoded.string.length : encoded.text.length;
}

function resolveSignal(signal: unknown): AbortSignal | undefined {
  if (signal === undefined) return undefined;
  if (typeof AbortSignal === 'undefined' || !(signal instanceof AbortSignal)) {
    throw argumentTypeError('options.signal', 'an AbortSignal', signal);
  }
  return signal;
}
