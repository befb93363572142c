/** Public types of editops, shared by every backend. */

export type Metric = 'levenshtein' | 'osa' | 'damerau' | 'indel' | 'hamming';

export type EditopType = 'insert' | 'delete' | 'replace' | 'transpose';

/**
 * One edit operation, with positions in the original sequences (python-Levenshtein / rapidfuzz
 * convention):
 * - `insert`: insert dest[destPos] before src[srcPos];
 * - `delete`: delete src[srcPos] (destPos is where the deleted element would have stood in dest);
 * - `replace`: replace src[srcPos] with dest[destPos];
 * - `transpose`: src[srcPos], src[srcPos + 1] appear swapped as dest[destPos], dest[destPos + 1].
 */
export interface Editop {
  readonly type: EditopType;
  readonly srcPos: number;
  readonly destPos: number;
}

export interface DistanceOptions {
  /**
   * Stop caring above this distance: `distance` returns `maxDistance + 1` and `editops` returns
   * `null` when the true distance is larger. A non-negative integer; `Infinity` means no cutoff
   * (the default).
   */
  maxDistance?: number;
  /** The metric; `'levenshtein'` by default. */
  metric?: Metric;
}

export type BackendName = 'native' | 'wasm';

/** The API every backend package exports; `@editops/auto` exports it too. */
export interface EditopsApi {
  /** Edit distance between `a` and `b`, comparing Unicode code points. */
  distance(a: string, b: string, options?: DistanceOptions): number;
  /** The canonical optimal edit script turning `a` into `b`, or `null` over `maxDistance`. */
  editops(a: string, b: string, options?: DistanceOptions): import('./editops').Editops | null;
}
