/**
 * Naive oracle of search / searchBest, from the definition in docs/semantics.md ("Search"): the
 * full semi-global DP for D(j), runs of consecutive ends within k, and in each run the window of
 * lowest distance, then leftmost start, then shortest, found by trying every window that can
 * have that distance. Scripts come
 * from the metrics oracle. O(n^2 m) and more: small inputs only.
 */
import type { Editop } from '@editops/core';
import { oracleDistance, oracleEditops } from './metrics';

export type SearchOracleMetric = 'levenshtein' | 'indel' | 'osa';

export interface OracleSearchOptions {
  readonly maxDistance?: number;
  readonly mode?: 'infix' | 'prefix';
  readonly metric?: SearchOracleMetric;
  readonly limit?: number;
}

export interface OracleMatch {
  readonly start: number;
  readonly end: number;
  readonly distance: number;
  readonly editops: Editop[];
}

/**
 * D(j) for j = 0..n: the least distance of a window ending at j, from one semi-global DP whose
 * row 0 is 0 (infix: a window may start anywhere) or j (prefix).
 */
export function endDistances<T>(pattern: readonly T[], text: readonly T[], options: OracleSearchOptions): number[] {
  const metric = options.metric ?? 'levenshtein';
  const replace = metric === 'indel' ? 2 : 1;
  const m = pattern.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => [i]);
  for (let j = 1; j <= text.length; j++) {
    d[0]![j] = options.mode === 'prefix' ? j : 0;
    for (let i = 1; i <= m; i++) {
      let best = Math.min(d[i - 1]![j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : replace), d[i - 1]![j]! + 1, d[i]![j - 1]! + 1);
      if (metric === 'osa' && i > 1 && j > 1 && pattern[i - 1] === text[j - 2] && pattern[i - 2] === text[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[m]!;
}

function leftmostStart<T>(pattern: readonly T[], text: readonly T[], end: number, distance: number, options: OracleSearchOptions): number {
  if (options.mode === 'prefix') return 0;
  // A window longer than m + distance costs more than distance (every extra element is an edit).
  for (let s = Math.max(0, end - pattern.length - distance); s <= end; s++) {
    if (oracleDistance(pattern, text.slice(s, end), { metric: options.metric ?? 'levenshtein' }) === distance) return s;
  }
  throw new Error('unreachable: no window has D(end)');
}

function matchOf<T>(pattern: readonly T[], text: readonly T[], start: number, end: number, distance: number, options: OracleSearchOptions): OracleMatch {
  return { start, end, distance, editops: oracleEditops(pattern, text.slice(start, end), { metric: options.metric ?? 'levenshtein' }) };
}

export function oracleSearch<T>(pattern: readonly T[], text: readonly T[], options: OracleSearchOptions): OracleMatch[] {
  const k = options.maxDistance ?? Infinity;
  const d = endDistances(pattern, text, options);
  const out: OracleMatch[] = [];
  for (let j = 0; j <= text.length && out.length < (options.limit ?? Infinity); ) {
    if (d[j]! > k) {
      j++;
      continue;
    }
    let last = j;
    while (last + 1 <= text.length && d[last + 1]! <= k) last++;
    const least = Math.min(...d.slice(j, last + 1));
    let best: [number, number] | undefined;
    for (let e = j; e <= last; e++) {
      if (d[e] !== least) continue;
      const s = leftmostStart(pattern, text, e, least, options);
      if (best === undefined || s < best[0]) best = [s, e];
    }
    out.push(matchOf(pattern, text, best![0], best![1], least, options));
    j = last + 1;
  }
  return out;
}

export function oracleSearchBest<T>(pattern: readonly T[], text: readonly T[], options: OracleSearchOptions): (OracleMatch & { ends: number[] }) | undefined {
  const d = endDistances(pattern, text, options);
  const least = Math.min(...d);
  if (least > (options.maxDistance ?? Infinity)) return undefined;
  const ends = d.flatMap((value, j) => (value === least ? [j] : []));
  const start = leftmostStart(pattern, text, ends[0]!, least, options);
  return { ...matchOf(pattern, text, start, ends[0]!, least, options), ends };
}
