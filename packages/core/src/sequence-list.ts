/**
 * Encoding a list of sequences (the choices, or the queries of a matrix) into one packed job
 * input: sequence i is symbols[offsets[i], offsets[i + 1]). Every element must be of the list's
 * kind; strings, graphemes, tokens and integers encode exactly as for a single pair, through one
 * Interner shared with the other side of the call.
 */
import { argumentRangeError, argumentTypeError } from './errors';
import { checkInteger, Interner, MAX_SEQUENCE_LENGTH, ScratchSequence, UNSEEN_SYMBOL } from './sequence';
import { KIND_NAMES, kindOf, type SequenceKind } from './sequence-kind';
import type { StringUnit } from './types';
import { encodeWords } from './word-unit';

/** The most symbols all the sequences of one list may hold together. */
export const MAX_LIST_SYMBOLS = 2 ** 28;

export interface PackedList {
  readonly symbols: Uint32Array;
  readonly offsets: Uint32Array;
  readonly count: number;
}

/** The kind of a list: the kind of its first non-empty-array element ('tokens' if none). */
export function listKind(name: string, list: unknown): SequenceKind | 'empty' {
  if (!Array.isArray(list)) throw argumentTypeError(name, 'an array of sequences', list);
  let kind: SequenceKind | 'empty' = 'empty';
  for (let i = 0; i < list.length; i++) {
    const value: unknown = list[i];
    // Strings, the common case, need no label (building one per element cost more than the check).
    const element = typeof value === 'string' ? 'string' : kindOf(`${name}[${i}]`, value);
    if (element === 'empty') continue;
    if (kind === 'empty') kind = element;
    else if (element !== kind) {
      throw new TypeError(`editops: ${name}[${i}] must be ${KIND_NAMES[kind]} like the sequences before it, got ${KIND_NAMES[element]}`);
    }
  }
  return kind;
}

/**
 * Encodes `list` (already checked to be of `kind`) through `interner`. `direct` says whether
 * integers are copied as they are (every integer of the call fits in uint32) or interned.
 */
export function encodeList(
  name: string,
  list: readonly unknown[],
  kind: SequenceKind,
  unit: StringUnit,
  interner: Interner,
  direct: boolean,
): PackedList {
  if (kind === 'string' && unit === 'codepoint') return encodeCodePointList(name, list as readonly string[]);
  const scratch = new ScratchSequence();
  const offsets = new Uint32Array(list.length + 1);
  let symbols = new Uint32Array(1024);
  let used = 0;
  for (let i = 0; i < list.length; i++) {
    const element = list[i];
    const label = `${name}[${i}]`;
    if (kind === 'string') {
      if (unit === 'codepoint') scratch.encodeCodePoints(label, element as string);
      else if (unit === 'utf16') scratch.encodeUtf16(label, element as string);
      else if (unit === 'word') encodeWords(scratch, label, element as string, interner);
      else scratch.encodeGraphemes(label, element as string, interner);
    } else if (kind === 'tokens') {
      scratch.encodeTokens(label, element as unknown[], interner);
    } else if (direct) {
      encodeIntegersOrUnseen(scratch, label, element as ArrayLike<unknown>);
    } else {
      scratch.encodeIntegersInterned(label, element as ArrayLike<unknown>, interner);
    }
    if (used + scratch.length > MAX_LIST_SYMBOLS) {
      throw argumentRangeError(name, `sequences of at most ${MAX_LIST_SYMBOLS} elements in all`, list);
    }
    if (used + scratch.length > symbols.length) {
      let size = symbols.length * 2;
      while (size < used + scratch.length) size *= 2;
      const grown = new Uint32Array(size);
      grown.set(symbols.subarray(0, used));
      symbols = grown;
    }
    symbols.set(scratch.symbols.subarray(0, scratch.length), used);
    used += scratch.length;
    offsets[i + 1] = used;
  }
  return { symbols: symbols.subarray(0, used), offsets, count: list.length };
}

/**
 * encodeList for strings by code point, the common case: each string's code points go straight
 * into the packed symbols, in one pass over its units (a surrogate pair is one symbol, a lone
 * surrogate its own, as ScratchSequence.encodeCodePoints), with no scratch copy and no per-element
 * label. The packed array grows by doubling, from a guess of 8 units a string.
 */
function encodeCodePointList(name: string, list: readonly string[]): PackedList {
  const count = list.length;
  const offsets = new Uint32Array(count + 1);
  let symbols = new Uint32Array(Math.max(1024, count * 8));
  let used = 0;
  for (let i = 0; i < count; i++) {
    const text = list[i]!;
    const units = text.length;
    if (units > MAX_SEQUENCE_LENGTH) throw argumentRangeError(`${name}[${i}]`, `at most ${MAX_SEQUENCE_LENGTH} elements long`, text);
    // Units bound the code points from above, so this refuses exactly the lists that are too long.
    if (used + units > MAX_LIST_SYMBOLS && used + codePointsOf(text) > MAX_LIST_SYMBOLS) {
      throw argumentRangeError(name, `sequences of at most ${MAX_LIST_SYMBOLS} elements in all`, list);
    }
    if (used + units > symbols.length) {
      let size = symbols.length * 2;
      while (size < used + units) size *= 2;
      const grown = new Uint32Array(Math.min(size, MAX_LIST_SYMBOLS + units));
      grown.set(symbols.subarray(0, used));
      symbols = grown;
    }
    for (let k = 0; k < units; k++) {
      let unit = text.charCodeAt(k);
      if (unit >= 0xd800 && unit <= 0xdbff && k + 1 < units) {
        const low = text.charCodeAt(k + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          unit = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
          k++;
        }
      }
      symbols[used++] = unit;
    }
    offsets[i + 1] = used;
  }
  return { symbols: symbols.subarray(0, used), offsets, count };
}

/** Code points of a string (a surrogate pair counts once). */
function codePointsOf(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * Copies integers as symbols. A value outside [0, UNSEEN_SYMBOL) can only come from the query of
 * prepared choices whose values all fit (see integersFitSymbols); it equals no choice value, so it
 * becomes UNSEEN_SYMBOL.
 */
function encodeIntegersOrUnseen(scratch: ScratchSequence, label: string, values: ArrayLike<unknown>): void {
  if (scratch.encodeIntegersDirect(label, values)) return;
  const mapped = Array.from(values, (value, i) => {
    const integer = checkInteger(label, i, value);
    return integer >= 0 && integer < UNSEEN_SYMBOL ? integer : UNSEEN_SYMBOL;
  });
  if (!scratch.encodeIntegersDirect(label, mapped)) throw new Error('editops: internal error: integer out of range');
}

/**
 * Whether every integer in the given lists of integer sequences can be its own symbol: in
 * [0, UNSEEN_SYMBOL), so that UNSEEN_SYMBOL stays free for values no choice holds.
 */
export function integersFitSymbols(lists: readonly (readonly unknown[])[]): boolean {
  for (const list of lists) {
    for (const sequence of list) {
      const values = sequence as ArrayLike<unknown>;
      for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (typeof value !== 'number' || !(value >= 0 && value < UNSEEN_SYMBOL) || !Number.isInteger(value)) return false;
      }
    }
  }
  return true;
}

export { MAX_SEQUENCE_LENGTH };
