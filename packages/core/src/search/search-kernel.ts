/**
 * What the search API (search-api.ts) needs from a backend: the C++ Searcher of
 * native-core/include/editops/search.hpp, fed a text in chunks, and search_best. Sequences arrive
 * encoded as uint32 symbols and options already checked (search-options.ts), as for the rest of
 * the Kernel contract.
 *
 * Matches come back packed in one Float64Array (offsets of a streamed text can pass 2^31), one
 * record per match: [start, end, distance, runFirst, runLast, opCount, then opCount packed ops
 * (op, patternPos, windowPos)]. searchBest packs [distance, start, end, endCount, ...ends,
 * opCount, ...ops]. With `withWindows`, a match record is followed by its window's symbols.
 */
import type { KernelStatus } from '../kernel';
import type { KernelOptionsBlock } from '../kernel-options';

/** Mode numbering shared with the C++ enum class SearchMode. */
export const SearchModeCode = { infix: 0, prefix: 1 } as const;
export type SearchModeCode = (typeof SearchModeCode)[keyof typeof SearchModeCode];

/** Slots of a match record before its ops. */
export const MATCH_HEADER = 6;

/** What a search session needs besides the options block (metric, maxDistance). */
export interface SearchSessionOptions {
  readonly mode: SearchModeCode;
  /** 0: no limit. */
  readonly limit: number;
  /** Ends before this offset are not candidates (a part of a split text). */
  readonly firstEnd: number;
  /**
   * Streaming: each record ends with its window's symbols (end - start of them), since the text
   * they came from is gone by then.
   */
  readonly withWindows: boolean;
}

/** One open C++ Searcher (eo_search). finish() releases it; feed() after finish() is an error. */
export interface SearchSession {
  /** Reads chunk[0, length) and returns the matches it completed (packed, see above). */
  feed(chunk: Uint32Array, length: number): Float64Array;
  /**
   * eo_search_feed_utf16: reads the UTF-16 units text[start, end) (never cutting a surrogate
   * pair), decoded in the core by code point, or each unit a symbol with `byUnit`.
   */
  feedString(text: string, start: number, end: number, byUnit: boolean): Float64Array;
  /** Ends the text: returns the last match, if any, and releases the searcher. */
  finish(): Float64Array;
  /** The limit is reached: further text is ignored. */
  readonly done: boolean;
}

/** The search entry points of a Kernel (kernel.ts). */
export interface SearchKernel {
  /** `options`: an options block (kernel-options.ts); search reads its metric and maxDistance. */
  openSearch(pattern: Uint32Array, patternLength: number, options: KernelOptionsBlock, session: SearchSessionOptions): SearchSession;
  /** edlib's answer on a whole text (packed, see above), or KernelStatus.overMaxDistance. */
  searchBest(
    pattern: Uint32Array,
    patternLength: number,
    text: Uint32Array,
    textLength: number,
    options: KernelOptionsBlock,
    mode: SearchModeCode,
  ): Float64Array | KernelStatus;
  /**
   * searchAsync's parts on threads of the backend's own: part i is text[bounds[3i], bounds[3i + 1])
   * (UTF-16 units of a string text, else symbols) with ends from bounds[3i + 2] on (relative to
   * the part), each in a session of its own; resolves with each part's packed matches, in order.
   * Raising stop[0] ends the work early (the caller then rejects); backends whose threads are
   * workers (wasm) watch `signal` instead, and resolve with no parts once it aborts. Backends
   * without it run the parts one after another on the calling thread.
   */
  searchParts?(
    pattern: Uint32Array,
    patternLength: number,
    options: KernelOptionsBlock,
    mode: SearchModeCode,
    limit: number,
    text: string | Uint32Array,
    textLength: number,
    bounds: Float64Array,
    byUnit: boolean,
    threads: number,
    stop: Uint8Array,
    signal?: AbortSignal,
  ): Promise<Float64Array[]>;
  /** searchBest on a string's UTF-16 units (eo_search_best_utf16), decoded as feedString's. */
  searchBestString(
    pattern: Uint32Array,
    patternLength: number,
    text: string,
    options: KernelOptionsBlock,
    mode: SearchModeCode,
    byUnit: boolean,
  ): Float64Array | KernelStatus;
}
