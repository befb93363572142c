/** Public types of the batch calls (closest, extract, distanceMatrix and their Async variants). */
import type { PreparedChoices } from './prepared-choices';
import type { DistanceOptions, Sequence } from './types';

/** One match of extract / closest: which choice, and how far it is from the query. */
export interface Match<T extends Sequence = Sequence> {
  /** Index of the choice in the choices array. */
  readonly index: number;
  /** The choice itself. */
  readonly choice: T;
  /** Its distance to the query. */
  readonly distance: number;
}

/** Options of extract: those of every call, and `limit`. */
export interface ExtractOptions extends DistanceOptions {
  /** How many matches at most; 5 by default; `Infinity` for all within `maxDistance`. */
  limit?: number;
}

/** Options of the Async variants. */
export interface AsyncOptions {
  /**
   * Threads to use: a positive integer. By default, every core (native) or one worker per core
   * (wasm). `threads: 1` still runs off the main thread.
   */
  threads?: number;
  /** Aborting rejects the call with an AbortError, once no work of it runs any more. */
  signal?: AbortSignal;
}

/** distanceMatrix's result: data[row * cols + col] is the distance of queries[row] to choices[col]. */
export interface DistanceMatrix {
  /** Number of queries (rows). */
  readonly rows: number;
  /** Number of choices (columns). */
  readonly cols: number;
  /** The distances, row-major. */
  readonly data: Int32Array;
  /** JSON.stringify(matrix) gives `{ rows, cols, data }` with `data` as a plain array of numbers. */
  toJSON(): {
    /** Number of rows. */
    rows: number;
    /** Number of columns. */
    cols: number;
    /** The distances, row-major, as a plain array. */
    data: number[];
  };
}

/** distanceMatrix's result for `metric: 'jaro' | 'jaroWinkler'`: float32 distances, 1 - similarity. */
export interface FloatDistanceMatrix extends Omit<DistanceMatrix, 'data'> {
  /** The distances, row-major, as float32 (RapidFuzz's cdist type for float scores). */
  readonly data: Float32Array;
}

/** Choices as an array, or encoded once with prepareChoices. */
export type Choices<T extends Sequence = Sequence> = readonly T[] | PreparedChoices<T>;

/**
 * The batch calls as createBatchApi builds them, typed by what they accept at run time; the
 * public, documented signatures are in api-contract.ts.
 * @internal
 */
export interface BatchApi {
  /** The choice nearest to query, ties to the lower index; null when none is within maxDistance. */
  closest<T extends Sequence>(query: Sequence, choices: Choices<T>, options?: DistanceOptions): Match<T> | null;
  /** Up to `limit` matches sorted by distance, ties to the lower index. */
  extract<T extends Sequence>(query: Sequence, choices: Choices<T>, options?: ExtractOptions): Match<T>[];
  /** The distances of every query to every choice, row-major. */
  distanceMatrix(queries: readonly Sequence[], choices: Choices, options?: DistanceOptions): DistanceMatrix;
  closestAsync<T extends Sequence>(query: Sequence, choices: Choices<T>, options?: DistanceOptions & AsyncOptions): Promise<Match<T> | null>;
  extractAsync<T extends Sequence>(query: Sequence, choices: Choices<T>, options?: ExtractOptions & AsyncOptions): Promise<Match<T>[]>;
  distanceMatrixAsync(queries: readonly Sequence[], choices: Choices, options?: DistanceOptions & AsyncOptions): Promise<DistanceMatrix>;
}
