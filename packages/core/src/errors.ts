/**
 * Error helpers. Every message names the argument and says what was expected, so that a user can
 * fix the call without reading our source.
 */
import { formatValue } from './value-format';

/** What a value is, for "got …" (kind and, for strings, the quoted string). */
export const describeValue = formatValue;

export function argumentTypeError(name: string, expected: string, value: unknown): TypeError {
  return new TypeError(`editops: ${name} must be ${expected}, got ${describeValue(value)}`);
}

export function argumentRangeError(name: string, expected: string, value: unknown): RangeError {
  return new RangeError(`editops: ${name} must be ${expected}, got ${describeValue(value)}`);
}
