/**
 * The `word` unit: a string compares as the sequence of its words, found by Intl.Segmenter's word
 * granularity (so languages written without spaces split too). Every segment that is not white
 * space is an element: words, numbers, and each punctuation mark, so that "fox." and "fox!" differ
 * by one element. White space separates elements and is not compared. See docs/semantics.md.
 */
import type { Interner, ScratchSequence } from './sequence';

let wordSegmenter: Intl.Segmenter | undefined;
const NOT_WHITE_SPACE = /\S/u;

/** The words of `text` (its non-white-space word segments), in order. */
export function words(text: string): string[] {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const out: string[] = [];
  for (const { segment } of wordSegmenter.segment(text)) {
    if (NOT_WHITE_SPACE.test(segment)) out.push(segment);
  }
  return out;
}

/** Encodes `text`'s words as tokens, through the call's interner. */
export function encodeWords(scratch: ScratchSequence, name: string, text: string, interner: Interner): void {
  scratch.encodeTokens(name, words(text), interner);
}

/**
 * A string rebuilt from words (Editops.apply with unit 'word'): white space was not compared, so
 * it is not known; one space separates the words.
 */
export function joinWords(elements: readonly unknown[]): string {
  return elements.join(' ');
}
