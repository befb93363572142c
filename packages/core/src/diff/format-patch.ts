/** Writing a patch as unified-diff text, the format GNU `patch` and `git apply` read. */
import type { PatchHunk } from './diff-types';

/** What a patch holds: jsdiff's structured patch has the same shape. */
export interface PatchFields {
  /** The old file's name, as on the `---` line. */
  readonly oldFileName: string;
  /** The new file's name, as on the `+++` line. */
  readonly newFileName: string;
  /** What follows the old name after a tab on the `---` line (often a date); undefined when none. */
  readonly oldHeader?: string | undefined;
  /** What follows the new name after a tab on the `+++` line; undefined when none. */
  readonly newHeader?: string | undefined;
  /** The hunks, in file order; none when the texts are equal. */
  readonly hunks: readonly PatchHunk[];
}

/** "l,s", or "l" alone when s is 1 (as GNU diff writes it). */
function range(start: number, lines: number): string {
  return lines === 1 ? String(start) : `${start},${lines}`;
}

export function hunkHeader(hunk: PatchHunk): string {
  return `@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`;
}

function fileLine(marker: string, name: string, header: string | undefined): string {
  return header ? `${marker} ${name}\t${header}` : `${marker} ${name}`;
}

/** The lines of the patch text, without "\n"; none for a patch without hunks. */
export function* patchLines(patch: PatchFields): Generator<string> {
  if (patch.hunks.length === 0) return;
  yield fileLine('---', patch.oldFileName, patch.oldHeader);
  yield fileLine('+++', patch.newFileName, patch.newHeader);
  for (const hunk of patch.hunks) {
    yield hunkHeader(hunk);
    yield* hunk.lines;
  }
}

export function patchText(patch: PatchFields): string {
  let text = '';
  for (const line of patchLines(patch)) text += line + '\n';
  return text;
}
