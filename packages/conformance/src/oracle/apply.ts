/**
 * Applying an edit script by its definition, independently of Editops.apply, so the suite can
 * check both the core's scripts and the Editops class against it.
 */
import type { Editop } from '@editops/core';

export function applyEditops<T>(src: readonly T[], dest: readonly T[], ops: readonly Editop[]): T[] {
  const out: T[] = [];
  let s = 0;
  for (const op of ops) {
    while (s < op.srcPos) out.push(src[s++]!);
    switch (op.type) {
      case 'insert':
        out.push(dest[op.destPos]!);
        break;
      case 'delete':
        s++;
        break;
      case 'replace':
        out.push(dest[op.destPos]!);
        s++;
        break;
      case 'transpose':
        out.push(dest[op.destPos]!, dest[op.destPos + 1]!);
        s += 2;
        break;
    }
  }
  while (s < src.length) out.push(src[s++]!);
  return out;
}

/** The cost of a script under unit weights: one per op. */
export function scriptCost(ops: readonly Editop[]): number {
  return ops.length;
}

/** True when ops are in forward order: by srcPos, then destPos, each strictly after the last. */
export function isForwardOrder(ops: readonly Editop[]): boolean {
  for (let k = 1; k < ops.length; k++) {
    const prev = ops[k - 1]!;
    const op = ops[k]!;
    if (op.srcPos < prev.srcPos || op.destPos < prev.destPos) return false;
    if (op.srcPos === prev.srcPos && op.destPos === prev.destPos) return false;
  }
  return true;
}
