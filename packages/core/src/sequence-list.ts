/**
 * Encoding a list of sequences (the choices, or the queries of a matrix) into one packed job
 * input: sequence i is symbols[offsets[i], offsets[i + 1]). Every element must be of the list's
 * kind; strings, graphemes, tokens and integers encode exactly as for a single pair, through one
 * Interner shared with the other side of the call.
 */
import { argumentRangeError, argumentTypeError, ElementName } from './errors';
import { Interner, MAX_SEQUENCE_LENGTH, ScratchSequence, UNSEEN_SYMBOL, writeCodePoints } from './sequence';
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

/**
 * Work over a long list pauses (yields) after every SLICE elements. Sync calls run straight
 * through (drain); async calls give the event loop a turn at some pauses (batch-job.ts).
 */
export const SLICE = 1024;
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to the end without pausing. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The kind of a list: the kind of its first non-empty-array element ('tokens' if none). */
export function listKind(name: string, list: unknown): SequenceKind | 'empty' {
  return drain(listKindSteps(name, list));
}

export function* listKindSteps(name: string, list: unknown): Steps<SequenceKind | 'empty'> {
  if (!Array.isArray(list)) throw argumentTypeError(name, 'an array of sequences', list);
  let kind: SequenceKind | 'empty' = 'empty';
  const label = new ElementName(name);
  for (let i = 0; i < list.length; i++) {
    if (i % SLICE === SLICE - 1) yield;
    label.index = i;
    const element = kindOf(label, list[i]);
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
  return drain(encodeListSteps(name, list, kind, unit, interner, direct));
}

/** Where a list's symbols live: a plain or a shared buffer (see sharedSymbols). */
export type SymbolsAllocator = (length: number) => Uint32Array;

const plainSymbols: SymbolsAllocator = (length) => new Uint32Array(length);

/**
 * Symbols in a SharedArrayBuffer, where there is one. Prepared choices use it: the wasm backend
 * posts them to its worker threads, and a shared buffer is posted as a handle, where a plain one
 * is copied on the main thread (for 1M words, 30 MB per worker, which held the event loop for a
 * few hundred ms). Never for a job's own inputs, which the worker pool moves (transfers) instead,
 * and a shared buffer cannot be transferred.
 */
export const sharedSymbols: SymbolsAllocator =
  typeof SharedArrayBuffer === 'function' ? (length) => new Uint32Array(new SharedArrayBuffer(length * 4)) : plainSymbols;

export function* encodeListSteps(
  name: string,
  list: readonly unknown[],
  kind: SequenceKind,
  unit: StringUnit,
  interner: Interner,
  direct: boolean,
  allocate: SymbolsAllocator = plainSymbols,
): Steps<PackedList> {
  const scratch = new ScratchSequence();
  // Read once: the offsets and the count the kernels trust must agree, whatever a Proxy answers.
  const count = list.length;
  const offsets = allocate(count + 1);
  // Sized from the elements' lengths (code points never outnumber UTF-16 units; graphemes are
  // fewer still), so a long list takes one allocation rather than a doubling series, whose
  // large buffers each push the GC. A length that lies only costs a later grow.
  let capacity = 0;
  for (let i = 0; i < count; i++) {
    if (i % (SLICE * 8) === SLICE * 8 - 1) yield;
    const length = (list[i] as { length?: unknown } | undefined)?.length;
    if (typeof length === 'number' && length > 0) capacity += length;
  }
  let symbols = allocate(Math.min(Math.max(capacity, 1024), MAX_LIST_SYMBOLS));
  let used = 0;
  // Work since the last pause: one per element, plus one per 16 symbols, so that a slice stays
  // short with long sequences too.
  let work = 0;
  const label = new ElementName(name);
  const byUnits = kind === 'string' && (unit === 'codepoint' || unit === 'utf16');
  for (let i = 0; i < count; i++) {
    if (work > SLICE) {
      work = 0;
      yield;
    }
    const element = list[i];
    // Strings by code point or UTF-16 unit, the common case: written straight into the list's
    // symbols (no scratch copy, no subarray and set per element, which cost more than the units).
    if (byUnits && typeof element === 'string' && element.length <= MAX_SEQUENCE_LENGTH && used + element.length <= MAX_LIST_SYMBOLS) {
      if (used + element.length > symbols.length) symbols = grow(symbols, used, used + element.length, allocate);
      used = unit === 'utf16' ? writeUnits(symbols, used, element) : writeCodePoints(symbols, used, element);
      offsets[i + 1] = used;
      work += 1 + (element.length >>> 4);
      continue;
    }
    label.index = i;
    // Checked again: a getter may return something else than it did for listKind.
    const elementKind = kindOf(label, element);
    if (elementKind === 'empty') {
      scratch.length = 0;
    } else if (elementKind !== kind) {
      throw new TypeError(`editops: ${String(label)} must be ${KIND_NAMES[kind]} like the sequences before it, got ${KIND_NAMES[elementKind]}`);
    } else if (kind === 'string') {
      if (unit === 'codepoint') scratch.encodeCodePoints(label, element as string);
      else if (unit === 'utf16') scratch.encodeUtf16(label, element as string);
      else if (unit === 'word') encodeWords(scratch, String(label), element as string, interner);
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
    if (used + scratch.length > symbols.length) symbols = grow(symbols, used, used + scratch.length, allocate);
    symbols.set(scratch.symbols.subarray(0, scratch.length), used);
    used += scratch.length;
    offsets[i + 1] = used;
    work += 1 + (scratch.length >>> 4);
  }
  return { symbols: symbols.subarray(0, used), offsets, count };
}

/** A buffer of at least `needed` symbols (doubling) holding symbols[0, used). */
function grow(symbols: Uint32Array, used: number, needed: number, allocate: SymbolsAllocator): Uint32Array {
  let size = symbols.length * 2;
  while (size < needed) size *= 2;
  const grown = allocate(size);
  grown.set(symbols.subarray(0, used));
  return grown;
}

/** Writes the UTF-16 units of `value` at symbols[at...]; returns the end. */
function writeUnits(symbols: Uint32Array, at: number, value: string): number {
  for (let i = 0; i < value.length; i++) symbols[at++] = value.charCodeAt(i);
  return at;
}

/**
 * Copies integers as symbols. A value outside [0, UNSEEN_SYMBOL) can only come from the query of
 * prepared choices whose values all fit (see integersFitSymbols); it equals no choice value, so it
 * becomes UNSEEN_SYMBOL.
 */
function encodeIntegersOrUnseen(scratch: ScratchSequence, label: ElementName, values: ArrayLike<unknown>): void {
  if (scratch.encodeIntegersDirect(label, values)) return;
  // Read back what encodeIntegersDirect read: its checked values for an array, the typed array
  // itself (whose elements run no code) otherwise.
  const read = scratch.valuesOf === values ? scratch.values : (values as ArrayLike<number>);
  for (let i = 0; i < scratch.length; i++) {
    const integer = read[i]!;
    scratch.symbols[i] = integer >= 0 && integer < UNSEEN_SYMBOL ? integer : UNSEEN_SYMBOL;
  }
}

/**
 * Whether every integer in the given lists of integer sequences can be its own symbol: in
 * [0, UNSEEN_SYMBOL), so that UNSEEN_SYMBOL stays free for values no choice holds.
 */
export function integersFitSymbols(lists: readonly (readonly unknown[])[]): boolean {
  return drain(integersFitSymbolsSteps(lists));
}

export function* integersFitSymbolsSteps(lists: readonly (readonly unknown[])[]): Steps<boolean> {
  for (const list of lists) {
    for (let k = 0; k < list.length; k++) {
      if (k % SLICE === SLICE - 1) yield;
      const sequence = list[k];
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
