/**
 * Encoding sequences into 32-bit symbols, the only thing the C++ core compares.
 *
 * Strings are compared by Unicode code point: a surrogate pair becomes one symbol, and a lone
 * surrogate stays one symbol of its own (its code unit), so any JS string is valid input.
 */
import { argumentRangeError, argumentTypeError } from './errors';

/**
 * The longest sequence accepted, in symbols (2^27, about 134 million). Longer input gets a
 * RangeError before anything is allocated. It keeps every position and distance inside int32 and
 * the two input buffers inside 1 GiB, which the wasm backend's 4 GiB memory can hold.
 */
export const MAX_SEQUENCE_LENGTH = 2 ** 27;

/**
 * Scratch buffers up to this many symbols are kept between calls, so the per-call path for short
 * and medium inputs allocates nothing. Larger inputs get a one-off buffer that the GC reclaims,
 * so one huge call does not pin its memory for the life of the process.
 */
const RETAINED_SCRATCH_SYMBOLS = 1 << 16;

/** A reusable buffer holding one encoded sequence: symbols [0, length) of `symbols`. */
export class ScratchSequence {
  symbols = new Uint32Array(256);
  length = 0;

  /** Encodes `value` (the argument called `name`) by code point. */
  encodeString(name: string, value: unknown): void {
    if (typeof value !== 'string') throw argumentTypeError(name, 'a string', value);
    const units = value.length;
    if (units > MAX_SEQUENCE_LENGTH) {
      throw argumentRangeError(name, `at most ${MAX_SEQUENCE_LENGTH} code points long`, value);
    }
    const symbols = this.reserve(units);
    let length = 0;
    for (let i = 0; i < units; i++) {
      let unit = value.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < units) {
        const low = value.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          unit = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
          i++;
        }
      }
      symbols[length++] = unit;
    }
    this.length = length;
  }

  private reserve(capacity: number): Uint32Array {
    if (capacity <= this.symbols.length) return this.symbols;
    if (capacity > RETAINED_SCRATCH_SYMBOLS) return (this.symbols = new Uint32Array(capacity));
    let size = this.symbols.length;
    while (size < capacity) size *= 2;
    return (this.symbols = new Uint32Array(size));
  }

  /** Drops a one-off large buffer once the call that needed it is over. */
  release(): void {
    if (this.symbols.length > RETAINED_SCRATCH_SYMBOLS) this.symbols = new Uint32Array(256);
  }
}

/** Splits a string into code points, keeping lone surrogates as elements of their own. */
export function codePoints(value: string): string[] {
  return Array.from(value);
}
