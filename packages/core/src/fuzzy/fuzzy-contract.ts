/**
 * The fuzzy scores of the public API (issue 17), documented once; every backend exports them.
 * Definitions: docs/semantics.md, "Fuzzy matching" (RapidFuzz 3.x).
 */
import type { Sequence } from '../types';
import type { ScoreAlignment } from './fuzzy-api';
import type { FuzzyOptions } from './fuzzy-options';

/** The fuzzy scores every backend exports (RapidFuzz 3.x semantics; scores from 0 to 100). */
export interface FuzzyApi {
  /**
   * The normalized Indel similarity as a score: `(1 - indel / (|a| + |b|)) * 100`; 100 for two empty sides.
   *
   * @param a - A string, an array of strings, or an array / typed array of integers.
   * @param b - The other side, of the same kind.
   * @param options - `processor` (applied to both sides), `scoreCutoff` (a score below it is 0), `unit`.
   * @returns A score from 0 to 100.
   * @throws TypeError or RangeError for bad arguments or options.
   * @example
   * ```ts
   * ratio('this is a test', 'this is a test!'); // 96.55172413793103
   * ```
   */
  ratio(a: Sequence, b: Sequence, options?: FuzzyOptions): number;
  /**
   * The best {@link FuzzyApi.ratio} of the shorter side against every window of the longer one.
   *
   * @param a - The one side.
   * @param b - The other side, of the same kind.
   * @param options - As for {@link FuzzyApi.ratio}.
   * @returns A score from 0 to 100.
   * @throws TypeError or RangeError for bad arguments or options (as {@link FuzzyApi.ratio}).
   * @example
   * ```ts
   * partialRatio('new york mets', 'the wonderful new york mets'); // 100
   * ```
   */
  partialRatio(a: Sequence, b: Sequence, options?: FuzzyOptions): number;
  /**
   * {@link FuzzyApi.ratio} of the words sorted and joined with single spaces.
   *
   * @param a - The one side.
   * @param b - The other side, of the same kind.
   * @param options - As for {@link FuzzyApi.ratio}.
   * @returns A score from 0 to 100.
   * @throws TypeError or RangeError for bad arguments or options (as {@link FuzzyApi.ratio}).
   * @example
   * ```ts
   * tokenSortRatio('fuzzy wuzzy was a bear', 'wuzzy fuzzy was a bear'); // 100
   * ```
   */
  tokenSortRatio(a: Sequence, b: Sequence, options?: FuzzyOptions): number;
  /**
   * Compares the common words and the words of each side only (RapidFuzz's token_set_ratio); 100 when
   * the words of one side are all in the other.
   *
   * @param a - The one side.
   * @param b - The other side, of the same kind.
   * @param options - As for {@link FuzzyApi.ratio}.
   * @returns A score from 0 to 100; 0 when a side has no words.
   * @throws TypeError or RangeError for bad arguments or options (as {@link FuzzyApi.ratio}).
   * @example
   * ```ts
   * tokenSetRatio('fuzzy was a bear', 'fuzzy fuzzy was a bear'); // 100
   * ```
   */
  tokenSetRatio(a: Sequence, b: Sequence, options?: FuzzyOptions): number;
  /**
   * The larger of {@link FuzzyApi.tokenSetRatio} and {@link FuzzyApi.tokenSortRatio}.
   *
   * @param a - The one side.
   * @param b - The other side, of the same kind.
   * @param options - As for {@link FuzzyApi.ratio}.
   * @returns A score from 0 to 100.
   * @throws TypeError or RangeError for bad arguments or options (as {@link FuzzyApi.ratio}).
   * @example
   * ```ts
   * tokenRatio('new york mets vs atlanta braves', 'atlanta braves vs new york mets'); // 100
   * ```
   */
  tokenRatio(a: Sequence, b: Sequence, options?: FuzzyOptions): number;
  /**
   * {@link FuzzyApi.partialRatio} of the words sorted and joined.
   *
   * @param a - The one side.
   * @param b - The other side, of the same kind.
   * @param options - As for {@link FuzzyApi.ratio}.
   * @returns A score from 0 to 100.
   * @throws TypeError or RangeError for bad arguments or options (as {@link FuzzyApi.ratio}).
   * @example
   * ```ts
   * partialTokenSortRatio('new york mets vs atlanta braves', 'atlanta braves vs new york mets'); // 100
   * ```
   */
  partialTokenSortRatio(a: Sequence, b: Sequence, options?: FuzzyOptions): number;
  /**
   * 100 when the sides share a word, else {@link FuzzyApi.partialRatio} of their differences.
   *
   * @param a - The one side.
   * @param b - The other side, of the same kind.
   * @param options - As for {@link FuzzyApi.ratio}.
   * @returns A score from 0 to 100; 0 when a side has no words.
   * @throws TypeError or RangeError for bad arguments or options (as {@link FuzzyApi.ratio}).
   * @example
   * ```ts
   * partialTokenSetRatio('new york', 'york city'); // 100
   * ```
   */
  partialTokenSetRatio(a: Sequence, b: Sequence, options?: FuzzyOptions): number;
  /**
   * The larger of {@link FuzzyApi.partialTokenSetRatio} and {@link FuzzyApi.partialTokenSortRatio}.
   *
   * @param a - The one side.
   * @param b - The other side, of the same kind.
   * @param options - As for {@link FuzzyApi.ratio}.
   * @returns A score from 0 to 100.
   * @throws TypeError or RangeError for bad arguments or options (as {@link FuzzyApi.ratio}).
   * @example
   * ```ts
   * partialTokenRatio('new york', 'york city'); // 100
   * ```
   */
  partialTokenRatio(a: Sequence, b: Sequence, options?: FuzzyOptions): number;
  /**
   * RapidFuzz's weighted ratio: the best of ratio, the token scores (times 0.95) and, when the
   * lengths differ by 1.5 times or more, the partial scores (times 0.9, or 0.6 from 8 times on).
   *
   * @param a - The one side.
   * @param b - The other side, of the same kind.
   * @param options - As for {@link FuzzyApi.ratio}.
   * @returns A score from 0 to 100; 0 when either side is empty.
   * @throws TypeError or RangeError for bad arguments or options (as {@link FuzzyApi.ratio}).
   * @example
   * ```ts
   * WRatio('new york mets', 'the wonderful new york mets'); // 90
   * ```
   */
  WRatio(a: Sequence, b: Sequence, options?: FuzzyOptions): number;
  /**
   * {@link FuzzyApi.ratio}, but 0 when either side is empty.
   *
   * @param a - The one side.
   * @param b - The other side, of the same kind.
   * @param options - As for {@link FuzzyApi.ratio}.
   * @returns A score from 0 to 100.
   * @throws TypeError or RangeError for bad arguments or options (as {@link FuzzyApi.ratio}).
   * @example
   * ```ts
   * QRatio('new york mets', 'new YORK mets', { processor: defaultProcess }); // 100
   * ```
   */
  QRatio(a: Sequence, b: Sequence, options?: FuzzyOptions): number;
  /**
   * {@link FuzzyApi.partialRatio} with its window: `a[srcStart, srcEnd)` against `b[destStart, destEnd)`
   * (positions in elements of `options.unit`, after the processor).
   *
   * @param a - The one side.
   * @param b - The other side, of the same kind.
   * @param options - As for {@link FuzzyApi.ratio}.
   * @returns The score and the window; null when the score is below `scoreCutoff`.
   * @throws TypeError or RangeError for bad arguments or options (as {@link FuzzyApi.ratio}).
   * @example
   * ```ts
   * partialRatioAlignment('a certain string', 'cetain');
   * // { score: 83.33333333333334, srcStart: 2, srcEnd: 8, destStart: 0, destEnd: 6 }
   * ```
   */
  partialRatioAlignment(a: Sequence, b: Sequence, options?: FuzzyOptions): ScoreAlignment | null;
}
