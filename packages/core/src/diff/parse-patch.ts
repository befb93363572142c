/**
 * Reading unified diffs: what GNU diff -u, git diff, jsdiff and editops write. Lines before a
 * file's `---` line (diff --git, index, Index:, ====) are skipped; each file is a `---` line, a
 * `+++` line and its hunks. A hunk's body must hold exactly the lines its header counts. An
 * empty line inside a hunk is read as an empty context line (some editors strip the space).
 */
import { checkText } from './check-text';
import type { PatchHunk } from './diff-types';
import { StructuredPatch } from './structured-patch';

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/u;

/** A file line: the name, then an optional header after a tab. */
function fileLine(line: string): { name: string; header: string | undefined } {
  const rest = line.slice(4);
  const tab = rest.indexOf('\t');
  return tab < 0 ? { name: rest.trimEnd(), header: undefined } : { name: rest.slice(0, tab), header: rest.slice(tab + 1) };
}

function syntaxError(lineNumber: number, message: string): SyntaxError {
  return new SyntaxError(`editops: parsePatch: line ${lineNumber}: ${message}`);
}

/**
 * Reads the files of a unified diff.
 *
 * @param patch - Unified-diff text, for one file or several.
 * @returns One StructuredPatch per file, in order (none for text without a `---` line).
 * @throws {TypeError} When patch is not a string.
 * @throws {SyntaxError} When a `---` line has no `+++` line, a hunk header is malformed, or a
 *   hunk's body does not hold the lines its header counts; the message gives the line number.
 * @example
 * parsePatch('--- a\n+++ b\n@@ -1 +1 @@\n-x\n+y\n')[0].hunks[0].lines; // ['-x', '+y']
 */
export function parsePatch(patch: string): StructuredPatch[] {
  const lines = checkText('patch', patch).split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const files: StructuredPatch[] = [];
  let at = 0;
  while (at < lines.length) {
    if (!lines[at]!.startsWith('--- ') || !lines[at + 1]?.startsWith('+++ ')) {
      if (lines[at]!.startsWith('@@ ')) throw syntaxError(at + 1, 'a hunk before any "---" and "+++" lines');
      at++;
      continue;
    }
    const old = fileLine(lines[at]!);
    const now = fileLine(lines[at + 1]!);
    at += 2;
    const hunks: PatchHunk[] = [];
    while (at < lines.length && lines[at]!.startsWith('@@')) {
      const header = HUNK_HEADER.exec(lines[at]!);
      if (!header) throw syntaxError(at + 1, `malformed hunk header ${JSON.stringify(lines[at])}`);
      const hunk = {
        oldStart: Number(header[1]),
        oldLines: header[2] === undefined ? 1 : Number(header[2]),
        newStart: Number(header[3]),
        newLines: header[4] === undefined ? 1 : Number(header[4]),
      };
      const headerLine = at + 1;
      at++;
      const body: string[] = [];
      let oldLeft = hunk.oldLines;
      let newLeft = hunk.newLines;
      while (at < lines.length && (oldLeft > 0 || newLeft > 0 || lines[at]!.startsWith('\\'))) {
        const line = lines[at]!;
        const marker = line === '' ? ' ' : line[0];
        if (marker === ' ') {
          oldLeft--;
          newLeft--;
        } else if (marker === '-') oldLeft--;
        else if (marker === '+') newLeft--;
        else if (marker !== '\\') break;
        if (oldLeft < 0 || newLeft < 0) break;
        body.push(line === '' ? ' ' : line);
        at++;
      }
      if (oldLeft !== 0 || newLeft !== 0) {
        throw syntaxError(
          headerLine,
          `the hunk ${JSON.stringify(lines[headerLine - 1])} should hold ${hunk.oldLines} old and ${hunk.newLines} new lines, ` +
            `its body ends at line ${at + 1} short of ${Math.abs(oldLeft)} old and ${Math.abs(newLeft)} new lines`,
        );
      }
      hunks.push({ ...hunk, lines: body });
    }
    files.push(
      new StructuredPatch({ oldFileName: old.name, newFileName: now.name, oldHeader: old.header, newHeader: now.header, hunks }),
    );
  }
  return files;
}
