/**
 * What one element of the compared text is, as the command line spells it, and how text becomes a
 * sequence for the library (`toSequence`) and elements for display (`elementsOf`). The two must
 * split the same way, so that the positions the library reports index `elementsOf`'s array.
 *
 * - char (alias codepoint): Unicode code points; a lone surrogate is an element of its own.
 * - grapheme: user-perceived characters (Intl.Segmenter), as the library's unit: 'grapheme'.
 * - utf16: UTF-16 code units.
 * - word: tokens separated by white space (the white space itself is not compared).
 * - line: lines; "\n" and "\r\n" end a line, and a final line break does not start an empty line.
 */
import type { Sequence, StringUnit } from '@editops/auto';

export const UNITS = ['char', 'grapheme', 'utf16', 'word', 'line'] as const;
export type Unit = (typeof UNITS)[number];

/** Names accepted for --unit besides UNITS. */
export const UNIT_ALIASES: Readonly<Record<string, Unit>> = { codepoint: 'char' };

/** Token units compare arrays of strings; the others compare the string itself. */
export function isTokenUnit(unit: Unit): unit is 'word' | 'line' {
  return unit === 'word' || unit === 'line';
}

/** The library's `unit` option for a character unit (undefined for token units). */
export function libraryUnit(unit: Unit): StringUnit | undefined {
  switch (unit) {
    case 'char':
      return 'codepoint';
    case 'grapheme':
    case 'utf16':
      return unit;
    default:
      return undefined;
  }
}

export function splitWords(text: string): string[] {
  return text.split(/\s+/u).filter((token) => token !== '');
}

export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/u);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

let segmenter: Intl.Segmenter | undefined;

/** The elements of `text` in `unit`, in the order and number the library counts them. */
export function elementsOf(text: string, unit: Unit): string[] {
  switch (unit) {
    case 'char':
      return Array.from(text);
    case 'utf16':
      return text.split('');
    case 'grapheme':
      segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
      return Array.from(segmenter.segment(text), (part) => part.segment);
    case 'word':
      return splitWords(text);
    case 'line':
      return splitLines(text);
  }
}

/** What to hand the library for `text`: the string itself for character units, else the tokens. */
export function toSequence(text: string, unit: Unit): Sequence {
  return isTokenUnit(unit) ? elementsOf(text, unit) : text;
}
