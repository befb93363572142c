/**
 * PreparedChoices: a list of choices encoded once, for many batch calls against it (for example,
 * a dictionary searched for every word a user types). Encoding 100k words takes milliseconds;
 * preparing them once takes that cost out of every call.
 *
 * The encoded buffers are what the kernels read without checks (native reads them in C++), so
 * they live in a module-private WeakMap that no caller can reach: a caller who writes to the
 * object, replaces its fields, or builds one from the prototype can make nothing out of bounds.
 * Batch calls read the choices and unit from there too (the public fields only describe them), so
 * the indices they return always name the choice they were computed from.
 */
import { argumentTypeError } from './errors';
import { checkOptionNames, notOneOf, PREPARE_OPTIONS } from './option-names';
import { UNITS } from './options';
import { Interner } from './sequence';
import { drain, encodeListSteps, integersFitSymbolsSteps, listKindSteps, sharedSymbols, type PackedList, type Steps } from './sequence-list';
import type { SequenceKind } from './sequence-kind';
import type { Sequence, StringUnit } from './types';

/** What batch calls read from prepared choices; never handed to callers. */
export interface PreparedEncoding {
  /**
   * The copy of the choices that `packed` encodes, never written after encoding: frozen for
   * prepareChoices (whose `choices` field shows it), left unfrozen for the plain-array cache, which
   * compares it element by element on every call and reads a frozen array about 2.5 times slower.
   */
  readonly choices: readonly Sequence[];
  readonly unit: StringUnit;
  readonly kind: SequenceKind | 'empty';
  readonly packed: PackedList;
  /** Frozen: a query's unseen element gets UNSEEN_SYMBOL. */
  readonly interner: Interner;
  /** Whether integers were copied as they are (no interning). */
  readonly directIntegers: boolean;
}

const encodings = new WeakMap<PreparedChoices, PreparedEncoding>();

/**
 * Choices encoded once, for many `extract` / `closest` / `distanceMatrix` calls against them.
 * Made by {@link prepareChoices}; `T` is the type of the choices, which matches carry.
 *
 * @example
 * ```ts
 * const dictionary = prepareChoices(['apple', 'ample']);
 * dictionary.length; // 2
 * ```
 */
export class PreparedChoices<T extends Sequence = Sequence> {
  /** The choices, as given (a frozen copy of the array, not of its elements). */
  readonly choices: readonly T[];
  /** What one string element is; batch calls with this object must use the same unit. */
  readonly unit: StringUnit;

  /** @internal Use {@link prepareChoices}. */
  constructor(choices: readonly T[], options: PrepareOptions = {}) {
    if (options === null || typeof options !== 'object') throw argumentTypeError('options', 'an object or undefined', options);
    checkOptionNames(options, PREPARE_OPTIONS);
    const unit = options.unit ?? 'codepoint';
    if (!UNITS.includes(unit)) throw notOneOf('options.unit', UNITS, unit);
    if (!Array.isArray(choices)) throw argumentTypeError('choices', 'an array of sequences', choices);
    // One read of the caller's array: what its getters return now is the list.
    const encoding = drain(encodeChoicesSteps(Object.freeze([...choices]), unit));
    this.choices = encoding.choices as readonly T[];
    this.unit = unit;
    encodings.set(this, encoding);
  }

  /** Number of choices. */
  get length(): number {
    return this.choices.length;
  }
}

/**
 * Encodes a list of choices that the caller owns (a copy already made, which nothing writes to
 * afterwards) with an interner of its own, frozen afterwards, so that any query can be encoded
 * against it later: the encoding of prepareChoices, and of the plain arrays the batch calls cache
 * (choices-cache.ts). In steps, so that the async calls can pause between them.
 */
export function* encodeChoicesSteps(choices: readonly Sequence[], unit: StringUnit): Steps<PreparedEncoding> {
  const kind = yield* listKindSteps('choices', choices);
  const interner = new Interner();
  const directIntegers = kind === 'integers' && (yield* integersFitSymbolsSteps([choices]));
  const packed = yield* encodeListSteps('choices', choices, kind === 'empty' ? 'tokens' : kind, unit, interner, directIntegers, sharedSymbols);
  interner.frozen = true;
  return { choices, unit, kind, packed, interner, directIntegers };
}

/** The encoding of prepared choices made by this module; a TypeError for anything else. */
export function preparedEncoding(prepared: PreparedChoices): PreparedEncoding {
  const encoding = encodings.get(prepared);
  if (!encoding) throw argumentTypeError('choices', 'an array of sequences or the result of prepareChoices(...)', prepared);
  return encoding;
}

/** Options of {@link prepareChoices}. */
export interface PrepareOptions {
  /**
   * What one element of a string choice is (`'codepoint'` by default); batch calls with the
   * prepared choices must pass the same `unit`.
   */
  unit?: StringUnit;
}

/**
 * Encodes choices once, for repeated `extract` / `closest` / `distanceMatrix` calls against them
 * (a dictionary searched for every word a user types, say).
 *
 * @param choices - The candidates: strings, arrays of strings, or integer sequences, all of one kind.
 * @param options - `unit` for string choices; see {@link PrepareOptions}.
 * @returns The prepared choices; matches against them carry the choices' type `T`.
 * @throws TypeError for choices of mixed or unknown kinds, or an unknown option; RangeError for a bad unit.
 * @example
 * ```ts
 * const dictionary = prepareChoices(['apple', 'apply', 'ample']);
 * extract('aple', dictionary, { limit: 1 }); // [{ index: 0, choice: 'apple', distance: 1 }]
 * ```
 */
export function prepareChoices<T extends Sequence>(choices: readonly T[], options?: PrepareOptions): PreparedChoices<T> {
  return new PreparedChoices(choices, options);
}
