/**
 * Inverting a packed script: the ops that turn dest back into src. Each op swaps its roles
 * (insert <-> delete, positions swapped); a transposition block is spelled anew, because the
 * spelling puts deletes before inserts.
 */
import { OpCode } from './kernel';
import { readTranspositionBlock } from './transposition-block';

const WIDTH = 3;
const INVERSE_OP = [OpCode.delete, OpCode.insert, OpCode.replace, OpCode.transpose];

export function invertPacked(packed: Int32Array): Int32Array {
  const out = new Int32Array(packed.length);
  let o = 0;
  const push = (op: number, srcPos: number, destPos: number) => {
    out[o++] = op;
    out[o++] = srcPos;
    out[o++] = destPos;
  };
  for (let k = 0; k < packed.length; ) {
    const op = packed[k]!;
    if (op !== OpCode.transpose) {
      push(INVERSE_OP[op]!, packed[k + 2]!, packed[k + 1]!);
      k += WIDTH;
      continue;
    }
    const block = readTranspositionBlock(packed, k);
    // In the inverse, dest is the source: the inserted elements become deletions and vice versa.
    push(OpCode.transpose, block.destPos, block.srcPos);
    for (let t = 1; t <= block.inserted; t++) push(OpCode.delete, block.destPos + t, block.srcPos + 1);
    for (let t = 1; t <= block.deleted; t++) push(OpCode.insert, block.destPos + block.inserted + 1, block.srcPos + t);
    k = block.end;
  }
  return out;
}
