/**
 * Applying an edit script by its definition, independently of Editops.apply, so the suite can
 * check both the core's scripts and the Editops class against it.
 */
import type { Editop } from '@editops/core';

/**
 * A transposition block is [transpose s d] followed by the deletes [s+t, d+1] and then the
 * inserts [s+x+1, d+t] that sit between the swapped pair (docs/semantics.md).
 */
export function applyEditops<T>(src: readonly T[], dest: readonly T[], ops: readonly Editop[]): T[] {
  const out: T[] = [];
  let s = 0;
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k]!;
    while (s < op.srcPos) out.push(src[s++]!);
    if (op.type === 'insert') out.push(dest[op.destPos]!);
    else if (op.type === 'delete') s++;
    else if (op.type === 'replace') {
      out.push(dest[op.destPos]!);
      s++;
    } else {
      let deleted = 0;
      while (ops[k + 1]?.type === 'delete' && ops[k + 1]!.srcPos === op.srcPos + 1 + deleted && ops[k + 1]!.destPos === op.destPos + 1) {
        deleted++;
        k++;
      }
      let inserted = 0;
      while (ops[k + 1]?.type === 'insert' && ops[k + 1]!.srcPos === op.srcPos + 1 + deleted && ops[k + 1]!.destPos === op.destPos + 1 + inserted) {
        inserted++;
        k++;
      }
      // dest[d .. d+inserted+1] is the swapped pair with the inserted run between.
      for (let t = 0; t <= inserted + 1; t++) out.push(dest[op.destPos + t]!);
      s += deleted + 2;
    }
  }
  while (s < src.length) out.push(src[s++]!);
  return out;
}

/** The cost of a script: one per op, or the op's weight for weighted levenshtein. */
export function scriptCost(ops: readonly Editop[], weights: { insert?: number; delete?: number; replace?: number } = {}): number {
  let cost = 0;
  for (const op of ops) {
    if (op.type === 'insert') cost += weights.insert ?? 1;
    else if (op.type === 'delete') cost += weights.delete ?? 1;
    else if (op.type === 'replace') cost += weights.replace ?? 1;
    else cost += 1;
  }
  return cost;
}

/** True when ops are in forward order: srcPos and destPos never go back, and no two ops share both. */
export function isForwardOrder(ops: readonly Editop[]): boolean {
  for (let k = 1; k < ops.length; k++) {
    const prev = ops[k - 1]!;
    const op = ops[k]!;
    if (op.srcPos < prev.srcPos || op.destPos < prev.destPos) return false;
    if (op.srcPos === prev.srcPos && op.destPos === prev.destPos) return false;
  }
  return true;
}
