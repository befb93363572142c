/** Line diffs: the changed stretches between two texts, line by line. */
import { changeBlocks } from './change-blocks';
import { changeRanges, type ChangeRanges } from './change-ranges';
import { checkText } from './check-text';
import type { DiffChange } from './diff-types';
import { indexLines, type LineIndex } from './line-index';
import { lineMatcher } from './line-matcher';
import { diffWithDiscards } from './discard';

/** The changed stretches between two indexed texts, in line numbers (0-based). */
export function lineChangeRanges(a: LineIndex, b: LineIndex): ChangeRanges {
  return changeRanges(diffWithDiscards(lineMatcher(a, b)));
}

/**
 * Compares two texts line by line: a line is everything up to and including its "\n", so a
 * line that lost its final newline, or changed "\n" to "\r\n", counts as changed.
 *
 * @param oldText - The old text.
 * @param newText - The new text.
 * @returns Blocks of equal, deleted and inserted lines covering both texts in order; in each
 *   changed stretch the deleted lines come first. The diff is minimal (fewest deleted plus
 *   inserted lines) except in very large changed stretches (see docs/semantics.md).
 * @throws {TypeError} When a text is not a string.
 * @example
 * diffLines('a\nb\nc\n', 'a\nB\nc\n').map((block) => [block.type, block.value]);
 * // [['equal', 'a\n'], ['delete', 'b\n'], ['insert', 'B\n'], ['equal', 'c\n']]
 */
export function diffLines(oldText: string, newText: string): DiffChange[] {
  const a = indexLines(checkText('oldText', oldText));
  const b = indexLines(checkText('newText', newText));
  return changeBlocks(lineChangeRanges(a, b), a, b);
}
