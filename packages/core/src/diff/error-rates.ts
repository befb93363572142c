/**
 * Word and character error rates of speech-recognition (or OCR) output against a reference,
 * with jiwer's definitions. Each reference/hypothesis pair is aligned by a Levenshtein alignment
 * (unit costs); the counts are summed over the corpus, and the rates computed from the sums:
 *
 *   H hits, S substitutions, D deletions, I insertions; N = H + S + D reference words,
 *   P = H + S + I hypothesis words.
 *   wer = (S + D + I) / N          mer = (S + D + I) / (N + I)
 *   wip = (H / N) * (H / P)        wil = 1 - wip          cer = wer over characters
 *
 * Several minimal alignments can split the same distance differently (a substitution pair or a
 * deletion plus an insertion). editops takes the one with the most hits, which fixes every count:
 * with distance E, S = N + P - 2H - E, D = N - H - S, I = P - H - S.
 */
import { argumentTypeError } from '../errors';
import { checkOptions } from './check-text';

/** What errorRates compares: 'word' (words split at white space) or 'char' (code points). */
export type ErrorRateUnit = 'word' | 'char';

/** Options of errorRates. */
export interface ErrorRateOptions {
  /** 'word' (default): words split at white space; 'char': code points, white space included. */
  readonly unit?: ErrorRateUnit;
}

/**
 * What errorRates returns: the rates, and the counts summed over all pairs (in words, or in
 * characters with unit 'char').
 */
export interface ErrorRates {
  /** Word error rate (over characters with unit 'char'): (substitutions + deletions + insertions) / referenceLength; can exceed 1. */
  readonly wer: number;
  /** Match error rate: (substitutions + deletions + insertions) / (referenceLength + insertions), from 0 to 1. */
  readonly mer: number;
  /** Word information lost: 1 - wip, from 0 to 1. */
  readonly wil: number;
  /** Word information preserved: (hits / referenceLength) * (hits / hypothesisLength); 0 when the hypotheses are empty. */
  readonly wip: number;
  /** The character error rate: wer computed over characters (equal to wer with unit 'char'). */
  readonly cer: number;
  /** Reference words (or characters) the alignment matches to equal hypothesis ones. */
  readonly hits: number;
  /** Reference words (or characters) the alignment pairs with a different hypothesis one. */
  readonly substitutions: number;
  /** Reference words (or characters) with no hypothesis counterpart. */
  readonly deletions: number;
  /** Hypothesis words (or characters) with no reference counterpart. */
  readonly insertions: number;
  /** Words (or characters) in the references, N = hits + substitutions + deletions. */
  readonly referenceLength: number;
  /** Words (or characters) in the hypotheses, hits + substitutions + insertions. */
  readonly hypothesisLength: number;
}

interface Counts {
  hits: number;
  substitutions: number;
  deletions: number;
  insertions: number;
}

/** Splits as jiwer's default transforms do: words at white space; characters of the stripped text. */
function elements(text: string, unit: ErrorRateUnit, interner: Map<string, number>): Int32Array {
  if (unit === 'char') return Int32Array.from(Array.from(text.trim(), (ch) => ch.codePointAt(0)!));
  const words = text.split(/\s+/u).filter((word) => word !== '');
  return Int32Array.from(words, (word) => {
    let id = interner.get(word);
    if (id === undefined) interner.set(word, (id = interner.size));
    return id;
  });
}

/**
 * The counts of one pair: a dynamic program over (distance, hits) pairs, fewest edits first,
 * most hits on a tie, one row at a time (memory O(|hypothesis|)).
 */
function alignCounts(ref: Int32Array, hyp: Int32Array, into: Counts): void {
  const n = ref.length;
  const p = hyp.length;
  const cost = new Int32Array(p + 1);
  const hits = new Int32Array(p + 1);
  for (let j = 0; j <= p; j++) cost[j] = j;
  for (let i = 1; i <= n; i++) {
    let diagonalCost = cost[0]!;
    let diagonalHits = hits[0]!;
    cost[0] = i;
    hits[0] = 0;
    const r = ref[i - 1];
    for (let j = 1; j <= p; j++) {
      const match = r === hyp[j - 1];
      // Three ways into cell (i, j): diagonal (hit or substitution), from above (deletion), from
      // the left (insertion).
      let bestCost = diagonalCost + (match ? 0 : 1);
      let bestHits = diagonalHits + (match ? 1 : 0);
      const upCost = cost[j]! + 1;
      const upHits = hits[j]!;
      if (upCost < bestCost || (upCost === bestCost && upHits > bestHits)) {
        bestCost = upCost;
        bestHits = upHits;
      }
      const leftCost = cost[j - 1]! + 1;
      const leftHits = hits[j - 1]!;
      if (leftCost < bestCost || (leftCost === bestCost && leftHits > bestHits)) {
        bestCost = leftCost;
        bestHits = leftHits;
      }
      diagonalCost = cost[j]!;
      diagonalHits = hits[j]!;
      cost[j] = bestCost;
      hits[j] = bestHits;
    }
  }
  const distance = cost[p]!;
  const h = hits[p]!;
  const s = n + p - 2 * h - distance;
  into.hits += h;
  into.substitutions += s;
  into.deletions += n - h - s;
  into.insertions += p - h - s;
}

function texts(name: string, value: unknown): readonly string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) throw argumentTypeError(name, 'a string or an array of strings', value);
  value.forEach((item, i) => {
    if (typeof item !== 'string') throw argumentTypeError(`${name}[${i}]`, 'a string', item);
  });
  return value as string[];
}

/**
 * Error rates of hypotheses against references, for one pair or a whole corpus (the counts of
 * all pairs are summed before the rates are computed, as jiwer does).
 *
 * @param references - The reference text, or one per utterance.
 * @param hypotheses - The hypothesis text, or one per utterance (as many as references).
 * @param options - `unit`: 'word' (default; words split at white space) or 'char' (code points of
 *   each text with leading and trailing white space removed).
 * @returns wer, mer, wil, wip and cer, the hits, substitutions, deletions and insertions, and the
 *   reference and hypothesis lengths. With unit 'char' every rate is over characters.
 * @throws {TypeError} When an argument is not a string or an array of strings, or unit is unknown.
 * @throws {RangeError} When the arrays differ in length, or the references hold no word at all.
 * @example
 * errorRates('hello world', 'hello duck');
 * // { wer: 0.5, mer: 0.5, wil: 0.75, wip: 0.25, cer: 5 / 11, hits: 1, substitutions: 1,
 * //   deletions: 0, insertions: 0, referenceLength: 2, hypothesisLength: 2 }
 */
export function errorRates(
  references: string | readonly string[],
  hypotheses: string | readonly string[],
  options?: ErrorRateOptions,
): ErrorRates {
  const refs = texts('references', references);
  const hyps = texts('hypotheses', hypotheses);
  if (refs.length !== hyps.length) {
    throw new RangeError(`editops: references and hypotheses must have the same length, got ${refs.length} and ${hyps.length}`);
  }
  const { unit = 'word' } = checkOptions<ErrorRateOptions>('options', options);
  if (unit !== 'word' && unit !== 'char') throw argumentTypeError('options.unit', "'word' or 'char'", unit);
  const count = (by: ErrorRateUnit): Counts => {
    const totals: Counts = { hits: 0, substitutions: 0, deletions: 0, insertions: 0 };
    const interner = new Map<string, number>();
    refs.forEach((ref, i) => alignCounts(elements(ref, by, interner), elements(hyps[i]!, by, interner), totals));
    return totals;
  };
  const counts = count(unit);
  const { hits: H, substitutions: S, deletions: D, insertions: I } = counts;
  const N = H + S + D;
  const P = H + S + I;
  if (N === 0) {
    throw new RangeError(`editops: references must hold at least one ${unit === 'word' ? 'word' : 'character'}, got none`);
  }
  const wer = (S + D + I) / N;
  const wip = P > 0 ? (H / N) * (H / P) : 0;
  let cer = wer;
  if (unit === 'word') {
    const chars = count('char');
    const chN = chars.hits + chars.substitutions + chars.deletions;
    cer = chN > 0 ? (chars.substitutions + chars.deletions + chars.insertions) / chN : 0;
  }
  return {
    wer,
    mer: (S + D + I) / (N + I),
    wil: 1 - wip,
    wip,
    cer,
    ...counts,
    referenceLength: N,
    hypothesisLength: P,
  };
}
