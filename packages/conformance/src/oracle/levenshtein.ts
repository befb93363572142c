/**
 * Naive Levenshtein oracle: the full O(n*m) matrix of Wagner-Fischer, and the canonical backtrace
 * that docs/semantics.md specifies, written from the definition rather than from the core's bit
 * vectors. Slow and obvious on purpose.
 */
import type { Editop } from '@editops/core';

export interface OracleResult {
  readonly distance: number;
  readonly editops: Editop[];
}

function commonSuffixLength<T>(a: readonly T[], b: readonly T[]): number {
  let k = 0;
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  return k;
}

function commonPrefixLength<T>(a: readonly T[], b: readonly T[], limitA: number, limitB: number): number {
  let k = 0;
  while (k < limitA && k < limitB && a[k] === b[k]) k++;
  return k;
}

export function levenshteinMatrix<T>(a: readonly T[], b: readonly T[]): number[][] {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    d.push(new Array<number>(b.length + 1).fill(0));
    d[i]![0] = i;
  }
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
    }
  }
  return d;
}

/**
 * The canonical script: trim the common suffix, then the common prefix; on what remains walk back
 * from the bottom-right cell preferring match, then replace, then delete, then insert.
 */
export function levenshteinOracle<T>(a: readonly T[], b: readonly T[]): OracleResult {
  const suffix = commonSuffixLength(a, b);
  const prefix = commonPrefixLength(a, b, a.length - suffix, b.length - suffix);
  const coreA = a.slice(prefix, a.length - suffix);
  const coreB = b.slice(prefix, b.length - suffix);
  const d = levenshteinMatrix(coreA, coreB);
  const reversed: Editop[] = [];
  let i = coreA.length;
  let j = coreB.length;
  while (i > 0 || j > 0) {
    const here = d[i]![j]!;
    if (i > 0 && j > 0 && coreA[i - 1] === coreB[j - 1]) {
      i--;
      j--;
    } else if (i > 0 && j > 0 && d[i - 1]![j - 1] === here - 1) {
      reversed.push({ type: 'replace', srcPos: prefix + i - 1, destPos: prefix + j - 1 });
      i--;
      j--;
    } else if (i > 0 && d[i - 1]![j] === here - 1) {
      reversed.push({ type: 'delete', srcPos: prefix + i - 1, destPos: prefix + j });
      i--;
    } else {
      reversed.push({ type: 'insert', srcPos: prefix + i, destPos: prefix + j - 1 });
      j--;
    }
  }
  return { distance: d[coreA.length]![coreB.length]!, editops: reversed.reverse() };
}
