/**
 * Tiny, obviously-correct JS answers for spot checks: full-matrix weighted Levenshtein (unit
 * weights by default), indel through an LCS table, and padded Hamming. Elements compare with ===.
 * Quadratic; the soak computes them once per pooled case, never per call.
 */
export interface JsWeights {
  readonly insert: number;
  readonly delete: number;
  readonly replace: number;
}

const UNIT: JsWeights = { insert: 1, delete: 1, replace: 1 };

export function jsLevenshtein(a: readonly unknown[], b: readonly unknown[], w: JsWeights = UNIT): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j * w.insert);
  for (let i = 1; i <= a.length; i++) {
    const row = [i * w.delete];
    for (let j = 1; j <= b.length; j++) {
      const diagonal = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : w.replace);
      row.push(Math.min(diagonal, previous[j]! + w.delete, row[j - 1]! + w.insert));
    }
    previous = row;
  }
  return previous[b.length]!;
}

export function jsIndel(a: readonly unknown[], b: readonly unknown[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = [0];
    for (let j = 1; j <= b.length; j++) {
      row.push(a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, row[j - 1]!));
    }
    previous = row;
  }
  return a.length + b.length - 2 * previous[b.length]!;
}

export function jsHamming(a: readonly unknown[], b: readonly unknown[]): number {
  let d = Math.abs(a.length - b.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) d += a[i] === b[i] ? 0 : 1;
  return d;
}
