/** Word and character diffs. */
import { changeBlocks } from './change-blocks';
import { changeRanges } from './change-ranges';
import { checkText } from './check-text';
import type { DiffChange } from './diff-types';
import { diffWithDiscards } from './discard';
import { symbolMatcher } from './sequence-matcher';
import { charTokens, wordTokens, type Tokens } from './tokens';

function diffTokens(a: Tokens, b: Tokens): DiffChange[] {
  return changeBlocks(changeRanges(diffWithDiscards(symbolMatcher(a.symbols, b.symbols))), a, b);
}

/**
 * Compares two texts word by word. Words, the white space between them and line breaks are
 * separate elements, so blocks never join two lines: a changed line break is a block of its own.
 *
 * @param oldText - The old text.
 * @param newText - The new text.
 * @returns Blocks of equal, deleted and inserted text covering both texts in order; in each
 *   changed stretch the deletion comes first. `count` counts words, white-space runs and breaks.
 * @throws {TypeError} When a text is not a string.
 * @example
 * diffWords('the quick fox', 'the slow fox').map((block) => [block.type, block.value]);
 * // [['equal', 'the '], ['delete', 'quick'], ['insert', 'slow'], ['equal', ' fox']]
 */
export function diffWords(oldText: string, newText: string): DiffChange[] {
  const interner = new Map<string, number>();
  const a = wordTokens(checkText('oldText', oldText), interner);
  const b = wordTokens(checkText('newText', newText), interner);
  return diffTokens(a, b);
}

/**
 * Compares two texts code point by code point (a surrogate pair is never split).
 *
 * @param oldText - The old text.
 * @param newText - The new text.
 * @returns Blocks of equal, deleted and inserted text covering both texts in order; in each
 *   changed stretch the deletion comes first. `count` counts code points.
 * @throws {TypeError} When a text is not a string.
 * @example
 * diffChars('kitten', 'sitting').map((block) => [block.type, block.value]);
 * // [['delete', 'k'], ['insert', 's'], ['equal', 'itt'], ['delete', 'e'], ['insert', 'i'],
 * //  ['equal', 'n'], ['insert', 'g']]
 */
export function diffChars(oldText: string, newText: string): DiffChange[] {
  return diffTokens(charTokens(checkText('oldText', oldText)), charTokens(checkText('newText', newText)));
}
