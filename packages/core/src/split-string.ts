/**
 * splitString: a string's elements in a unit, as editops counts them, so that callers can index
 * them with the positions of a result (the command line's aligned views do).
 */
import { argumentTypeError } from './errors';
import { notOneOf } from './option-names';
import { UNITS } from './options';
import { elementsOf } from './sequence-kind';
import type { StringUnit } from './types';

/**
 * The elements of `text` in `unit`, in order: what positions in results count and index.
 *
 * @param text - The string to split.
 * @param unit - `'codepoint'` (default), `'utf16'`, `'grapheme'` or `'word'`.
 * @returns A new array of strings, one per element.
 * @throws TypeError when `text` is not a string; RangeError for an unknown unit.
 * @example
 * ```ts
 * splitString('The fox, quick.', 'word'); // ['The', 'fox', ',', 'quick', '.']
 * ```
 */
export function splitString(text: string, unit: StringUnit = 'codepoint'): string[] {
  if (typeof text !== 'string') throw argumentTypeError('text', 'a string', text);
  if (!UNITS.includes(unit)) throw notOneOf('unit', UNITS, unit);
  return [...(elementsOf(text, unit) as readonly string[])];
}
