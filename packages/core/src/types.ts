/** Public types of editops, shared by every backend. */

export type Metric = 'levenshtein' | 'osa' | 'damerau' | 'indel' | 'hamming';

/** What one element of a string is. */
export type StringUnit = 'codepoint' | 'utf16' | 'grapheme';

export type IntegerTypedArray = Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array;

/**
 * A sequence to compare: a string (split by `unit`), an array of strings (tokens: words, lines),
 * or an array / typed array of integers. Both sides of a call must be the same kind.
 */
export type Sequence = string | readonly string[] | readonly number[] | IntegerTypedArray;

export type EditopType = 'insert' | 'delete' | 'replace' | 'transpose';

/**
 * One edit operation, with positions in the original sequences (python-Levenshtein / rapidfuzz
 * convention):
 * - `insert`: insert dest[destPos] before src[srcPos];
 * - `delete`: delete src[srcPos] (destPos is where the deleted element would have stood in dest);
 * - `replace`: replace src[srcPos] with dest[destPos];
 * - `transpose`: src[srcPos], src[srcPos + 1] appear swapped as dest[destPos], dest[destPos + 1]
 *   (for `damerau`, deletes and inserts right after it may sit between the swapped pair; see
 *   docs/semantics.md).
 */
export interface Editop {
  readonly type: EditopType;
  readonly srcPos: number;
  readonly destPos: number;
}

export type OpcodeTag = 'equal' | 'replace' | 'insert' | 'delete';

/** A difflib-style block: src[srcStart, srcEnd) becomes dest[destStart, destEnd). */
export interface Opcode {
  readonly tag: OpcodeTag;
  readonly srcStart: number;
  readonly srcEnd: number;
  readonly destStart: number;
  readonly destEnd: number;
}

/** A difflib-style matching block: src[srcPos, srcPos + length) equals dest[destPos, ...). */
export interface MatchingBlock {
  readonly srcPos: number;
  readonly destPos: number;
  readonly length: number;
}

/** Costs of the Levenshtein operations: positive integers, 1 by default. */
export interface Weights {
  insert?: number;
  delete?: number;
  replace?: number;
}

export interface DistanceOptions {
  /** The metric; `'levenshtein'` by default. */
  metric?: Metric;
  /**
   * Stop caring above this distance: `distance` returns `maxDistance + 1` and `editops` /
   * `opcodes` return `null` when the true distance is larger. A non-negative integer; `Infinity`
   * means no cutoff (the default).
   */
  maxDistance?: number;
  /** What one element of a string is: `'codepoint'` (default), `'utf16'` or `'grapheme'`. */
  unit?: StringUnit;
  /** Operation costs, for `metric: 'levenshtein'` only. */
  weights?: Weights;
  /**
   * For `metric: 'hamming'`: compare sequences of different lengths as if the shorter were padded
   * at the end (each missing element costs 1). Without it, unequal lengths are a RangeError.
   */
  pad?: boolean;
}

export type BackendName = 'native' | 'wasm';
