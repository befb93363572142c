/**
 * The public types of approximate search: search, searchBest, searchStream, searchAsync.
 * Which matches come back is docs/semantics.md, "Search".
 */
import type { Editops } from '../editops';
import type { Sequence, StringUnit } from '../types';

/** Where a match may lie: anywhere in the text (edlib's HW), or at its start (edlib's SHW). */
export type SearchMode = 'infix' | 'prefix';

/** The metrics search supports. */
export type SearchMetric = 'levenshtein' | 'indel' | 'osa';

/** Options of searchBest (and, with a required maxDistance, of search). */
export interface SearchBestOptions {
  /** `'infix'` (default): the match may start and end anywhere; `'prefix'`: it starts at 0. */
  readonly mode?: SearchMode;
  /** Default `'levenshtein'`. */
  readonly metric?: SearchMetric;
  /** The largest distance a match may have; default no bound (searchBest only). */
  readonly maxDistance?: number;
  /** How strings split into elements; offsets count them. Default `'codepoint'`. */
  readonly unit?: StringUnit;
}

/** Options of search and searchStream. */
export interface SearchOptions extends SearchBestOptions {
  /** Required for search: a match is a window within this many edits of the pattern. */
  readonly maxDistance: number;
  /** At most this many matches (the first ones in the text). Default: all. */
  readonly limit?: number;
}

/** Options of searchAsync. */
export interface SearchAsyncOptions extends SearchOptions {
  /** Rejects the call with the signal's reason once aborted. */
  readonly signal?: AbortSignal;
  /**
   * How many threads the parts of the text may run on (default: every core). Native runs them on
   * its own threads, wasm in Node on its worker pool; wasm in a browser runs them one after
   * another on the calling thread.
   */
  readonly threads?: number;
}

/** One match: the window `text[start, end)` and the script that turns the pattern into it. */
export interface SearchMatch<S extends Sequence = Sequence> {
  /** Offset of the window's first element, in elements of the text's unit. */
  readonly start: number;
  /** Offset just past the window's last element. */
  readonly end: number;
  /** The distance between the pattern and the window. */
  readonly distance: number;
  /** The canonical script from the pattern to the window (destPos count from `start`). */
  readonly editops: Editops<S>;
}

/** searchBest's answer (edlib's): the least distance, every end that has it, and the first's match. */
export interface BestMatch<S extends Sequence = Sequence> extends SearchMatch<S> {
  /** Every exclusive end offset whose best window has `distance`, ascending. */
  readonly ends: readonly number[];
}

/** Text that arrives in pieces: an async (or sync) iterable of strings, e.g. a Node stream read as UTF-8. */
export type TextChunks = AsyncIterable<string> | Iterable<string>;
