/**
 * The body of `editops diff`, three ways:
 * - unified: the patch text, as `patch` and `git apply` read it; in colour, headers bold, hunk
 *   headers cyan, deleted lines red and inserted lines green (the text itself is unchanged);
 * - inline (word or char units): the hunks of the line diff, each changed stretch shown as its
 *   word or character diff, `[-deleted-]{+inserted+}` as `git diff --word-diff=plain` writes it,
 *   or red and green without markers in colour. Markers never span a line break: a changed
 *   stretch across lines is closed before each break and reopened after it, so the output keeps
 *   the texts' lines;
 * - stat: one line per file with a bar of + and -, then a summary, as `git diff --stat`.
 */
import type { DiffChange, PatchHunk } from '@editops/auto';
import type { Colors } from '../colors';

const NO_NEWLINE_MARK = '\\';

export function colorUnifiedLine(line: string, c: Colors): string {
  if (line.startsWith('--- ') || line.startsWith('+++ ')) return c.bold(line);
  switch (line[0]) {
    case '@':
      return c.cyan(line);
    case '-':
      return c.red(line);
    case '+':
      return c.green(line);
    default:
      return line;
  }
}

/** The old and new text of a run of "-" and "+" hunk lines, newlines as the patch says. */
function sides(lines: readonly string[], from: number, to: number): { old: string; now: string } {
  let old = '';
  let now = '';
  for (let l = from; l < to; l++) {
    const line = lines[l]!;
    if (line[0] === NO_NEWLINE_MARK) continue;
    const end = lines[l + 1]?.[0] === NO_NEWLINE_MARK ? '' : '\n';
    if (line[0] === '-') old += line.slice(1) + end;
    else now += line.slice(1) + end;
  }
  return { old, now };
}

/** Text wrapped in markers (or colour) line by line, the line breaks themselves left bare. */
function mark(text: string, open: string, close: string, paint: (s: string) => string, colored: boolean): string {
  return text
    .split('\n')
    .map((piece) => (piece === '' ? '' : colored ? paint(piece) : open + piece + close))
    .join('\n');
}

export type InlineDiff = (oldText: string, newText: string) => DiffChange[];

/** One hunk as an inline diff: context lines bare, each changed stretch diffed by `diff`. */
export function inlineHunk(hunk: PatchHunk, diff: InlineDiff, c: Colors): string {
  const colored = c.isColorSupported;
  let out = '';
  const lines = hunk.lines;
  let l = 0;
  while (l < lines.length) {
    const line = lines[l]!;
    if (line[0] === ' ') {
      out += line.slice(1) + (lines[l + 1]?.[0] === NO_NEWLINE_MARK ? '' : '\n');
      l++;
      continue;
    }
    if (line[0] === NO_NEWLINE_MARK) {
      l++;
      continue;
    }
    let end = l;
    while (end < lines.length && lines[end]![0] !== ' ') end++;
    const { old, now } = sides(lines, l, end);
    for (const block of diff(old, now)) {
      if (block.type === 'equal') out += block.value;
      else if (block.type === 'delete') out += mark(block.value, '[-', '-]', (s) => c.red(c.strikethrough(s)), colored);
      else out += mark(block.value, '{+', '+}', (s) => c.green(c.underline(s)), colored);
    }
    l = end;
  }
  // A text whose last line has no newline still ends the output with one.
  return out.endsWith('\n') || out === '' ? out : out + '\n';
}

/** Lines added and removed by a patch. */
export function countChanges(hunks: readonly PatchHunk[]): { insertions: number; deletions: number } {
  let insertions = 0;
  let deletions = 0;
  for (const hunk of hunks) {
    for (const line of hunk.lines) {
      if (line[0] === '+') insertions++;
      else if (line[0] === '-') deletions++;
    }
  }
  return { insertions, deletions };
}

/** The widest bar of + and - in a --stat line. */
const STAT_BAR = 50;

export function statLines(name: string, hunks: readonly PatchHunk[], c: Colors): string[] {
  const { insertions, deletions } = countChanges(hunks);
  const total = insertions + deletions;
  const scale = total > STAT_BAR ? STAT_BAR / total : 1;
  // Each kind that changed keeps at least one mark.
  const plus = insertions === 0 ? 0 : Math.max(1, Math.round(insertions * scale));
  const minus = deletions === 0 ? 0 : Math.max(1, Math.round(deletions * scale));
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary = [` 1 file changed`];
  if (insertions > 0 || total === 0) summary.push(`${plural(insertions, 'insertion')}(+)`);
  if (deletions > 0) summary.push(`${plural(deletions, 'deletion')}(-)`);
  return [` ${name} | ${total} ${c.green('+'.repeat(plus))}${c.red('-'.repeat(minus))}`.trimEnd(), summary.join(', ')];
}
