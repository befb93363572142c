/**
 * The body of `editops diff`. Character and word units give an inline diff, like a word diff;
 * lines give a line-by-line diff with long unchanged stretches folded.
 *
 * Without colour, markers carry the meaning:
 *   inline: [-deleted-] {+inserted+} [~old~>new~] (replaced) [^old^>new^] (transposed)
 *   lines:  "-  " deleted, "+  " inserted, "r- " / "r+ " replaced, "t- " / "t+ " transposed
 * With colour the kind is a colour (red deleted, green inserted, yellow replaced, magenta
 * transposed), removed text is struck through and added text underlined.
 */
import type { Run } from '../alignment';
import type { Colors } from '../colors';
import { paint } from './aligned';

const INLINE_MARKERS = {
  delete: ['[-', '-]'],
  insert: ['{+', '+}'],
  replace: ['[~', '~>', '~]'],
  transpose: ['[^', '^>', '^]'],
} as const;

export interface InlineOptions {
  readonly colors: Colors;
  /** What joins elements: '' for characters, ' ' for words. */
  readonly joiner: string;
}

export function inlineDiff(runs: readonly Run[], { colors: c, joiner }: InlineOptions): string {
  // A changed line break would be invisible in colour: show it as ↵ before breaking the line.
  const visible = (text: string) => (c.isColorSupported ? text.replace(/\n/gu, '\u21b5\n') : text);
  const removed = (kind: Run['kind'], text: string) => paint(c, kind, c.strikethrough(visible(text)));
  const added = (kind: Run['kind'], text: string) => paint(c, kind, c.underline(visible(text)));
  return runs
    .map((run) => {
      const old = run.src.join(joiner);
      const now = run.dest.join(joiner);
      switch (run.kind) {
        case 'equal':
          return old;
        case 'delete':
          return c.isColorSupported ? removed('delete', old) : INLINE_MARKERS.delete.join(old);
        case 'insert':
          return c.isColorSupported ? added('insert', now) : INLINE_MARKERS.insert.join(now);
        case 'replace':
        case 'transpose': {
          if (c.isColorSupported) return removed(run.kind, old) + added(run.kind, now);
          const [open, middle, close] = INLINE_MARKERS[run.kind];
          return open + old + middle + now + close;
        }
      }
    })
    .join(joiner);
}

export const INLINE_LEGEND = 'legend: [-deleted-] {+inserted+} [~old~>new~] replaced [^old^>new^] transposed';
export const LINE_LEGEND = 'legend: "-" deleted, "+" inserted, "r-"/"r+" replaced (old/new), "t-"/"t+" transposed (old/new)';

export interface LineDiffOptions {
  readonly colors: Colors;
  /** Unchanged lines kept around each change; longer unchanged stretches are folded. */
  readonly context: number;
}

export function lineDiff(runs: readonly Run[], { colors: c, context }: LineDiffOptions): string[] {
  const out: string[] = [];
  const emit = (prefix: string, kind: Run['kind'], lines: readonly string[]) => {
    for (const line of lines) out.push(kind === 'equal' ? `${prefix}${line}` : paint(c, kind, `${prefix}${line}`));
  };
  const fold = (count: number) => out.push(c.dim(c.cyan(`@@ ${count} unchanged line${count === 1 ? '' : 's'} @@`)));
  runs.forEach((run, index) => {
    switch (run.kind) {
      case 'equal': {
        const lines = run.src;
        const keepBefore = index > 0 ? context : 0; // after a change
        const keepAfter = index < runs.length - 1 ? context : 0; // before a change
        if (lines.length <= keepBefore + keepAfter + 1) {
          emit('   ', 'equal', lines);
        } else {
          emit('   ', 'equal', lines.slice(0, keepBefore));
          fold(lines.length - keepBefore - keepAfter);
          emit('   ', 'equal', lines.slice(lines.length - keepAfter));
        }
        break;
      }
      case 'delete':
        emit('-  ', 'delete', run.src);
        break;
      case 'insert':
        emit('+  ', 'insert', run.dest);
        break;
      case 'replace':
        emit('r- ', 'replace', run.src);
        emit('r+ ', 'replace', run.dest);
        break;
      case 'transpose':
        emit('t- ', 'transpose', run.src);
        emit('t+ ', 'transpose', run.dest);
        break;
    }
  });
  return out;
}
