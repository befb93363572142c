/**
 * Encoding a pattern and a text for one search call (the names in errors are `pattern` and
 * `text`), and cutting the text's windows back out as sequences of its own kind, for the
 * Editops of each match.
 */
import { argumentRangeError } from '../errors';
import { Interner, MAX_SEQUENCE_LENGTH, ScratchSequence } from '../sequence';
import { graphemes, kindOf, KIND_NAMES, type SequenceKind } from '../sequence-kind';
import type { Sequence, StringUnit } from '../types';
import { encodeWords, joinWords, words } from '../word-unit';

export interface EncodedSearch {
  readonly pattern: ScratchSequence;
  /** The text's symbols; empty when the text goes to the core as a string (`string` below). */
  readonly text: ScratchSequence;
  /**
   * A string text by code point or UTF-16 unit: it goes to the core as its UTF-16 units, decoded
   * there, instead of being encoded here (for a long text that encoding was most of a search).
   */
  readonly string: TextUnits | undefined;
  readonly kind: SequenceKind;
  /** text[start, end) in the text's own kind (a string for strings, in the call's unit). */
  window(start: number, end: number): Sequence;
}

function commonKind(pattern: unknown, text: unknown): SequenceKind {
  const p = kindOf('pattern', pattern);
  const t = kindOf('text', text);
  if (p === 'empty') return t === 'empty' ? 'tokens' : t;
  if (t === 'empty' || p === t) return p;
  throw new TypeError(`editops: pattern and text must be sequences of the same kind, got ${KIND_NAMES[p]} and ${KIND_NAMES[t]}`);
}

/**
 * UTF-16 index of a code point offset, walking from the last offset asked for: matches come in
 * text order, so the walks add up to about one pass over the text.
 */
export class CodePointCursor {
  #points = 0;
  #units = 0;
  constructor(readonly text: string) {}

  /** The number of code points in the text (a walk over it, which leaves the cursor alone). */
  pointCount(): number {
    const text = this.text;
    let points = 0;
    for (let i = 0; i < text.length; i++, points++) {
      if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) i++;
    }
    return points;
  }

  unitIndex(points: number): number {
    const text = this.text;
    while (this.#points < points) {
      const unit = text.charCodeAt(this.#units);
      this.#units += unit >= 0xd800 && unit <= 0xdbff && isLow(text.charCodeAt(this.#units + 1)) ? 2 : 1;
      this.#points++;
    }
    while (this.#points > points) {
      const unit = text.charCodeAt(this.#units - 1);
      this.#units -= unit >= 0xdc00 && unit <= 0xdfff && this.#units >= 2 && isHigh(text.charCodeAt(this.#units - 2)) ? 2 : 1;
      this.#points--;
    }
    return this.#units;
  }
}

/** A string text kept as UTF-16 units, with its offsets in symbols (code points or units). */
export class TextUnits {
  readonly byUnit: boolean;
  #length = -1;
  readonly #cursor: CodePointCursor;
  constructor(readonly text: string, unit: 'codepoint' | 'utf16') {
    this.byUnit = unit === 'utf16';
    this.#cursor = new CodePointCursor(text);
  }

  /** The text's length in symbols. */
  get length(): number {
    if (this.#length < 0) this.#length = this.byUnit ? this.text.length : this.#cursor.pointCount();
    return this.#length;
  }

  /** The UTF-16 index of symbol offset `symbols` (offsets asked for in about text order are cheapest). */
  unitIndex(symbols: number): number {
    return this.byUnit ? symbols : this.#cursor.unitIndex(symbols);
  }
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

function stringWindows(text: string, unit: StringUnit): (start: number, end: number) => string {
  switch (unit) {
    case 'utf16':
      return (start, end) => text.slice(start, end);
    case 'codepoint': {
      const cursor = new CodePointCursor(text);
      return (start, end) => {
        const from = cursor.unitIndex(start);
        return text.slice(from, cursor.unitIndex(end));
      };
    }
    case 'grapheme': {
      let clusters: string[] | undefined;
      return (start, end) => (clusters ??= graphemes(text)).slice(start, end).join('');
    }
    case 'word': {
      let list: string[] | undefined;
      return (start, end) => joinWords((list ??= words(text)).slice(start, end));
    }
  }
}

export function encodeSearch(pattern: unknown, text: unknown, unit: StringUnit): EncodedSearch {
  const kind = commonKind(pattern, text);
  const p = new ScratchSequence();
  const t = new ScratchSequence();
  const interner = new Interner();
  let window: (start: number, end: number) => Sequence;
  let string: TextUnits | undefined;
  switch (kind) {
    case 'string': {
      const [a, b] = [pattern as string, text as string];
      if (unit === 'codepoint' || unit === 'utf16') {
        if (unit === 'codepoint') p.encodeCodePoints('pattern', a);
        else p.encodeUtf16('pattern', a);
        if (b.length > MAX_SEQUENCE_LENGTH) throw argumentRangeError('text', `at most ${MAX_SEQUENCE_LENGTH} elements long`, b);
        string = new TextUnits(b, unit);
      } else if (unit === 'grapheme') {
        p.encodeGraphemes('pattern', a, interner);
        t.encodeGraphemes('text', b, interner);
      } else {
        encodeWords(p, 'pattern', a, interner);
        encodeWords(t, 'text', b, interner);
      }
      window = stringWindows(b, unit);
      break;
    }
    case 'tokens':
      p.encodeTokens('pattern', pattern as unknown[], interner);
      t.encodeTokens('text', text as unknown[], interner);
      window = (start, end) => (text as string[]).slice(start, end);
      break;
    case 'integers': {
      const fitsP = p.encodeIntegersDirect('pattern', pattern as ArrayLike<unknown>);
      const fitsT = t.encodeIntegersDirect('text', text as ArrayLike<unknown>);
      if (!fitsP || !fitsT) {
        p.encodeIntegersInterned('pattern', pattern as ArrayLike<unknown>, interner);
        t.encodeIntegersInterned('text', text as ArrayLike<unknown>, interner);
      }
      window = (start, end) => (text as number[] | Int32Array).slice(start, end);
      break;
    }
  }
  return { pattern: p, text: t, string, kind, window };
}
