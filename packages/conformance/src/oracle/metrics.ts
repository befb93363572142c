/**
 * Naive oracles for every metric, written from the definitions: full dynamic-programming tables,
 * no bit tricks, no trimming for the distance. The canonical script (docs/semantics.md) trims the
 * common suffix, then the common prefix (except hamming), and walks back from the end taking the
 * first move that applies, in the order each metric lists. Slow and obvious on purpose.
 */
import type { Editop, Metric } from '@editops/core';

export interface OracleOptions {
  readonly metric?: Metric;
  readonly weights?: { insert?: number; delete?: number; replace?: number };
}

type Table = number[][];

function table(n: number, m: number): Table {
  return Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
}

function weightsOf(options: OracleOptions) {
  return { ins: options.weights?.insert ?? 1, del: options.weights?.delete ?? 1, rep: options.weights?.replace ?? 1 };
}

/** The full DP table of a metric (all but hamming). */
function dpTable<T>(a: readonly T[], b: readonly T[], options: OracleOptions): Table {
  const metric = options.metric ?? 'levenshtein';
  const { ins, del, rep } = metric === 'levenshtein' ? weightsOf(options) : { ins: 1, del: 1, rep: 1 };
  const n = a.length;
  const m = b.length;
  const d = table(n, m);
  for (let i = 0; i <= n; i++) d[i]![0] = i * del;
  for (let j = 0; j <= m; j++) d[0]![j] = j * ins;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const equal = a[i - 1] === b[j - 1];
      let best = Math.min(d[i - 1]![j]! + del, d[i]![j - 1]! + ins);
      if (equal) best = Math.min(best, d[i - 1]![j - 1]!);
      else if (metric !== 'indel') best = Math.min(best, d[i - 1]![j - 1]! + rep);
      if (metric === 'osa' && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      if (metric === 'damerau') {
        // Lowrance-Wagner, by definition: any earlier pair a[k-1] == b[j-1], b[l-1] == a[i-1].
        for (let k = 1; k < i; k++) {
          if (a[k - 1] !== b[j - 1]) continue;
          for (let l = 1; l < j; l++) {
            if (b[l - 1] === a[i - 1]) best = Math.min(best, d[k - 1]![l - 1]! + (i - k - 1) + 1 + (j - l - 1));
          }
        }
      }
      d[i]![j] = best;
    }
  }
  return d;
}

function hammingDistance<T>(a: readonly T[], b: readonly T[]): number {
  let distance = Math.abs(a.length - b.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) distance++;
  return distance;
}

export function oracleDistance<T>(a: readonly T[], b: readonly T[], options: OracleOptions = {}): number {
  if ((options.metric ?? 'levenshtein') === 'hamming') return hammingDistance(a, b);
  return dpTable(a, b, options)[a.length]![b.length]!;
}

function hammingScript<T>(a: readonly T[], b: readonly T[]): Editop[] {
  const ops: Editop[] = [];
  const common = Math.min(a.length, b.length);
  for (let i = 0; i < common; i++) if (a[i] !== b[i]) ops.push({ type: 'replace', srcPos: i, destPos: i });
  for (let i = common; i < a.length; i++) ops.push({ type: 'delete', srcPos: i, destPos: b.length });
  for (let j = common; j < b.length; j++) ops.push({ type: 'insert', srcPos: a.length, destPos: j });
  return ops;
}

function lastIndexBefore<T>(values: readonly T[], before: number, wanted: T): number {
  for (let index = before - 1; index >= 1; index--) if (values[index - 1] === wanted) return index;
  return 0;
}

export function oracleEditops<T>(a: readonly T[], b: readonly T[], options: OracleOptions = {}): Editop[] {
  const metric = options.metric ?? 'levenshtein';
  if (metric === 'hamming') return hammingScript(a, b);
  const { ins, del, rep } = metric === 'levenshtein' ? weightsOf(options) : { ins: 1, del: 1, rep: 1 };

  let suffix = 0;
  while (suffix < a.length && suffix < b.length && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  let prefix = 0;
  while (prefix < a.length - suffix && prefix < b.length - suffix && a[prefix] === b[prefix]) prefix++;
  const x = a.slice(prefix, a.length - suffix);
  const y = b.slice(prefix, b.length - suffix);
  const d = dpTable(x, y, options);

  const reversed: Editop[] = [];
  const op = (type: Editop['type'], srcPos: number, destPos: number) =>
    reversed.push({ type, srcPos: prefix + srcPos, destPos: prefix + destPos });
  let i = x.length;
  let j = y.length;
  while (i > 0 || j > 0) {
    const here = d[i]![j]!;
    const diagonal = i > 0 && j > 0 ? d[i - 1]![j - 1]! : Infinity;
    if (i > 0 && j > 0 && x[i - 1] === y[j - 1] && diagonal === here) {
      i--;
      j--;
      continue;
    }
    if (metric === 'osa' && i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1] && d[i - 2]![j - 2]! + 1 === here) {
      op('transpose', i - 2, j - 2);
      i -= 2;
      j -= 2;
      continue;
    }
    if (metric === 'damerau' && i > 0 && j > 0) {
      const k = lastIndexBefore(x, i, y[j - 1]);
      const l = lastIndexBefore(y, j, x[i - 1]);
      if (k > 0 && l > 0 && d[k - 1]![l - 1]! + (i - k - 1) + 1 + (j - l - 1) === here) {
        // Pushed in reverse: inserts (last first), deletes (last first), then the transpose.
        for (let t = j - l - 1; t >= 1; t--) op('insert', i - 1, l - 1 + t);
        for (let t = i - k - 1; t >= 1; t--) op('delete', k - 1 + t, l);
        op('transpose', k - 1, l - 1);
        i = k - 1;
        j = l - 1;
        continue;
      }
    }
    if (metric !== 'indel' && i > 0 && j > 0 && x[i - 1] !== y[j - 1] && diagonal + rep === here) {
      op('replace', i - 1, j - 1);
      i--;
      j--;
    } else if (i > 0 && d[i - 1]![j]! + del === here) {
      op('delete', i - 1, j);
      i--;
    } else {
      op('insert', i, j - 1);
      j--;
    }
  }
  return reversed.reverse();
}
