/**
 * What one element of the compared text is, as the command line spells it, and how text becomes a
 * sequence for the library (`toSequence`) and elements for display (`elementsOf`). The two must
 * split the same way, so that the positions the library reports index `elementsOf`'s array.
 *
 * The names are the library's (`unit` option), plus `line`:
 * - codepoint (alias char, this command's former name): Unicode code points; a lone surrogate is an
 *   element of its own.
 * - grapheme: user-perceived characters (Intl.Segmenter).
 * - utf16: UTF-16 code units.
 * - word: the library's word unit (Intl.Segmenter words, numbers and punctuation marks; white
 *   space is not compared), compared as the list of those words.
 * - line: lines; "\n" and "\r\n" end a line, and a final line break does not start an empty line.
 */
// From @editops/core, not @editops/auto: splitting text must not load a backend (see library.ts).
import { splitString } from '@editops/core';
import type { Sequence, StringUnit } from '@editops/auto';

export const UNITS = ['codepoint', 'grapheme', 'utf16', 'word', 'line'] as const;
export type Unit = (typeof UNITS)[number];

/** Names accepted for --unit besides UNITS. */
export const UNIT_ALIASES: Readonly<Record<string, Unit>> = { char: 'codepoint' };

/** Token units compare arrays of strings; the others compare the string itself. */
export function isTokenUnit(unit: Unit): unit is 'word' | 'line' {
  return unit === 'word' || unit === 'line';
}

/** The library's `unit` option for a character unit (undefined for token units). */
export function libraryUnit(unit: Unit): StringUnit | undefined {
  switch (unit) {
    case 'codepoint':
    case 'grapheme':
    case 'utf16':
      return unit;
    default:
      return undefined;
  }
}

/** The library's words of `text` (see StringUnit 'word'). */
export function splitWords(text: string): string[] {
  return splitString(text, 'word');
}

export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/u);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The elements of `text` in `unit`, in the order and number the library counts them. */
export function elementsOf(text: string, unit: Unit): string[] {
  return unit === 'line' ? splitLines(text) : splitString(text, unit);
}

/** What to hand the library for `text`: the string itself for character units, else the tokens. */
export function toSequence(text: string, unit: Unit): Sequence {
  return isTokenUnit(unit) ? elementsOf(text, unit) : text;
}
