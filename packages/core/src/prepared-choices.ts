/**
 * PreparedChoices: a list of choices encoded once, for many batch calls against it (for example,
 * a dictionary searched for every word a user types). Encoding 100k words takes milliseconds;
 * preparing them once takes that cost out of every call.
 */
import { Interner } from './sequence';
import { encodeList, integersFitSymbols, listKind, type PackedList } from './sequence-list';
import type { SequenceKind } from './sequence-kind';
import type { Sequence, StringUnit } from './types';
import { argumentRangeError, argumentTypeError } from './errors';

const UNITS: readonly StringUnit[] = ['codepoint', 'utf16', 'grapheme'];

export class PreparedChoices {
  /** The choices, as given (a copy of the array, not of its elements). */
  readonly choices: readonly Sequence[];
  /** What one string element is; batch calls with this object must use the same unit. */
  readonly unit: StringUnit;
  /** @internal */ readonly kind: SequenceKind | 'empty';
  /** @internal */ readonly packed: PackedList;
  /** @internal */ readonly interner: Interner;
  /** @internal whether integers were copied as they are (no interning). */
  readonly directIntegers: boolean;

  constructor(choices: readonly Sequence[], options: { unit?: StringUnit } = {}) {
    if (options === null || typeof options !== 'object') throw argumentTypeError('options', 'an object or undefined', options);
    const unit = options.unit ?? 'codepoint';
    if (!UNITS.includes(unit)) throw argumentRangeError('options.unit', "one of 'codepoint', 'utf16', 'grapheme'", unit);
    this.kind = listKind('choices', choices);
    this.choices = [...choices];
    this.unit = unit;
    this.interner = new Interner();
    this.directIntegers = this.kind === 'integers' && integersFitSymbols([this.choices]);
    this.packed = encodeList('choices', this.choices, this.kind === 'empty' ? 'tokens' : this.kind, unit, this.interner, this.directIntegers);
    this.interner.frozen = true;
  }

  get length(): number {
    return this.choices.length;
  }
}

/** Encodes choices once for repeated extract / closest / distanceMatrix calls. */
export function prepareChoices(choices: readonly Sequence[], options?: { unit?: StringUnit }): PreparedChoices {
  return new PreparedChoices(choices, options);
}
