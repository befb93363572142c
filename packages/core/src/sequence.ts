/**
 * Encoding sequences into 32-bit symbols, the only thing the C++ core compares.
 *
 * - Strings by code point (default): a surrogate pair is one symbol, a lone surrogate stays one
 *   symbol of its own (its code unit), so any JS string is valid input.
 * - Strings by UTF-16 code unit: each unit is a symbol.
 * - Graphemes and tokens: each distinct element gets an id from a per-call Interner.
 * - Integers: copied as they are when every value of both sequences fits in uint32, else interned.
 */
import { argumentRangeError, argumentTypeError, type ArgumentName } from './errors';
import { graphemes, isIntegerTypedArray, typedArrayLength } from './sequence-kind';

/**
 * The longest sequence accepted, in elements (2^27, about 134 million). Longer input gets a
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

/**
 * The symbol of an element a frozen Interner has never seen. Ids count up from 0 and sequences
 * hold at most 2^28 elements in all, so no real id reaches it.
 */
export const UNSEEN_SYMBOL = 0xffffffff;

/** Gives each distinct element an id; shared by a and b within one call, cleared after it. */
export class Interner {
  readonly #ids = new Map<unknown, number>();
  /**
   * A frozen interner (the one of prepared choices) gives unseen elements UNSEEN_SYMBOL instead of
   * a new id. That is exact: edit distances only ever compare a query element with a choice
   * element, never two query elements, and an unseen element equals no choice element.
   */
  frozen = false;

  id(element: unknown): number {
    let id = this.#ids.get(element);
    if (id === undefined) {
      if (this.frozen) return UNSEEN_SYMBOL;
      id = this.#ids.size;
      this.#ids.set(element, id);
    }
    return id;
  }

  clear(): void {
    // Map.clear allocates a fresh table even when the map is empty, and every call releases its
    // interner: for strings by code point (which intern nothing) that was a fifth of a short call.
    if (this.#ids.size !== 0) this.#ids.clear();
  }
}

function checkLength(name: ArgumentName, length: number, value: unknown): void {
  if (length > MAX_SEQUENCE_LENGTH) {
    throw argumentRangeError(name, `at most ${MAX_SEQUENCE_LENGTH} elements long`, value);
  }
}

export function checkInteger(name: ArgumentName, index: number, element: unknown): number {
  if (typeof element !== 'number') throw argumentTypeError(`${String(name)}[${index}]`, 'an integer', element);
  if (!Number.isSafeInteger(element)) throw argumentRangeError(`${String(name)}[${index}]`, 'a safe integer', element);
  return element;
}

/**
 * The length of an array or integer typed array, read once. A typed array's is its real one
 * (see typedArrayLength); an array's `length` may run a Proxy's code, so it is read only here.
 */
function lengthOf(value: ArrayLike<unknown>, typed: boolean): number {
  return typed ? typedArrayLength(value as Parameters<typeof typedArrayLength>[0]) : value.length;
}

/**
 * Writes the code points of `value` at symbols[at...] (room for value.length symbols); returns the
 * end. A valid surrogate pair is one code point, a lone surrogate its own element, as in the core
 * (native-core/src/code_points.hpp). The one decoder in TypeScript: the per-call and the list
 * encoders both use it.
 */
export function writeCodePoints(symbols: Uint32Array, at: number, value: string): number {
  const units = value.length;
  for (let i = 0; i < units; i++) {
    let unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < units) {
      const low = value.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        unit = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    symbols[at++] = unit;
  }
  return at;
}

/** A reusable buffer holding one encoded sequence: symbols [0, length) of `symbols`. */
export class ScratchSequence {
  symbols = new Uint32Array(256);
  length = 0;
  /** The checked values of the integer array last read by encodeIntegersDirect (valuesOf). */
  values = new Float64Array(0);
  valuesOf: ArrayLike<unknown> | undefined;

  /** Encodes a string by code point. */
  encodeCodePoints(name: ArgumentName, value: string): void {
    checkLength(name, value.length, value);
    this.length = writeCodePoints(this.reserve(value.length), 0, value);
  }

  /** Encodes a string by UTF-16 code unit. */
  encodeUtf16(name: ArgumentName, value: string): void {
    const units = value.length;
    checkLength(name, units, value);
    const symbols = this.reserve(units);
    for (let i = 0; i < units; i++) symbols[i] = value.charCodeAt(i);
    this.length = units;
  }

  /** Encodes a string's grapheme clusters through the interner. */
  encodeGraphemes(name: ArgumentName, value: string, interner: Interner): void {
    checkLength(name, value.length, value);
    this.encodeInterned(graphemes(value), interner);
  }

  /**
   * Encodes an array of strings (tokens) through the interner. Each element is read once (a
   * getter or Proxy runs once per element), and what that read returned is the input.
   */
  encodeTokens(name: ArgumentName, value: readonly unknown[], interner: Interner): void {
    const length = value.length;
    checkLength(name, length, value);
    const symbols = this.reserve(length);
    for (let i = 0; i < length; i++) {
      const element = value[i];
      if (typeof element !== 'string') throw argumentTypeError(`${String(name)}[${i}]`, 'a string', element);
      symbols[i] = interner.id(element);
    }
    this.length = length;
  }

  /**
   * Copies integers as symbols. Returns false when a value does not fit in uint32; the caller
   * then interns both sequences instead (encodeIntegersInterned). Each element of an array is read
   * once: its checked values are kept in `values` for that second pass, so a getter or Proxy
   * cannot give it different ones. A typed array is read through its real length.
   */
  encodeIntegersDirect(name: ArgumentName, value: ArrayLike<unknown>): boolean {
    const typed = isIntegerTypedArray(value);
    const length = lengthOf(value, typed);
    checkLength(name, length, value);
    const symbols = this.reserve(length);
    this.length = length;
    this.valuesOf = undefined;
    let fits = true;
    if (typed) {
      for (let i = 0; i < length; i++) {
        const element = value[i] as number;
        if (element < 0) return false;
        symbols[i] = element;
      }
    } else {
      const values = this.reserveValues(length);
      for (let i = 0; i < length; i++) {
        const element = checkInteger(name, i, value[i]);
        values[i] = element;
        if (element < 0 || element > 0xffffffff) fits = false;
        else symbols[i] = element;
      }
    }
    this.valuesOf = typed ? undefined : value;
    return fits;
  }

  /**
   * Encodes integers through the interner (used when some value is negative or too large). An
   * array encodeIntegersDirect has just read is taken from `values`, not read again.
   */
  encodeIntegersInterned(name: ArgumentName, value: ArrayLike<unknown>, interner: Interner): void {
    const typed = isIntegerTypedArray(value);
    if (!typed && this.valuesOf === value) {
      const { length, values } = this;
      for (let i = 0; i < length; i++) this.symbols[i] = interner.id(values[i]);
      return;
    }
    const length = lengthOf(value, typed);
    checkLength(name, length, value);
    const symbols = this.reserve(length);
    for (let i = 0; i < length; i++) symbols[i] = interner.id(typed ? value[i] : checkInteger(name, i, value[i]));
    this.length = length;
  }

  private encodeInterned(elements: readonly string[], interner: Interner): void {
    const symbols = this.reserve(elements.length);
    for (let i = 0; i < elements.length; i++) symbols[i] = interner.id(elements[i]);
    this.length = elements.length;
  }

  private reserveValues(capacity: number): Float64Array {
    if (capacity > this.values.length) this.values = new Float64Array(Math.max(capacity, Math.min(2 * this.values.length, RETAINED_SCRATCH_SYMBOLS), 16));
    return this.values;
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
    if (this.values.length > RETAINED_SCRATCH_SYMBOLS) this.values = new Float64Array(0);
    this.valuesOf = undefined;
  }
}
