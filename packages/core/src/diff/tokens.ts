/**
 * Texts cut into the elements of word and character diffs, each as interned integer symbols plus
 * the offset where each element starts, so the diff compares integers and the blocks can point
 * back into the text.
 *
 * Words: a run of non-white-space characters, a run of white space within a line, and each line
 * break ("\n", "\r\n" or a lone "\r") are separate elements. Line breaks are elements of their
 * own so that a diff can keep the texts' lines: a changed word never swallows a line break.
 */
import type { Elements } from './change-blocks';

export interface Tokens extends Elements {
  readonly symbols: Int32Array;
}

const WORD_PARTS = /\r?\n|\r|[^\S\r\n]+|\S+/gu;

/** One interning table per comparison, so equal tokens of both texts get equal symbols. */
export type Interner = Map<string, number>;

export function wordTokens(text: string, interner: Interner): Tokens {
  const starts: number[] = [];
  const symbols: number[] = [];
  for (const match of text.matchAll(WORD_PARTS)) {
    starts.push(match.index);
    let symbol = interner.get(match[0]);
    if (symbol === undefined) {
      symbol = interner.size;
      interner.set(match[0], symbol);
    }
    symbols.push(symbol);
  }
  starts.push(text.length);
  return { text, starts: Int32Array.from(starts), count: symbols.length, symbols: Int32Array.from(symbols) };
}

/** Code points (a lone surrogate is one of its own), compared by value. */
export function charTokens(text: string): Tokens {
  const starts = new Int32Array(text.length + 1);
  const symbols = new Int32Array(text.length);
  let count = 0;
  for (let at = 0; at < text.length; ) {
    const codePoint = text.codePointAt(at)!;
    starts[count] = at;
    symbols[count++] = codePoint;
    at += codePoint > 0xffff ? 2 : 1;
  }
  starts[count] = text.length;
  return { text, starts: starts.subarray(0, count + 1), count, symbols: symbols.subarray(0, count) };
}
