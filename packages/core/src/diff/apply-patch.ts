/**
 * Applying a unified diff exactly: every hunk must sit at the line its header names, and its
 * context and deleted lines must equal the text's lines, newline or its absence included. No
 * fuzz, no offsets: a patch that does not fit is an error that names the hunk and the line.
 */
import { checkText } from './check-text';
import type { PatchHunk } from './diff-types';
import { hunkHeader, type PatchFields } from './format-patch';
import { hasNewline, indexLines, lineContent } from './line-index';
import { parsePatch } from './parse-patch';

/** A patch that does not fit the text it is applied to. */
export class PatchApplyError extends Error {
  /** Always 'PatchApplyError'. */
  override readonly name = 'PatchApplyError';
  /** The hunk that does not apply, counted from 1. */
  readonly hunk: number;
  /** The line of the text where it fails, counted from 1. */
  readonly line: number;

  constructor(hunk: number, line: number, message: string) {
    super(message);
    this.hunk = hunk;
    this.line = line;
  }
}

function onePatch(patch: unknown): PatchFields {
  if (typeof patch === 'string') {
    const files = parsePatch(patch);
    if (files.length > 1) {
      throw new RangeError(`editops: patch must hold one file for applyPatch, got ${files.length} files`);
    }
    return files[0] ?? { oldFileName: '', newFileName: '', hunks: [] };
  }
  if (Array.isArray(patch)) {
    if (patch.length !== 1) throw new RangeError(`editops: patch must hold one file for applyPatch, got ${patch.length} files`);
    return onePatch(patch[0]);
  }
  if (patch === null || typeof patch !== 'object' || !Array.isArray((patch as PatchFields).hunks)) {
    throw new TypeError('editops: patch must be unified-diff text or a structured patch with hunks');
  }
  return patch as PatchFields;
}

const show = (line: string) => JSON.stringify(line.length > 80 ? `${line.slice(0, 77)}...` : line);

/**
 * Applies a unified diff to a text.
 *
 * @param text - The old text.
 * @param patch - The patch: unified-diff text for one file (as createPatch, GNU diff -u, git diff
 *   or jsdiff write it), or a structured patch (from structuredPatch, parsePatch or jsdiff).
 * @returns The new text.
 * @throws {TypeError} When text is not a string or patch is neither text nor a structured patch.
 * @throws {SyntaxError} When the patch text is malformed (see parsePatch).
 * @throws {PatchApplyError} When a hunk does not fit the text; the message names the hunk and
 *   the line, and shows what the text has and what the patch expects.
 * @example
 * applyPatch('a\nb\n', createPatch('x', 'y', 'a\nb\n', 'a\nc\n')); // 'a\nc\n'
 */
export function applyPatch(text: string, patch: string | PatchFields | readonly PatchFields[]): string {
  const lines = indexLines(checkText('text', text));
  const { hunks } = onePatch(patch);
  const out: string[] = [];
  let done = 0; // lines of the text copied or consumed so far
  hunks.forEach((hunk: PatchHunk, index) => {
    const number = index + 1;
    const where = `hunk ${number} (${hunkHeader(hunk)})`;
    const start = hunk.oldLines === 0 ? hunk.oldStart : hunk.oldStart - 1;
    if (!Number.isSafeInteger(start) || start < done || start > lines.count) {
      const why =
        start < 0 ? 'names line 0' : start < done ? 'overlaps the previous hunk' : `starts past the end of the text (${lines.count} lines)`;
      throw new PatchApplyError(number, Math.max(start, 0) + 1, `editops: ${where} does not apply: it ${why}`);
    }
    out.push(text.slice(lines.starts[done]!, lines.starts[start]!));
    let at = start;
    let oldSeen = 0;
    let newSeen = 0;
    const body = hunk.lines;
    for (let l = 0; l < body.length; l++) {
      const line = body[l]!;
      const marker = line[0];
      if (marker === '\\') continue;
      const content = line.slice(1);
      const newline = !body[l + 1]?.startsWith('\\');
      if (marker === ' ' || marker === '-') {
        oldSeen++;
        if (at >= lines.count) {
          throw new PatchApplyError(number, at + 1, `editops: ${where} does not apply: the text ends at line ${lines.count}, the patch expects ${show(content)}`);
        }
        const actual = lineContent(lines, at);
        if (actual !== content || hasNewline(lines, at) !== newline) {
          const detail = actual === content ? (newline ? 'it has no newline at the end, the patch expects one' : 'it ends with a newline, the patch expects none') : `the text has ${show(actual)}, the patch expects ${show(content)}`;
          throw new PatchApplyError(number, at + 1, `editops: ${where} does not apply at line ${at + 1}: ${detail}`);
        }
        at++;
      } else if (marker !== '+') {
        throw new PatchApplyError(number, at + 1, `editops: ${where} has a line that is not context, "-", "+" or "\\": ${show(line)}`);
      }
      if (marker === ' ' || marker === '+') {
        newSeen++;
        out.push(newline ? content + '\n' : content);
      }
    }
    if (oldSeen !== hunk.oldLines || newSeen !== hunk.newLines) {
      throw new PatchApplyError(number, start + 1, `editops: ${where} holds ${oldSeen} old and ${newSeen} new lines, its header counts ${hunk.oldLines} and ${hunk.newLines}`);
    }
    done = at;
  });
  out.push(text.slice(lines.starts[done]!));
  return out.join('');
}
