/**
 * A text seen as lines, without copying it: the offset where each line starts. A line is
 * everything up to and including its "\n"; the last line may lack one. "\r" is part of the
 * line's content, so "a\r\n" and "a\n" are different lines (as GNU diff and `patch` see them),
 * and a line without a final newline differs from the same line with one.
 */
export interface LineIndex {
  readonly text: string;
  /** starts[i] is where line i begins; starts[count] === text.length. */
  readonly starts: Int32Array;
  readonly count: number;
}

export function indexLines(text: string): LineIndex {
  // Counting first keeps the index one exact-size typed array, even for millions of lines.
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  const unterminated = text.length > 0 && text.charCodeAt(text.length - 1) !== 10;
  if (unterminated) count++;
  const starts = new Int32Array(count + 1);
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && line <= count; at = text.indexOf('\n', at + 1)) starts[line++] = at + 1;
  starts[count] = text.length;
  return { text, starts, count };
}

/** Line i with its terminator. */
export function lineAt(lines: LineIndex, i: number): string {
  return lines.text.slice(lines.starts[i]!, lines.starts[i + 1]!);
}

/** Whether line i ends with "\n" (only the last line of a text may not). */
export function hasNewline(lines: LineIndex, i: number): boolean {
  return lines.text.charCodeAt(lines.starts[i + 1]! - 1) === 10;
}

/** Line i without its "\n" (a "\r" before it stays). */
export function lineContent(lines: LineIndex, i: number): string {
  const end = lines.starts[i + 1]!;
  return lines.text.slice(lines.starts[i]!, hasNewline(lines, i) ? end - 1 : end);
}
