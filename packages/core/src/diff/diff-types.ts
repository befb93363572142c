/** The public shapes of diffs. */

/** What a block of a diff is: kept, or only in the old text, or only in the new one. */
export type DiffChangeType = 'equal' | 'delete' | 'insert';

/**
 * One block of a diff. Blocks cover both texts in order; in each changed stretch the `delete`
 * block comes before the `insert` block. Offsets are UTF-16 indexes into the texts, so
 * `oldText.slice(oldStart, oldEnd)` is the block's old text (empty for an insert, which sits at
 * `oldStart`), and the same for the new text.
 */
export interface DiffChange {
  /** `equal` (in both texts), `delete` (only in the old text) or `insert` (only in the new text). */
  readonly type: DiffChangeType;
  /** The block's text: from the old text for `equal` and `delete`, from the new one for `insert`. */
  readonly value: string;
  /** How many elements (lines, words and spaces, or characters) the block holds. */
  readonly count: number;
  /** Where the block starts in the old text: a 0-based UTF-16 offset. */
  readonly oldStart: number;
  /** Where the block ends in the old text: a 0-based UTF-16 offset, exclusive (equal to `oldStart` for an insert). */
  readonly oldEnd: number;
  /** Where the block starts in the new text: a 0-based UTF-16 offset. */
  readonly newStart: number;
  /** Where the block ends in the new text: a 0-based UTF-16 offset, exclusive (equal to `newStart` for a delete). */
  readonly newEnd: number;
}

/**
 * One hunk of a unified diff, as its header says and its body lists. `oldStart` and `newStart`
 * are the numbers the `@@ -oldStart,oldLines +newStart,newLines @@` header shows: 1-based line
 * numbers, or, for an empty side, the number of the line after which the hunk applies (0 at the
 * start of the file), as GNU diff writes them.
 */
export interface PatchHunk {
  /** The hunk's first line in the old text, 1-based (for an empty old side, the line it follows; 0 at the start). */
  readonly oldStart: number;
  /** How many old-text lines the hunk covers: its context and deleted lines. */
  readonly oldLines: number;
  /** The hunk's first line in the new text, 1-based (for an empty new side, the line it follows; 0 at the start). */
  readonly newStart: number;
  /** How many new-text lines the hunk covers: its context and inserted lines. */
  readonly newLines: number;
  /**
   * The body, one entry per line without its "\n": " context", "-deleted", "+inserted", and
   * "\\ No newline at end of file" after a line that has no "\n".
   */
  readonly lines: readonly string[];
}

/** Options of structuredPatch and createPatch. */
export interface PatchOptions {
  /** Unchanged lines shown around each change (default 3). */
  readonly context?: number;
  /** Written after the old file name, separated by a tab (often a date). */
  readonly oldHeader?: string;
  /** Written after the new file name, separated by a tab. */
  readonly newHeader?: string;
}
