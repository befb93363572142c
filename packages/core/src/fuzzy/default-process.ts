/**
 * RapidFuzz's `default_process`, the processor most fuzzy-matching users pass.
 */
import { argumentTypeError } from '../errors';

// \p{L} letters and \p{N} digits (numbers) are kept; everything else, whitespace included,
// becomes one space each, as RapidFuzz replaces it character by character.
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

/**
 * Replaces every character that is not a letter or a digit with a space, lowercases, then trims.
 * Pass it as the `processor` option of any fuzzy score or scored batch call; it is then applied
 * to both sides (to the query and to every choice).
 *
 * @param value - The string to process.
 * @returns The processed string.
 * @throws TypeError when `value` is not a string.
 * @example
 * ```ts
 * defaultProcess('  New-York METS!'); // 'new york mets'
 * ```
 */
export function defaultProcess(value: string): string {
  if (typeof value !== 'string') {
    throw argumentTypeError('defaultProcess(value)', 'a string', value);
  }
  return value.replace(NOT_LETTER_OR_DIGIT, ' ').toLowerCase().trim();
}
