/**
 * Editops: the result of `editops(a, b)`. It wraps the one packed Int32Array that the kernel
 * returned ([op, srcPos, destPos] per op), so no per-op object crosses the bridge; Editop objects
 * are made only when someone asks for them.
 */
import { argumentRangeError, argumentTypeError } from './errors';
import { OpCode } from './kernel';
import { codePoints } from './sequence';
import type { Editop, EditopType } from './types';

const OP_TYPES: readonly EditopType[] = ['insert', 'delete', 'replace', 'transpose'];
/** int32 slots per op in the packed array. */
export const PACKED_OP_WIDTH = 3;

export class Editops implements Iterable<Editop> {
  /** The packed ops: [op, srcPos, destPos] per op, forward order. Do not mutate. */
  readonly packed: Int32Array;
  /** Length of the source sequence, in the unit the positions count. */
  readonly srcLength: number;
  /** Length of the destination sequence, in the unit the positions count. */
  readonly destLength: number;
  readonly #src: string;
  readonly #dest: string;

  constructor(packed: Int32Array, src: string, srcLength: number, dest: string, destLength: number) {
    this.packed = packed;
    this.srcLength = srcLength;
    this.destLength = destLength;
    this.#src = src;
    this.#dest = dest;
  }

  /** Number of ops. */
  get length(): number {
    return this.packed.length / PACKED_OP_WIDTH;
  }

  /** The op at `index`; negative indexes count from the end, as in Array.prototype.at. */
  at(index: number): Editop | undefined {
    const i = Math.trunc(index) < 0 ? this.length + Math.trunc(index) : Math.trunc(index);
    if (!(i >= 0 && i < this.length)) return undefined;
    return this.#op(i);
  }

  *[Symbol.iterator](): IterableIterator<Editop> {
    for (let i = 0; i < this.length; i++) yield this.#op(i);
  }

  toArray(): Editop[] {
    return Array.from(this);
  }

  /** JSON.stringify(editops) gives the array of ops. */
  toJSON(): Editop[] {
    return this.toArray();
  }

  /**
   * Applies the ops to `src` (by default, the string they were computed from) and returns the
   * result. Inserted and replacing elements come from the destination the ops were computed for.
   */
  apply(src: string = this.#src): string {
    if (typeof src !== 'string') throw argumentTypeError('src', 'a string', src);
    const source = codePoints(src);
    if (source.length !== this.srcLength) {
      throw argumentRangeError('src', `a sequence of ${this.srcLength} code points`, src);
    }
    const dest = codePoints(this.#dest);
    const out: string[] = [];
    let srcIndex = 0;
    const packed = this.packed;
    for (let k = 0; k < packed.length; k += PACKED_OP_WIDTH) {
      const op = packed[k]!;
      const srcPos = packed[k + 1]!;
      const destPos = packed[k + 2]!;
      while (srcIndex < srcPos) out.push(source[srcIndex++]!);
      switch (op) {
        case OpCode.insert:
          out.push(dest[destPos]!);
          break;
        case OpCode.delete:
          srcIndex++;
          break;
        case OpCode.replace:
          out.push(dest[destPos]!);
          srcIndex++;
          break;
        case OpCode.transpose:
          out.push(dest[destPos]!, dest[destPos + 1]!);
          srcIndex += 2;
          break;
      }
    }
    while (srcIndex < source.length) out.push(source[srcIndex++]!);
    return out.join('');
  }

  #op(i: number): Editop {
    const k = i * PACKED_OP_WIDTH;
    return { type: OP_TYPES[this.packed[k]!]!, srcPos: this.packed[k + 1]!, destPos: this.packed[k + 2]! };
  }
}
