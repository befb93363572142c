/** Public types of editops, shared by every backend. */

/**
 * An edit distance metric.
 * - `levenshtein`: insert, delete and replace cost 1 each (or their `weights`).
 * - `osa`: levenshtein plus transposing two adjacent elements; no element is edited twice.
 * - `damerau`: unrestricted Damerau-Levenshtein (edits may happen between a transposed pair).
 * - `indel`: insert and delete only (replacing costs 2); related to the longest common subsequence.
 * - `hamming`: replacements of equal-length sequences (see `pad` for unequal lengths).
 *
 * RapidFuzz 3.x's metrics (docs/semantics.md, "Fuzzy matching"):
 * - `lcsseq`: max(n, m) minus the length of a longest common subsequence; its `editops` are an LCS
 *   alignment (inserts and deletes, no replaces);
 * - `prefix`, `postfix`: max(n, m) minus the length of the common prefix (suffix); no `editops`;
 * - `jaro`, `jaroWinkler`: a similarity in [0, 1] (Jaro-Winkler raises it for a common prefix, see
 *   `prefixWeight`); the distance is 1 - similarity, a float; no `editops`.
 */
export type Metric = 'levenshtein' | 'osa' | 'damerau' | 'indel' | 'hamming' | 'lcsseq' | 'prefix' | 'postfix' | 'jaro' | 'jaroWinkler';

/** The metrics whose distance is a float in [0, 1]. */
export type FloatMetric = 'jaro' | 'jaroWinkler';

/**
 * What one element of a string is, for comparing and for counting positions:
 * - `codepoint`: a Unicode code point (the default); a lone surrogate is an element of its own;
 * - `utf16`: a UTF-16 code unit, as JavaScript's `string.length` counts;
 * - `grapheme`: a user-perceived character (Intl.Segmenter's grapheme clusters), so that an emoji
 *   flag or a letter with combining accents is one element;
 * - `word`: a word, number or punctuation mark (Intl.Segmenter's word segments that are not white
 *   space); white space only separates them and is not compared.
 */
export type StringUnit = 'codepoint' | 'utf16' | 'grapheme' | 'word';

/** The typed arrays accepted as sequences of integers. */
export type IntegerTypedArray = Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array;

/**
 * A sequence to compare: a string (split by `unit`), an array of strings (tokens: words, lines),
 * or an array / typed array of integers. Both sides of a call must be the same kind.
 */
export type Sequence = string | readonly string[] | readonly number[] | IntegerTypedArray;

/** A sequence of integers: an array of integers or an integer typed array (the two mix freely). */
export type IntegerSequence = readonly number[] | IntegerTypedArray;

/**
 * The sequences that may be compared with an `S`: strings with strings, arrays of strings with
 * arrays of strings, integers with integers (arrays and typed arrays alike). An empty array
 * literal goes with either array kind.
 */
export type SameKind<S extends Sequence> = S extends string
  ? string
  : S extends readonly never[]
    ? readonly string[] | IntegerSequence
    : S extends IntegerSequence
      ? IntegerSequence
      : S extends readonly string[]
        ? readonly string[]
        : never;

/**
 * What `Editops.apply()` builds from a source of type `S`: a string from a string, an array from
 * an array, a typed array of the same type from a typed array.
 */
export type Applied<S extends Sequence> = S extends string
  ? string
  : S extends IntegerTypedArray
    ? S
    : S extends readonly (infer T)[]
      ? T[]
      : never;

/** `S`, with a string literal type widened to `string` (results name the kind, not the value). */
export type Widen<S extends Sequence> = S extends string ? string : S;

/** The kind of edit: see {@link Editop}. */
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
  /** What the op does: `'insert'`, `'delete'`, `'replace'` or `'transpose'`. */
  readonly type: EditopType;
  /** Position in the source sequence, in the call's unit. */
  readonly srcPos: number;
  /** Position in the destination sequence, in the call's unit. */
  readonly destPos: number;
}

/** The tag of a difflib-style block; see {@link Opcode}. */
export type OpcodeTag = 'equal' | 'replace' | 'insert' | 'delete';

/** A difflib-style block: src[srcStart, srcEnd) becomes dest[destStart, destEnd). */
export interface Opcode {
  /** `'equal'` (the ranges hold the same elements), `'replace'`, `'insert'` or `'delete'`. */
  readonly tag: OpcodeTag;
  /** Start of the source range (inclusive). */
  readonly srcStart: number;
  /** End of the source range (exclusive). */
  readonly srcEnd: number;
  /** Start of the destination range (inclusive). */
  readonly destStart: number;
  /** End of the destination range (exclusive). */
  readonly destEnd: number;
}

/** A difflib-style matching block: src[srcPos, srcPos + length) equals dest[destPos, ...). */
export interface MatchingBlock {
  /** Start of the block in the source sequence. */
  readonly srcPos: number;
  /** Start of the block in the destination sequence. */
  readonly destPos: number;
  /** Number of equal elements; 0 for the final sentinel. */
  readonly length: number;
}

/** Costs of the Levenshtein operations: positive integers, 1 by default. */
export interface Weights {
  /** Cost of inserting one element; 1 by default. */
  insert?: number;
  /** Cost of deleting one element; 1 by default. */
  delete?: number;
  /** Cost of replacing one element by another; 1 by default. */
  replace?: number;
}

/** Options of every call: metric, cutoff, string unit, weights, hamming padding. */
export interface DistanceOptions {
  /** The metric; `'levenshtein'` by default. */
  metric?: Metric;
  /**
   * Stop caring above this distance: `distance` returns `maxDistance + 1` and `editops` /
   * `opcodes` return `null` when the true distance is larger. A non-negative integer; `Infinity`
   * means no cutoff (the default). For `jaro` and `jaroWinkler` a number from 0 to 1: a distance
   * above it is reported as 1 (RapidFuzz's rule), a similarity as 0.
   */
  maxDistance?: number;
  /**
   * What one element of a string is: `'codepoint'` (default), `'utf16'`, `'grapheme'` or
   * `'word'`; positions in results count this unit. Ignored for arrays.
   */
  unit?: StringUnit;
  /** Operation costs, for `metric: 'levenshtein'` only. */
  weights?: Weights;
  /**
   * For `metric: 'hamming'`: compare sequences of different lengths as if the shorter were padded
   * at the end (each missing element costs 1). Without it, unequal lengths are a RangeError.
   */
  pad?: boolean;
  /**
   * For `metric: 'jaroWinkler'`: how much a common prefix (up to 4 elements) raises the Jaro
   * similarity; from 0 (plain Jaro) to 0.25, 0.1 by default.
   */
  prefixWeight?: number;
}

/** Options without a cutoff: `editops` and `opcodes` then always return a result, never `null`. */
export type NoCutoffOptions = DistanceOptions & {
  /** Absent: no cutoff. */
  maxDistance?: undefined;
};

/** The name of a backend package: `@editops/native` or `@editops/wasm`. */
export type BackendName = 'native' | 'wasm';
