/**
 * A transposition block in a packed script: [transpose s d], then the deletes and inserts that sit
 * between the swapped pair (damerau only; see docs/semantics.md):
 *   [delete s+t, d+1] for t = 1..x, then [insert s+x+1, d+t] for t = 1..y.
 * src[s] and src[s+x+1] appear swapped as dest[d] and dest[d+y+1].
 */
import { OpCode } from './kernel';

const WIDTH = 3;

export interface TranspositionBlock {
  readonly srcPos: number;
  readonly destPos: number;
  /** Elements deleted between the pair in src. */
  readonly deleted: number;
  /** Elements inserted between the pair in dest. */
  readonly inserted: number;
  /** Packed index just past the block. */
  readonly end: number;
}

/** Reads the transposition block that starts at packed index k (which must hold a transpose). */
export function readTranspositionBlock(packed: Int32Array, k: number): TranspositionBlock {
  const srcPos = packed[k + 1]!;
  const destPos = packed[k + 2]!;
  let next = k + WIDTH;
  let deleted = 0;
  while (next < packed.length && packed[next] === OpCode.delete && packed[next + 1] === srcPos + 1 + deleted) {
    deleted++;
    next += WIDTH;
  }
  let inserted = 0;
  while (
    next < packed.length &&
    packed[next] === OpCode.insert &&
    packed[next + 1] === srcPos + 1 + deleted &&
    packed[next + 2] === destPos + 1 + inserted
  ) {
    inserted++;
    next += WIDTH;
  }
  return { srcPos, destPos, deleted, inserted, end: next };
}
