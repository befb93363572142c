/**
 * Seeded generators: English-like sentences and texts, and random edits applied to them.
 * Everything works on code points (strings are split with Array.from), the unit editops compares.
 */
import { proseWord } from './corpus.mjs';

/** The code points of a string, as one-character strings. */
export const codePoints = (text) => Array.from(text);

/** Number of code points in a string. */
export function codePointLength(text) {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** First `n` code points of a string. */
export function codePointPrefix(text, n) {
  return codePoints(text).slice(0, n).join('');
}

/** One sentence of at least `minLength` code points: capitalised, words, a full stop. */
export function sentence(rng, minLength) {
  const parts = [];
  let length = 0;
  while (length < minLength - 1) {
    const word = proseWord(rng);
    parts.push(word);
    length += codePointLength(word) + 1;
    if (parts.length > 3 && rng.float() < 0.06) parts[parts.length - 1] += ',';
  }
  const first = parts[0];
  parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${parts.join(' ')}.`;
}

/** A text of exactly `length` code points: sentences of varied length, paragraphs. */
export function text(rng, length) {
  const out = [];
  let total = 0;
  let inParagraph = 0;
  while (total < length) {
    const s = sentence(rng, rng.between(40, 160));
    const sep = inParagraph >= rng.between(3, 7) ? '\n\n' : ' ';
    inParagraph = sep === ' ' ? inParagraph + 1 : 0;
    const piece = out.length === 0 ? s : sep + s;
    out.push(piece);
    total += codePointLength(piece);
  }
  return codePoints(out.join('')).slice(0, length).join('');
}

/**
 * @typedef {{ insert?: number, delete?: number, replace?: number, transpose?: number }} EditWeights
 * Relative weights of the random edit kinds.
 */
const DEFAULT_WEIGHTS = { insert: 1, delete: 1, replace: 1, transpose: 0 };

function pickKind(rng, weights) {
  const entries = Object.entries({ ...DEFAULT_WEIGHTS, ...weights }).filter(([, w]) => w > 0);
  const sum = entries.reduce((s, [, w]) => s + w, 0);
  let x = rng.float() * sum;
  for (const [kind, w] of entries) {
    x -= w;
    if (x < 0) return kind;
  }
  return entries[entries.length - 1][0];
}

/**
 * Applies `count` random edits at distinct random positions of `source`, in one left-to-right
 * pass (so 5% edits on 100k code points stays linear). Inserted and replacing characters come
 * from `alphabet` (by default the source's own code points, so edits look like typos).
 * @param {import('./prng.mjs').Rng} rng
 * @param {string} source
 * @param {number} count
 * @param {EditWeights} [weights]
 * @param {string[]} [alphabet]
 */
export function mutate(rng, source, count, weights = {}, alphabet) {
  const src = codePoints(source);
  const letters = alphabet ?? [...new Set(src)];
  if (letters.length < 2) letters.push('x', 'y');
  const n = src.length;
  const target = Math.min(count, n);
  const positions = new Set();
  while (positions.size < target) positions.add(rng.int(n + 1));
  const sorted = [...positions].sort((x, y) => x - y);

  const out = [];
  let i = 0;
  const other = (c) => {
    let r = rng.pick(letters);
    while (r === c) r = rng.pick(letters);
    return r;
  };
  for (const pos of sorted) {
    if (pos < i) continue; // consumed by a transposition just before
    while (i < pos) out.push(src[i++]);
    const kind = i >= n ? 'insert' : pickKind(rng, weights);
    if (kind === 'insert') {
      out.push(rng.pick(letters));
    } else if (kind === 'delete') {
      i++;
    } else if (kind === 'replace') {
      out.push(other(src[i++]));
    } else if (i + 1 < n && src[i] !== src[i + 1]) {
      out.push(src[i + 1], src[i]);
      i += 2;
    } else {
      out.push(other(src[i++]));
    }
  }
  while (i < n) out.push(src[i++]);
  return out.join('');
}

/** Splits a text into word tokens, keeping the whitespace/punctuation runs as tokens too. */
export function tokenize(value) {
  return value.match(/\p{L}+|[^\p{L}]+/gu) ?? [];
}

/** Word-level edits: replaces, deletes and inserts whole words in a token array. */
export function mutateTokens(rng, tokens, count) {
  const out = tokens.slice();
  for (let k = 0; k < count && out.length > 0; k++) {
    const at = rng.int(out.length);
    const kind = rng.int(3);
    if (kind === 0) out[at] = proseWord(rng);
    else if (kind === 1) out.splice(at, 1);
    else out.splice(at, 0, proseWord(rng), ' ');
  }
  return out;
}
