/**
 * Naive oracles for the fuzzy metrics and scores (docs/semantics.md, "Fuzzy matching"), written
 * from RapidFuzz's definitions with no shortcut: a full LCS table, the O(n*m) textbook Jaro,
 * partial_ratio over every window, the token scores on real joined sequences. Elements are
 * compared with ===; a "space" is an element that is one of Python's str.isspace() code points.
 * Every cutoff is applied at the end.
 */

export type Elements = readonly unknown[];

const cut = (score: number, cutoff: number): number => (score >= cutoff ? score : 0);

export function lcsLength(a: Elements, b: Elements): number {
  const L = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      L[i]![j] = a[i - 1] === b[j - 1] ? L[i - 1]![j - 1]! + 1 : Math.max(L[i - 1]![j]!, L[i]![j - 1]!);
    }
  }
  return L[a.length]![b.length]!;
}

const indel = (a: Elements, b: Elements): number => a.length + b.length - 2 * lcsLength(a, b);

export function prefixLength(a: Elements, b: Elements): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

export const postfixLength = (a: Elements, b: Elements): number => prefixLength([...a].reverse(), [...b].reverse());

export function jaro(a: Elements, b: Elements, cutoff = 0): number {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return 0;
  if (n === 1 && m === 1) return cut(a[0] === b[0] ? 1 : 0, cutoff);
  const bound = Math.floor(Math.max(n, m) / 2) - 1;
  const takenA = new Array<boolean>(n).fill(false);
  const takenB = new Array<boolean>(m).fill(false);
  let common = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      if (Math.abs(i - j) <= bound && !takenB[j] && a[i] === b[j]) {
        takenA[i] = takenB[j] = true;
        common++;
        break;
      }
    }
  }
  if (common === 0) return 0;
  const matchedB = b.filter((_, j) => takenB[j]);
  const transpositions = a.filter((_, i) => takenA[i]).filter((x, k) => x !== matchedB[k]).length;
  let sim = 0;
  sim += common / n;
  sim += common / m;
  sim += (common - Math.floor(transpositions / 2)) / common;
  return cut(sim / 3, cutoff);
}

export function jaroWinkler(a: Elements, b: Elements, prefixWeight = 0.1, cutoff = 0): number {
  const prefix = Math.min(prefixLength(a, b), 4);
  let sim = jaro(a, b);
  if (sim > 0.7) sim += prefix * prefixWeight * (1 - sim);
  return cut(sim, cutoff);
}

function ratioRaw(a: Elements, b: Elements): number {
  const lensum = a.length + b.length;
  return lensum === 0 ? 100 : (1 - indel(a, b) / lensum) * 100;
}

export const ratio = (a: Elements, b: Elements, cutoff = 0): number => cut(ratioRaw(a, b), cutoff);

export interface Alignment {
  score: number;
  srcStart: number;
  srcEnd: number;
  destStart: number;
  destEnd: number;
}

/** Every window in RapidFuzz's order; the best fraction strictly above the best so far wins. */
function windows(needle: Elements, text: Elements): Alignment {
  const n = needle.length;
  const m = text.length;
  const best: Alignment = { score: 0, srcStart: 0, srcEnd: n, destStart: 0, destEnd: n };
  if (n === 0) return best;
  const order: [number, number][] = [];
  for (let i = 1; i < n; i++) order.push([0, i]);
  for (let p = 0; p + n <= m; p++) order.push([p, p + n]);
  for (let i = m - n + 1; i < m; i++) order.push([i, m]);
  for (const [start, end] of order) {
    const w = text.slice(start, end);
    const sim = 1 - indel(needle, w) / (n + w.length);
    if (sim > best.score) Object.assign(best, { score: sim, destStart: start, destEnd: end });
  }
  best.score *= 100;
  return best;
}

const swapped = (r: Alignment): Alignment => ({
  score: r.score,
  srcStart: r.destStart,
  srcEnd: r.destEnd,
  destStart: r.srcStart,
  destEnd: r.srcEnd,
});

export function partialRatioAlignment(a: Elements, b: Elements, cutoff = 0): Alignment | null {
  if (a.length === 0 && b.length === 0) return cutoff <= 100 ? { score: 100, srcStart: 0, srcEnd: 0, destStart: 0, destEnd: 0 } : null;
  const aShorter = a.length <= b.length;
  let res = aShorter ? windows(a, b) : windows(b, a);
  if (res.score !== 100 && a.length === b.length) {
    const other = windows(b, a);
    if (other.score > res.score) res = swapped(other);
  }
  if (res.score < cutoff) return null;
  return aShorter ? res : swapped(res);
}

export const partialRatio = (a: Elements, b: Elements, cutoff = 0): number => partialRatioAlignment(a, b, cutoff)?.score ?? 0;

const SPACES = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
  0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);
const isSpace = (x: unknown): boolean => typeof x === 'string' && [...x].length === 1 && SPACES.has(x.codePointAt(0)!);

/** Python's str.split(). */
export function splitWords(s: Elements): unknown[][] {
  const words: unknown[][] = [[]];
  for (const x of s) {
    if (isSpace(x)) words.push([]);
    else words[words.length - 1]!.push(x);
  }
  return words.filter((w) => w.length > 0);
}

/** Words compare element by element by code point (elements are one-code-point strings). */
function compareWords(x: readonly unknown[], y: readonly unknown[]): number {
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const cx = String(x[i]).codePointAt(0)!;
    const cy = String(y[i]).codePointAt(0)!;
    if (cx !== cy) return cx - cy;
  }
  return x.length - y.length;
}

const join = (words: readonly (readonly unknown[])[]): unknown[] => words.flatMap((w, k) => (k === 0 ? [...w] : [' ', ...w]));
const sortedJoined = (s: Elements): unknown[] => join(splitWords(s).sort(compareWords));

function wordSets(a: Elements, b: Elements) {
  const key = (w: readonly unknown[]) => JSON.stringify(w);
  const distinct = (words: unknown[][]) => [...new Map(words.map((w) => [key(w), w])).values()].sort(compareWords);
  const wa = distinct(splitWords(a));
  const wb = distinct(splitWords(b));
  const ka = new Set(wa.map(key));
  const kb = new Set(wb.map(key));
  return {
    aEmpty: wa.length === 0,
    bEmpty: wb.length === 0,
    common: wa.filter((w) => kb.has(key(w))),
    onlyA: wa.filter((w) => !kb.has(key(w))),
    onlyB: wb.filter((w) => !ka.has(key(w))),
  };
}

export const tokenSortRatio = (a: Elements, b: Elements, cutoff = 0): number => ratio(sortedJoined(a), sortedJoined(b), cutoff);
export const partialTokenSortRatio = (a: Elements, b: Elements, cutoff = 0): number =>
  partialRatio(sortedJoined(a), sortedJoined(b), cutoff);

/** FuzzyWuzzy's definition on real sequences: the best of the three ratios, as 100 - 100 d / L. */
export function tokenSetRatio(a: Elements, b: Elements, cutoff = 0): number {
  if (cutoff > 100) return 0;
  const s = wordSets(a, b);
  if (s.aEmpty || s.bEmpty) return 0;
  const sect = join(s.common);
  const diffAB = join(s.onlyA);
  const diffBA = join(s.onlyB);
  if (sect.length > 0 && (diffAB.length === 0 || diffBA.length === 0)) return 100;
  const sep = sect.length > 0 ? [' '] : [];
  const sectAB = [...sect, ...sep, ...diffAB];
  const sectBA = [...sect, ...sep, ...diffBA];
  const score = (x: Elements, y: Elements) => 100 - (100 * indel(x, y)) / (x.length + y.length);
  let best = score(sectAB, sectBA);
  if (sect.length > 0) best = Math.max(best, score(sect, sectAB), score(sect, sectBA));
  return cut(best, cutoff);
}

export const tokenRatio = (a: Elements, b: Elements, cutoff = 0): number =>
  cutoff > 100 ? 0 : cut(Math.max(tokenSetRatio(a, b), tokenSortRatio(a, b)), cutoff);

export function partialTokenSetRatio(a: Elements, b: Elements, cutoff = 0): number {
  if (cutoff > 100) return 0;
  const s = wordSets(a, b);
  if (s.aEmpty || s.bEmpty) return 0;
  if (s.common.length > 0) return 100;
  return partialRatio(join(s.onlyA), join(s.onlyB), cutoff);
}

export function partialTokenRatio(a: Elements, b: Elements, cutoff = 0): number {
  if (cutoff > 100) return 0;
  const s = wordSets(a, b);
  if (s.common.length > 0) return 100;
  return cut(Math.max(partialRatio(sortedJoined(a), sortedJoined(b)), partialRatio(join(s.onlyA), join(s.onlyB))), cutoff);
}

export function WRatio(a: Elements, b: Elements, cutoff = 0): number {
  if (a.length === 0 || b.length === 0) return 0;
  const lenRatio = a.length > b.length ? a.length / b.length : b.length / a.length;
  const r = ratio(a, b);
  if (lenRatio < 1.5) return cut(Math.max(r, tokenRatio(a, b) * 0.95), cutoff);
  const scale = lenRatio < 8 ? 0.9 : 0.6;
  return cut(Math.max(r, partialRatio(a, b) * scale, partialTokenRatio(a, b) * 0.95 * scale), cutoff);
}

export const QRatio = (a: Elements, b: Elements, cutoff = 0): number => (a.length === 0 || b.length === 0 ? 0 : ratio(a, b, cutoff));

/** The scores by their exported names, for tables and property tests. */
export const oracleScores = {
  ratio,
  partialRatio,
  tokenSortRatio,
  tokenSetRatio,
  tokenRatio,
  partialTokenSortRatio,
  partialTokenSetRatio,
  partialTokenRatio,
  WRatio,
  QRatio,
} as const;
export type ScoreName = keyof typeof oracleScores;

/** The metrics as normalized similarities (0..1). */
export const oracleNormalizedSimilarity = {
  lcsseq: (a: Elements, b: Elements) => (Math.max(a.length, b.length) === 0 ? 1 : lcsLength(a, b) / Math.max(a.length, b.length)),
  prefix: (a: Elements, b: Elements) => (Math.max(a.length, b.length) === 0 ? 1 : prefixLength(a, b) / Math.max(a.length, b.length)),
  postfix: (a: Elements, b: Elements) => (Math.max(a.length, b.length) === 0 ? 1 : postfixLength(a, b) / Math.max(a.length, b.length)),
  jaro: (a: Elements, b: Elements) => jaro(a, b),
  jaroWinkler: (a: Elements, b: Elements) => jaroWinkler(a, b),
} as const;
