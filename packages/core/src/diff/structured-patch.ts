/**
 * A unified diff between two texts as data: file names, optional headers and hunks. It prints
 * as its unified-diff text (`String(patch)`), and `console.log` / `util.inspect` show the hunks
 * as that text too, rather than nested arrays.
 */
import { checkCount, checkOptions, checkText } from './check-text';
import type { PatchHunk, PatchOptions } from './diff-types';
import { lineChangeRanges } from './diff-lines';
import { hunkHeader, patchText, type PatchFields } from './format-patch';
import { buildHunks } from './hunks';
import { indexLines } from './line-index';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
/** Hunk lines shown by util.inspect before "... n more lines". */
const INSPECT_LINES = 40;

export class StructuredPatch implements PatchFields {
  /** The old file's name, as on the `---` line. */
  readonly oldFileName: string;
  /** The new file's name, as on the `+++` line. */
  readonly newFileName: string;
  /** What follows the old name after a tab on the `---` line (often a date); undefined when none. */
  readonly oldHeader: string | undefined;
  /** What follows the new name after a tab on the `+++` line; undefined when none. */
  readonly newHeader: string | undefined;
  /** The hunks, in file order; none when the texts are equal. */
  readonly hunks: readonly PatchHunk[];

  constructor(fields: PatchFields) {
    this.oldFileName = fields.oldFileName;
    this.newFileName = fields.newFileName;
    this.oldHeader = fields.oldHeader;
    this.newHeader = fields.newHeader;
    this.hunks = fields.hunks;
  }

  /** The unified-diff text ("" when there are no hunks). */
  toString(): string {
    return patchText(this);
  }

  /**
   * What `console.log` and `util.inspect` show: the file names and hunk count, then the hunks as
   * diff text, indented, at most 40 lines of them ("(no changes)" when there are no hunks).
   */
  [INSPECT](): string {
    const shown: string[] = [];
    let total = 0;
    for (const hunk of this.hunks) {
      for (const line of [hunkHeader(hunk), ...hunk.lines]) {
        if (total++ < INSPECT_LINES) shown.push(`  ${line}`);
      }
    }
    if (total > INSPECT_LINES) shown.push(`  ... ${total - INSPECT_LINES} more lines`);
    const title = `StructuredPatch ${JSON.stringify(this.oldFileName)} -> ${JSON.stringify(this.newFileName)}`;
    const count = `${this.hunks.length} hunk${this.hunks.length === 1 ? '' : 's'}`;
    return shown.length > 0 ? `${title} (${count})\n${shown.join('\n')}` : `${title} (no changes)`;
  }
}

/**
 * Computes a unified diff between two texts, as data.
 *
 * @param oldFileName - The name written on the `---` line.
 * @param newFileName - The name written on the `+++` line.
 * @param oldText - The old text.
 * @param newText - The new text.
 * @param options - `context`: unchanged lines around each change (default 3); `oldHeader` and
 *   `newHeader`: written after the names, separated by a tab.
 * @returns The patch: names, headers and hunks (none when the texts are equal).
 * @throws {TypeError} When a name or text is not a string, or options is not an object.
 * @throws {RangeError} When `context` is not a non-negative integer.
 * @example
 * structuredPatch('a.txt', 'b.txt', 'a\nb\n', 'a\nc\n').hunks;
 * // [{ oldStart: 1, oldLines: 2, newStart: 1, newLines: 2, lines: [' a', '-b', '+c'] }]
 */
export function structuredPatch(
  oldFileName: string,
  newFileName: string,
  oldText: string,
  newText: string,
  options?: PatchOptions,
): StructuredPatch {
  checkText('oldFileName', oldFileName);
  checkText('newFileName', newFileName);
  const a = indexLines(checkText('oldText', oldText));
  const b = indexLines(checkText('newText', newText));
  const { context, oldHeader, newHeader } = checkOptions<PatchOptions>('options', options);
  const lines = checkCount('options.context', context, 3);
  if (oldHeader !== undefined) checkText('options.oldHeader', oldHeader);
  if (newHeader !== undefined) checkText('options.newHeader', newHeader);
  const hunks = buildHunks(a, b, lineChangeRanges(a, b), lines);
  return new StructuredPatch({ oldFileName, newFileName, oldHeader, newHeader, hunks });
}

/**
 * Computes a unified diff between two texts, as the text `patch` and `git apply` read: `---` and
 * `+++` lines, then `@@ -l,s +l,s @@` hunks, with `\ No newline at end of file` after a last
 * line that has no newline.
 *
 * @param oldFileName - The name written on the `---` line (for `git apply`, e.g. "a/file").
 * @param newFileName - The name written on the `+++` line (e.g. "b/file").
 * @param oldText - The old text.
 * @param newText - The new text.
 * @param options - `context` (default 3), `oldHeader`, `newHeader`, as for structuredPatch.
 * @returns The unified diff; "" when the texts are equal.
 * @throws {TypeError} When a name or text is not a string, or options is not an object.
 * @throws {RangeError} When `context` is not a non-negative integer.
 * @example
 * createPatch('a/f.txt', 'b/f.txt', 'a\nb\n', 'a\nc\n');
 * // '--- a/f.txt\n+++ b/f.txt\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n'
 */
export function createPatch(
  oldFileName: string,
  newFileName: string,
  oldText: string,
  newText: string,
  options?: PatchOptions,
): string {
  return patchText(structuredPatch(oldFileName, newFileName, oldText, newText, options));
}
