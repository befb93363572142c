/** Writing a patch as unified-diff text, the format GNU `patch` and `git apply` read. */
import type { PatchHunk } from './diff-types';

/** What a patch holds: jsdiff's structured patch has the same shape. */
export interface PatchFields {
  readonly oldFileName: string;
  readonly newFileName: string;
  readonly oldHeader?: string | undefined;
  readonly newHeader?: string | undefined;
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
