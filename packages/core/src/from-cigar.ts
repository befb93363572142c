/**
 * Reading CIGAR strings back into edit scripts (the convention is in cigar.ts).
 */
import type { FromCigarOptions } from './cigar';
import { Editops } from './editops';
import { argumentRangeError, argumentTypeError } from './errors';
import { OpCode } from './kernel';
import { checkOptionNames, PREPARE_OPTIONS } from './option-names';
import { elementsOf, kindOf, KIND_NAMES } from './sequence-kind';
import type { Sequence } from './types';

const CIGAR = /^(?:[1-9][0-9]*[MIDX=])*$/;
const OPERATION = /([1-9][0-9]*)([MIDX=])/g;
const NAMES = ['cigar', 'src', 'dest'] as const;

/**
 * The edit script a CIGAR string describes, between `src` (the query) and `dest` (the target).
 * `M` pairs become matches or replaces by comparing the elements; `=` and `X` must agree with
 * them. The result is an {@link Editops} like `editops(src, dest)` returns: for a script without
 * transpositions, `fromCigar(ops.toCigar(), src, dest)` gives back the same ops.
 *
 * @example
 * ```ts
 * fromCigar('1X2=1D', 'kit', 'sitt').length; // 2
 * fromCigar('1X2=1D', 'kit', 'sitt').apply(); // 'sitt'
 * ```
 *
 * @param cigar - Runs of a count (>= 1) and a letter among `M`, `=`, `X`, `I`, `D`.
 * @param src - The query: a string, an array of strings or of integers.
 * @param dest - The target, of the same kind.
 * @param options - `unit`: how strings split into elements (default `'codepoint'`).
 * @returns The script, as `editops(src, dest)` would give it.
 * @throws TypeError for a non-string CIGAR or sequences of different kinds; RangeError for a
 * malformed CIGAR, one that does not cover both sequences exactly, or `=` / `X` on elements that
 * differ / are equal.
 */
export function fromCigar<S extends Sequence>(cigar: string, src: S, dest: S, options: FromCigarOptions = {}): Editops<S> {
  if (typeof cigar !== 'string') throw argumentTypeError(NAMES[0], 'a string', cigar);
  if (!CIGAR.test(cigar)) {
    throw argumentRangeError(NAMES[0], 'runs of a count >= 1 and one of the letters M = X I D', cigar);
  }
  if (options === null || typeof options !== 'object') throw argumentTypeError('options', 'an object', options);
  checkOptionNames(options, PREPARE_OPTIONS); // the one option is `unit`, as for prepareChoices
  const unit = options.unit ?? 'codepoint';
  if (!['codepoint', 'utf16', 'grapheme', 'word'].includes(unit)) {
    throw argumentRangeError('options.unit', "one of 'codepoint', 'utf16', 'grapheme', 'word'", unit);
  }
  const srcKind = kindOf(NAMES[1], src);
  const destKind = kindOf(NAMES[2], dest);
  if (srcKind !== 'empty' && destKind !== 'empty' && srcKind !== destKind) {
    throw new TypeError(`editops: src and dest must be sequences of the same kind, got ${KIND_NAMES[srcKind]} and ${KIND_NAMES[destKind]}`);
  }
  const a = elementsOf(src, unit);
  const b = elementsOf(dest, unit);
  const ops: number[] = [];
  let s = 0;
  let d = 0;
  const overrun = () => argumentRangeError(NAMES[0], `a CIGAR covering ${a.length} src and ${b.length} dest elements`, cigar);
  for (const [, digits, letter] of cigar.matchAll(OPERATION)) {
    const count = Number(digits);
    if (letter === 'I') {
      if (s + count > a.length) throw overrun();
      for (let t = 0; t < count; t++) ops.push(OpCode.delete, s++, d);
      continue;
    }
    if (letter === 'D') {
      if (d + count > b.length) throw overrun();
      for (let t = 0; t < count; t++) ops.push(OpCode.insert, s, d++);
      continue;
    }
    if (s + count > a.length || d + count > b.length) throw overrun();
    for (let t = 0; t < count; t++, s++, d++) {
      const equal = a[s] === b[d];
      if ((letter === '=' && !equal) || (letter === 'X' && equal)) {
        throw argumentRangeError(NAMES[0], `'${letter}' only where src[${s}] and dest[${d}] are ${letter === '=' ? 'equal' : 'different'}`, cigar);
      }
      if (!equal) ops.push(OpCode.replace, s, d);
    }
  }
  if (s !== a.length || d !== b.length) throw overrun();
  return new Editops<S>(Int32Array.from(ops), src, a.length, dest, b.length, unit);
}
