/**
 * Error helpers. Every message names the argument and says what was expected, so that a user can
 * fix the call without reading our source.
 */
import { formatValue } from './value-format';

/** What a value is, for "got …" (kind and, for strings, the quoted string). */
export const describeValue = formatValue;

/**
 * An argument's name for error messages. Loops over long lists pass a reusable object whose
 * toString() gives `choices[i]`, so that no name string is built per element unless one is thrown.
 */
export type ArgumentName = string | { toString(): string };

/** `name[index]`, built only when asked for (see ArgumentName). */
export class ElementName {
  index = 0;
  constructor(readonly list: ArgumentName) {}
  toString(): string {
    return `${String(this.list)}[${this.index}]`;
  }
}

export function argumentTypeError(name: ArgumentName, expected: string, value: unknown): TypeError {
  return new TypeError(`editops: ${name} must be ${expected}, got ${describeValue(value)}`);
}

export function argumentRangeError(name: ArgumentName, expected: string, value: unknown): RangeError {
  return new RangeError(`editops: ${name} must be ${expected}, got ${describeValue(value)}`);
}
