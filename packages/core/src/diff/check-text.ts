/** Argument checks shared by the diff functions. */
import { argumentRangeError, argumentTypeError } from '../errors';

export function checkText(name: string, value: unknown): string {
  if (typeof value !== 'string') throw argumentTypeError(name, 'a string', value);
  return value;
}

export function checkOptions<T extends object>(name: string, value: unknown): Partial<T> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw argumentTypeError(name, 'an object or undefined', value);
  }
  return value as Partial<T>;
}

/** A count of lines: a non-negative safe integer. */
export function checkCount(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number') throw argumentTypeError(name, 'a non-negative integer', value);
  if (!Number.isSafeInteger(value) || value < 0) throw argumentRangeError(name, 'a non-negative integer', value);
  return value;
}
