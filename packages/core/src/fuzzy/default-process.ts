/**
 * RapidFuzz's `default_process`, the processor most fuzzy-matching users pass.
 */
import { argumentTypeError } from '../errors';

// \p{L} letters and \p{N} digits (numbers) are kept; everything else, whitespace included,
// becomes one space each, as RapidFuzz replaces it character by character.
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

/**
 * Replaces every character that is not a letter or a digit with a space, lowercases, then trims:
 * `defaultProcess('  New-York METS!')` is `'new york mets'`.
 *
 * Pass it as the `processor` option of any fuzzy score, metric or batch call; it is then applied to
 * both sides (to the query and to every choice).
 */
export function defaultProcess(value: string): string {
  if (typeof value !== 'string') {
    throw argumentTypeError('defaultProcess(value)', 'a string', value);
  }
  return value.replace(NOT_LETTER_OR_DIGIT, ' ').toLowerCase().trim();
}
