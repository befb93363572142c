/**
 * The aligned view of `editops ops`: the source over the destination, one column per element,
 * gaps as dashes, and a marker row (R replace, I insert, D delete, T transpose). Colour, when on,
 * repeats the marker's meaning; without colour the marker row alone carries it. Long alignments
 * wrap to the terminal width.
 */
import type { Colors } from '../colors';
import type { Column, ColumnKind } from '../alignment';
import { displayWidth, padEnd, printable } from '../text-width';

export const MARKERS: Readonly<Record<ColumnKind, string>> = {
  equal: ' ',
  replace: 'R',
  insert: 'I',
  delete: 'D',
  transpose: 'T',
};

const LEGEND_ORDER: readonly Exclude<ColumnKind, 'equal'>[] = ['replace', 'insert', 'delete', 'transpose'];

export function paint(c: Colors, kind: ColumnKind, text: string): string {
  switch (kind) {
    case 'equal':
      return text;
    case 'insert':
      return c.green(text);
    case 'delete':
      return c.red(text);
    case 'replace':
      return c.yellow(text);
    case 'transpose':
      return c.magenta(text);
  }
}

export function legend(c: Colors): string {
  return 'legend: ' + LEGEND_ORDER.map((kind) => `${c.bold(paint(c, kind, MARKERS[kind]))} ${kind}`).join('  ');
}

interface Cell {
  readonly kind: ColumnKind;
  /** The source element as shown, or undefined for a gap. */
  readonly top: string | undefined;
  /** The destination element as shown, or undefined for a gap. */
  readonly bottom: string | undefined;
  readonly width: number;
}

/** A changed space would be invisible: show it as ␣. */
function shown(element: string, kind: ColumnKind): string {
  const text = printable(element);
  return kind !== 'equal' && text === ' ' ? '\u2423' : text;
}

function cell(column: Column): Cell {
  const top = column.src === undefined ? undefined : shown(column.src, column.kind);
  const bottom = column.dest === undefined ? undefined : shown(column.dest, column.kind);
  const width = Math.max(1, displayWidth(top ?? ''), displayWidth(bottom ?? ''));
  return { kind: column.kind, top, bottom, width };
}

export interface AlignedViewOptions {
  readonly colors: Colors;
  /** Terminal width to wrap at. */
  readonly width: number;
  /** Put a space between cells (token units), so that tokens stay apart. */
  readonly spaced: boolean;
}

const LABELS = { top: 'src  ', bottom: 'dest ', marker: '     ' };

/** The view's lines (without line breaks). */
export function alignedView(columns: readonly Column[], options: AlignedViewOptions): string[] {
  const c = options.colors;
  const separator = options.spaced ? ' ' : '';
  const room = Math.max(8, options.width - LABELS.top.length);
  const cells = columns.map(cell);
  const draw = (one: Cell, text: string | undefined): string => {
    if (text === undefined) return c.dim('-'.repeat(one.width));
    const padded = padEnd(text, one.width);
    return one.kind === 'equal' ? padded : c.bold(paint(c, one.kind, padded));
  };
  const row = (label: string, chunk: readonly Cell[], pick: (one: Cell) => string | undefined): string =>
    (label + chunk.map((one) => draw(one, pick(one))).join(separator)).trimEnd();

  const lines: string[] = [];
  let start = 0;
  do {
    // As many cells as fit on one line, and always at least one.
    let end = start;
    let used = 0;
    while (end < cells.length) {
      const add = cells[end]!.width + (end > start ? separator.length : 0);
      if (end > start && used + add > room) break;
      used += add;
      end++;
    }
    const chunk = cells.slice(start, end);
    if (start > 0) lines.push('');
    lines.push(
      row(LABELS.top, chunk, (one) => one.top),
      row(LABELS.bottom, chunk, (one) => one.bottom),
      row(LABELS.marker, chunk, (one) => (one.kind === 'equal' ? ' ' : MARKERS[one.kind])),
    );
    start = end;
  } while (start < cells.length);
  return lines;
}

/** An element quoted as JSON, so that control characters and lone surrogates show. */
export const quote = (element: string | undefined): string => JSON.stringify(element ?? '');
