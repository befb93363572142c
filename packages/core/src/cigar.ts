/**
 * CIGAR strings for edit scripts, with edlib's convention: the script's source is the query
 * (pattern) and its destination the target (text). `I` is an element of the source that the
 * destination lacks (a delete op), `D` an element of the destination that the source lacks (an
 * insert op). Standard CIGAR writes `M` for every aligned pair, equal or not; extended CIGAR
 * writes `=` for equal pairs and `X` for the others.
 *
 * CIGAR has no transposition: a transposition block is written as its aligned pairs (mismatches)
 * around its gap, so reading it back gives replaces, deletes and inserts of the same alignment.
 * Reading is in from-cigar.ts.
 */
import { packedToAlignment, type AlignmentKind } from './alignment';
import type { StringUnit } from './types';

/** Options of `Editops.toCigar`. */
export interface CigarOptions {
  /** Write `=` and `X` (extended CIGAR) instead of `M` for aligned pairs. Default `false`. */
  readonly extended?: boolean;
}

/** Options of {@link fromCigar}. */
export interface FromCigarOptions {
  /** How strings are split into elements, as in `editops()`. Default `'codepoint'`. */
  readonly unit?: StringUnit;
}

const EXTENDED_LETTER: Record<AlignmentKind, string> = {
  equal: '=',
  replace: 'X',
  transpose: 'X',
  delete: 'I',
  insert: 'D',
};

/** The CIGAR of a packed script over sequences of srcLength and destLength elements. */
export function packedToCigar(packed: Int32Array, srcLength: number, destLength: number, extended: boolean): string {
  let out = '';
  let letter = '';
  let count = 0;
  for (const column of packedToAlignment(packed, srcLength, destLength)) {
    const extendedLetter = EXTENDED_LETTER[column.kind];
    const next = extended || (extendedLetter !== '=' && extendedLetter !== 'X') ? extendedLetter : 'M';
    if (next === letter) {
      count++;
      continue;
    }
    if (count > 0) out += `${count}${letter}`;
    letter = next;
    count = 1;
  }
  return count > 0 ? out + `${count}${letter}` : out;
}
