/**
 * difflib-style opcodes: blocks that cover both sequences, tagged equal / replace / insert /
 * delete. Derived from an edit script; a transposition (with any gap) becomes one replace block,
 * since difflib has no transpose.
 */
import { OpCode } from './kernel';
import { readTranspositionBlock } from './transposition-block';
import { inspectAs, inspectCustom, type Inspect, type InspectOptions } from './inspect-custom';
import type { MatchingBlock, Opcode, OpcodeTag } from './types';

const WIDTH = 3;

interface Script {
  readonly packed: Int32Array;
  readonly srcLength: number;
  readonly destLength: number;
}

export function editopsToOpcodes({ packed, srcLength, destLength }: Script): Opcode[] {
  const blocks: Opcode[] = [];
  let s = 0;
  let d = 0;
  const emit = (tag: OpcodeTag, srcEnd: number, destEnd: number) => {
    const last = blocks[blocks.length - 1];
    // Adjacent blocks of one tag merge, as difflib reports runs.
    if (last && last.tag === tag && last.srcEnd === s && last.destEnd === d) {
      blocks[blocks.length - 1] = { ...last, srcEnd, destEnd };
    } else {
      blocks.push({ tag, srcStart: s, srcEnd, destStart: d, destEnd });
    }
    s = srcEnd;
    d = destEnd;
  };
  for (let k = 0; k < packed.length; ) {
    const op = packed[k]!;
    const srcPos = packed[k + 1]!;
    const destPos = packed[k + 2]!;
    if (srcPos > s || destPos > d) emit('equal', srcPos, destPos);
    switch (op) {
      case OpCode.insert:
        emit('insert', s, d + 1);
        k += WIDTH;
        break;
      case OpCode.delete:
        emit('delete', s + 1, d);
        k += WIDTH;
        break;
      case OpCode.replace:
        emit('replace', s + 1, d + 1);
        k += WIDTH;
        break;
      default: {
        const block = readTranspositionBlock(packed, k);
        emit('replace', s + block.deleted + 2, d + block.inserted + 2);
        k = block.end;
      }
    }
  }
  if (s < srcLength || d < destLength) emit('equal', srcLength, destLength);
  return blocks;
}

/**
 * An edit script as difflib-style blocks ({@link Opcode}): `equal`, `replace`, `insert` and
 * `delete` ranges that cover both sequences in order. Returned by `opcodes(a, b)` and
 * `Editops.toOpcodes()`.
 *
 * @example
 * ```ts
 * opcodes('kitten', 'sitting').at(0); // { tag: 'replace', srcStart: 0, srcEnd: 1, destStart: 0, destEnd: 1 }
 * ```
 */
export class Opcodes implements Iterable<Opcode> {
  readonly #blocks: readonly Opcode[];
  /** Length of the source sequence, in the unit the positions count. */
  readonly srcLength: number;
  /** Length of the destination sequence, in the unit the positions count. */
  readonly destLength: number;

  /** @internal Made by `opcodes()` and `Editops.toOpcodes()`, not by users. */
  constructor(blocks: readonly Opcode[], srcLength: number, destLength: number) {
    this.#blocks = blocks;
    this.srcLength = srcLength;
    this.destLength = destLength;
  }

  /** Number of blocks. */
  get length(): number {
    return this.#blocks.length;
  }

  /**
   * The block at `index`; negative indexes count from the end.
   *
   * @param index - An integer.
   * @returns The block, or `undefined` past either end.
   */
  at(index: number): Opcode | undefined {
    return this.#blocks.at(index);
  }

  /** The blocks, in order. */
  [Symbol.iterator](): IterableIterator<Opcode> {
    return this.#blocks[Symbol.iterator]();
  }

  /** The blocks as a new array. */
  toArray(): Opcode[] {
    return [...this.#blocks];
  }

  /** JSON.stringify(opcodes) gives the array of blocks. */
  toJSON(): Opcode[] {
    return this.toArray();
  }

  /**
   * What console.log and util.inspect show: the lengths and the blocks.
   * @internal
   */
  [inspectCustom](depth: number, options?: InspectOptions, inspect?: Inspect): unknown {
    return inspectAs('Opcodes', { srcLength: this.srcLength, destLength: this.destLength, blocks: this.toArray() }, depth, options, inspect);
  }

  /** The equal blocks as difflib matching blocks, ending with a zero-length sentinel. */
  toMatchingBlocks(): MatchingBlock[] {
    const matches: MatchingBlock[] = this.#blocks
      .filter((block) => block.tag === 'equal')
      .map((block) => ({ srcPos: block.srcStart, destPos: block.destStart, length: block.srcEnd - block.srcStart }));
    matches.push({ srcPos: this.srcLength, destPos: this.destLength, length: 0 });
    return matches;
  }
}
