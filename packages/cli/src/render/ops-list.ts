/**
 * The ops of a script, one per line, for people: which element went where. A transposition names
 * both swapped elements; the deletes and inserts of a damerau gap follow it as their own lines.
 */
import type { Editop } from '@editops/auto';
import type { Colors } from '../colors';
import { paint, quote } from './aligned';

const NAME_WIDTH = 'transpose'.length + 1;

/** The position of a transposition's partner: the first index past its gap of deletes/inserts. */
function partner(ops: readonly Editop[], i: number): { srcPos: number; destPos: number } {
  const first = ops[i]!;
  let srcPos = first.srcPos + 1;
  let destPos = first.destPos + 1;
  let k = i + 1;
  while (ops[k]?.type === 'delete' && ops[k]!.srcPos === srcPos && ops[k]!.destPos === first.destPos + 1) {
    srcPos++;
    k++;
  }
  while (ops[k]?.type === 'insert' && ops[k]!.srcPos === srcPos && ops[k]!.destPos === destPos) {
    destPos++;
    k++;
  }
  return { srcPos, destPos };
}

export function opsList(ops: readonly Editop[], src: readonly string[], dest: readonly string[], c: Colors): string[] {
  return ops.map((op, i) => {
    const name = paint(c, op.type, op.type.padEnd(NAME_WIDTH));
    const s = `src[${op.srcPos}] ${quote(src[op.srcPos])}`;
    const d = `dest[${op.destPos}] ${quote(dest[op.destPos])}`;
    switch (op.type) {
      case 'insert':
        return `${name}${d} before src[${op.srcPos}]`;
      case 'delete':
        return `${name}${s}`;
      case 'replace':
        return `${name}${s} -> ${d}`;
      case 'transpose': {
        const other = partner(ops, i);
        const s2 = `src[${other.srcPos}] ${quote(src[other.srcPos])}`;
        const d2 = `dest[${other.destPos}] ${quote(dest[other.destPos])}`;
        return `${name}${s}, ${s2} -> ${d}, ${d2}`;
      }
    }
  });
}
