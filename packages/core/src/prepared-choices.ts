/**
 * PreparedChoices: a list of choices encoded once, for many batch calls against it (for example,
 * a dictionary searched for every word a user types). Encoding 100k words takes milliseconds;
 * preparing them once takes that cost out of every call.
 */
import { Interner } from './sequence';
import { encodeList, integersFitSymbols, listKind, type PackedList } from './sequence-list';
import type { SequenceKind } from './sequence-kind';
import type { Sequence, StringUnit } from './types';
import { argumentTypeError } from './errors';
import { checkOptionNames, notOneOf, PREPARE_OPTIONS } from './option-names';
import { UNITS } from './options';

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
  /** The choices, as given (a copy of the array, not of its elements). */
  readonly choices: readonly T[];
  /** What one string element is; batch calls with this object must use the same unit. */
  readonly unit: StringUnit;
  /** @internal */ readonly kind: SequenceKind | 'empty';
  /** @internal */ readonly packed: PackedList;
  /** @internal */ readonly interner: Interner;
  /** @internal whether integers were copied as they are (no interning). */
  readonly directIntegers: boolean;

  /** @internal Use {@link prepareChoices}. */
  constructor(choices: readonly T[], options: PrepareOptions = {}) {
    if (options === null || typeof options !== 'object') throw argumentTypeError('options', 'an object or undefined', options);
    checkOptionNames(options, PREPARE_OPTIONS);
    const unit = options.unit ?? 'codepoint';
    if (!UNITS.includes(unit)) throw notOneOf('options.unit', UNITS, unit);
    this.kind = listKind('choices', choices);
    this.choices = [...choices];
    this.unit = unit;
    this.interner = new Interner();
    this.directIntegers = this.kind === 'integers' && integersFitSymbols([this.choices]);
    this.packed = encodeList('choices', this.choices, this.kind === 'empty' ? 'tokens' : this.kind, unit, this.interner, this.directIntegers);
    this.interner.frozen = true;
  }

  /** Number of choices. */
  get length(): number {
    return this.choices.length;
  }
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
