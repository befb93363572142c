/**
 * Editops: the result of `editops(a, b)`. It wraps the one packed Int32Array that the kernel
 * returned ([op, srcPos, destPos] per op), so no per-op object crosses the bridge; Editop objects
 * are made only when someone asks for them.
 */
import { packedToAlignment, type AlignmentColumn } from './alignment';
import { packedToCigar, type CigarOptions } from './cigar';
import { argumentRangeError, argumentTypeError } from './errors';
import { OpCode } from './kernel';
import { editopsToOpcodes, Opcodes } from './opcodes';
import { elementsOf, isIntegerTypedArray, sequenceLike } from './sequence-kind';
import { invertPacked } from './invert';
import { inspectAs, inspectCustom, type Inspect, type InspectOptions } from './inspect-custom';
import type { Applied, Editop, EditopType, MatchingBlock, SameKind, Sequence, StringUnit } from './types';
import { joinWords } from './word-unit';

const OP_TYPES: readonly EditopType[] = ['insert', 'delete', 'replace', 'transpose'];
/** int32 slots per op in the packed array. */
export const PACKED_OP_WIDTH = 3;

/**
 * An edit script: the ops that turn a source sequence (of type `S`) into a destination (of type
 * `D`), in forward order. Returned by `editops(a, b)`; read it with `at`, iteration, `toArray`,
 * or one of its views (`toOpcodes`, `toAlignment`, `toMatchingBlocks`).
 *
 * @example
 * ```ts
 * const ops = editops('kitten', 'sitting');
 * ops.length; // 3
 * ops.apply(); // 'sitting'
 * ```
 */
export class Editops<S extends Sequence = Sequence, D extends Sequence = S> implements Iterable<Editop> {
  /** The packed ops: [op, srcPos, destPos] per op, forward order. Do not mutate. */
  readonly packed: Int32Array;
  /** Length of the source sequence, in the unit the positions count. */
  readonly srcLength: number;
  /** Length of the destination sequence, in the unit the positions count. */
  readonly destLength: number;
  readonly #src: Sequence;
  readonly #dest: Sequence;
  readonly #unit: StringUnit;

  /** @internal Made by `editops()`, not by users. */
  constructor(packed: Int32Array, src: Sequence, srcLength: number, dest: Sequence, destLength: number, unit: StringUnit) {
    this.packed = packed;
    this.srcLength = srcLength;
    this.destLength = destLength;
    this.#src = src;
    this.#dest = dest;
    this.#unit = unit;
  }

  /** Number of ops. */
  get length(): number {
    return this.packed.length / PACKED_OP_WIDTH;
  }

  /**
   * The op at `index`; negative indexes count from the end, as in Array.prototype.at.
   *
   * @param index - An integer; fractions are truncated.
   * @returns The op, or `undefined` past either end.
   */
  at(index: number): Editop | undefined {
    const whole = Math.trunc(index);
    const i = whole < 0 ? this.length + whole : whole;
    if (!(i >= 0 && i < this.length)) return undefined;
    return this.#op(i);
  }

  /** The ops, in order, as {@link Editop} objects. */
  *[Symbol.iterator](): IterableIterator<Editop> {
    for (let i = 0; i < this.length; i++) yield this.#op(i);
  }

  /** The ops as a new array of {@link Editop} objects. */
  toArray(): Editop[] {
    return Array.from(this);
  }

  /** JSON.stringify(editops) gives the array of ops. */
  toJSON(): Editop[] {
    return this.toArray();
  }

  /**
   * What console.log and util.inspect show: the lengths and the ops, not the packed array.
   * @internal
   */
  [inspectCustom](depth: number, options?: InspectOptions, inspect?: Inspect): unknown {
    return inspectAs('Editops', { srcLength: this.srcLength, destLength: this.destLength, ops: this.toArray() }, depth, options, inspect);
  }

  /**
   * Applies the ops to the source they were computed from, which gives the destination.
   *
   * @returns A sequence of the source's kind: a string for strings (with unit 'word', the words
   * joined by single spaces), an array for arrays, a typed array of the same type for typed arrays.
   */
  apply(): Applied<S>;
  /**
   * Applies the ops to `src`, taking inserted and replacing elements from `dest` (by default, the
   * sequence the ops were computed for).
   *
   * @param src - A sequence of the source's kind and length (in the call's unit).
   * @param dest - A sequence of the destination's kind and length.
   * @returns A sequence of `src`'s kind.
   * @throws TypeError for a sequence of another kind; RangeError for one of another length.
   */
  apply<T extends SameKind<S>>(src: T, dest?: SameKind<S>): Applied<T>;
  apply(src: Sequence = this.#src, dest: Sequence = this.#dest): Sequence {
    const source = this.#elements('src', src, this.srcLength);
    const target = this.#elements('dest', dest, this.destLength);
    const applied = applyPacked(this.packed, source, target);
    return this.#unit === 'word' && typeof src === 'string' ? joinWords(applied) : sequenceLike(src, applied);
  }

  /** The script that turns dest back into src (optimal, though not always the canonical one). */
  inverse(): Editops<D, S> {
    return new Editops<D, S>(invertPacked(this.packed), this.#dest, this.destLength, this.#src, this.srcLength, this.#unit);
  }

  /** difflib-style opcodes: equal / replace / insert / delete blocks covering both sequences. */
  toOpcodes(): Opcodes {
    return new Opcodes(editopsToOpcodes(this), this.srcLength, this.destLength);
  }

  /**
   * The script as alignment columns `{ kind, srcPos?, destPos? }`, one per compared element,
   * covering both sequences in order (a transposition block: transpose, its gap, transpose).
   */
  toAlignment(): AlignmentColumn[] {
    return packedToAlignment(this.packed, this.srcLength, this.destLength);
  }

  /**
   * The script as a CIGAR string, with edlib's convention: `I` is an element of the source (the
   * pattern) that the destination lacks, `D` one of the destination that the source lacks; `M`
   * (or, with `extended`, `=` and `X`) an aligned pair. A transposition is written as two
   * mismatched pairs. `fromCigar` reads it back.
   *
   * @example
   * ```ts
   * editops('kitten', 'sitting').toCigar(); // '6M1D'
   * editops('kitten', 'sitting').toCigar({ extended: true }); // '1X3=1X1=1D'
   * ```
   */
  toCigar(options: CigarOptions = {}): string {
    if (options === null || typeof options !== 'object') throw argumentTypeError('options', 'an object', options);
    const extended = options.extended ?? false;
    if (typeof extended !== 'boolean') throw argumentTypeError('options.extended', 'a boolean', extended);
    return packedToCigar(this.packed, this.srcLength, this.destLength, extended);
  }

  /** difflib-style matching blocks, ending with { srcPos: srcLength, destPos: destLength, length: 0 }. */
  toMatchingBlocks(): MatchingBlock[] {
    return this.toOpcodes().toMatchingBlocks();
  }

  #elements(name: string, value: unknown, expectedLength: number): readonly unknown[] {
    const sameKind =
      typeof value === typeof this.#src ||
      (Array.isArray(value) && Array.isArray(this.#src)) ||
      (isIntegerTypedArray(value) && (isIntegerTypedArray(this.#src) || Array.isArray(this.#src)));
    if (!sameKind && !(typeof value !== 'string' && typeof this.#src !== 'string')) {
      throw argumentTypeError(name, `a sequence of the same kind as the ops were computed for`, value);
    }
    const elements = elementsOf(value as Sequence, this.#unit);
    if (elements.length !== expectedLength) {
      throw argumentRangeError(name, `a sequence of ${expectedLength} elements (unit '${this.#unit}')`, value);
    }
    return elements;
  }

  #op(i: number): Editop {
    const k = i * PACKED_OP_WIDTH;
    return { type: OP_TYPES[this.packed[k]!]!, srcPos: this.packed[k + 1]!, destPos: this.packed[k + 2]! };
  }
}

/**
 * Applies packed ops to the elements of src, taking new elements from dest. A transpose at
 * (s, d) emits dest[d] and owes its partner; deletes and inserts that directly follow it and sit
 * inside the pair (damerau's gapped transpositions, see docs/semantics.md) are applied first, then
 * the partner src element is consumed and the next dest element emitted.
 */
export function applyPacked(packed: Int32Array, src: readonly unknown[], dest: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  let s = 0;
  let owedDest = -1; // dest index still to emit for an open transposition, or -1
  for (let k = 0; k < packed.length; k += PACKED_OP_WIDTH) {
    const op = packed[k]!;
    const srcPos = packed[k + 1]!;
    const destPos = packed[k + 2]!;
    if (owedDest >= 0) {
      const inGap = (op === OpCode.delete && srcPos === s) || (op === OpCode.insert && srcPos === s && destPos === owedDest);
      if (!inGap) {
        out.push(dest[owedDest]);
        s++;
        owedDest = -1;
      }
    }
    while (s < srcPos) out.push(src[s++]);
    switch (op) {
      case OpCode.insert:
        out.push(dest[destPos]);
        if (owedDest >= 0) owedDest++;
        break;
      case OpCode.delete:
        s++;
        break;
      case OpCode.replace:
        out.push(dest[destPos]);
        s++;
        break;
      case OpCode.transpose:
        out.push(dest[destPos]);
        s++;
        owedDest = destPos + 1;
        break;
    }
  }
  if (owedDest >= 0) {
    out.push(dest[owedDest]);
    s++;
  }
  while (s < src.length) out.push(src[s++]);
  return out;
}
