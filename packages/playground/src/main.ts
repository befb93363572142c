/**
 * The playground page: two texts in, and as you type, the distance under every metric, the edit
 * script of the chosen metric as a table, an aligned view and an inline diff. Everything runs in
 * the browser on @editops/wasm, which must be initialised with the URL of its .wasm file first.
 */
import wasmUrl from '@editops/wasm/editops.wasm?url';
import * as editops from '@editops/wasm';
import type { DistanceOptions, Editop, Editops, Metric, StringUnit } from '@editops/wasm';
import { columnsOf, elementsOf, runs, type Column, type Kind } from './alignment';
import './style.css';

// The library's own lists of every metric and every fuzzy score: a new one shows up here as is.
const METRICS: readonly Metric[] = editops.METRIC_NAMES;
const SCORERS = editops.SCORER_NAMES;
const MARKERS: Readonly<Record<Kind, string>> = { equal: '', replace: 'R', insert: 'I', delete: 'D', transpose: 'T' };
const UNIT_NAMES: Readonly<Record<StringUnit, string>> = { codepoint: 'code points', grapheme: 'graphemes', utf16: 'UTF-16 units', word: 'words' };
/** Past these, the page stays responsive by drawing only the start. */
const MAX_COLUMNS = 4000;
const MAX_ROWS = 1000;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`editops playground: #${id} is missing from the page`);
  return element as T;
}

const ui = {
  status: byId<HTMLSpanElement>('status'),
  src: byId<HTMLTextAreaElement>('src'),
  dest: byId<HTMLTextAreaElement>('dest'),
  srcLength: byId<HTMLSpanElement>('src-length'),
  destLength: byId<HTMLSpanElement>('dest-length'),
  metric: byId<HTMLSelectElement>('metric'),
  unit: byId<HTMLSelectElement>('unit'),
  pad: byId<HTMLInputElement>('pad'),
  distances: byId<HTMLTableElement>('distances').tBodies[0]!,
  alignedMetric: byId<HTMLSpanElement>('aligned-metric'),
  alignment: byId<HTMLDivElement>('alignment'),
  inline: byId<HTMLParagraphElement>('inline'),
  note: byId<HTMLParagraphElement>('script-note'),
  ops: byId<HTMLTableElement>('ops').tBodies[0]!,
  scores: byId<HTMLTableElement>('scores').tBodies[0]!,
  process: byId<HTMLInputElement>('process'),
};

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; title?: string; data?: Record<string, string> } = {},
  children: readonly Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.title) node.title = props.title;
  for (const [key, value] of Object.entries(props.data ?? {})) node.dataset[key] = value;
  node.append(...children);
  return node;
}

/** An element as it can be seen: control characters as their pictures, a changed space as ␣. */
function visible(element: string, changed: boolean): string {
  if (element === ' ') return changed ? '\u2423' : ' ';
  return element.replace(/[\u0000-\u001f\u007f]/gu, (char) => {
    const code = char.charCodeAt(0);
    return code === 0x7f ? '\u2421' : String.fromCharCode(0x2400 + code);
  });
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/^editops: /u, '');
}

function options(metric: Metric): DistanceOptions {
  const unit = ui.unit.value as StringUnit;
  return metric === 'hamming' ? { metric, unit, pad: ui.pad.checked } : { metric, unit };
}

function renderDistances(a: string, b: string): void {
  const rows = METRICS.map((metric) => {
    const cells: HTMLTableCellElement[] = [];
    try {
      const distance = editops.distance(a, b, options(metric));
      const similarity = editops.normalizedSimilarity(a, b, options(metric));
      cells.push(el('td', { className: 'distance', text: Number.isInteger(distance) ? String(distance) : distance.toFixed(3) }), el('td', { className: 'similarity', text: similarity.toFixed(3) }));
    } catch (error) {
      // Hamming needs equal lengths unless padded; anything else is an error worth showing.
      const notApplicable = metric === 'hamming' && error instanceof RangeError;
      const text = notApplicable ? 'n/a' : /not supported/u.test(message(error)) ? 'unsupported' : 'error';
      cells.push(el('td', { className: `distance ${notApplicable ? 'na' : 'error'}`, text, title: message(error) }), el('td', { className: 'similarity', text: '' }));
    }
    const row = el('tr', { data: { metric } }, [el('th', { text: metric, className: 'metric' }), ...cells]);
    if (metric === ui.metric.value) row.classList.add('selected');
    return row;
  });
  ui.distances.replaceChildren(...rows);
}

/** The fuzzy scores of the two texts; partialRatio's row also says where its best window is. */
function renderScores(a: string, b: string): void {
  const unit = ui.unit.value as StringUnit;
  const processor = ui.process.checked ? editops.defaultProcess : undefined;
  const rows = SCORERS.map((scorer) => {
    let text: string;
    let title = '';
    try {
      text = editops[scorer](a, b, { unit, processor }).toFixed(2);
      if (scorer === 'partialRatio') {
        const at = editops.partialRatioAlignment(a, b, { unit, processor });
        if (at) title = `src[${at.srcStart}, ${at.srcEnd}) against dest[${at.destStart}, ${at.destEnd})`;
      }
    } catch (error) {
      text = 'error';
      title = message(error);
    }
    return el('tr', { data: { scorer } }, [el('th', { text: scorer, className: 'metric' }), el('td', { className: 'score', text, title })]);
  });
  ui.scores.replaceChildren(...rows);
}

function columnNode(column: Column): HTMLSpanElement {
  const changed = column.kind !== 'equal';
  const cell = (side: 'src' | 'dest', element: string | undefined) =>
    element === undefined ? el('span', { className: `cell ${side} gap`, text: '\u2013' }) : el('span', { className: `cell ${side}`, text: visible(element, changed) });
  const where = [column.srcPos === undefined ? '' : `src[${column.srcPos}]`, column.destPos === undefined ? '' : `dest[${column.destPos}]`]
    .filter(Boolean)
    .join(' → ');
  return el('span', { className: `col op-${column.kind}`, title: changed ? `${column.kind} ${where}` : where, data: { kind: column.kind } }, [
    cell('src', column.src),
    cell('dest', column.dest),
    el('span', { className: 'cell mark', text: MARKERS[column.kind] || '\u00a0' }),
  ]);
}

function renderAlignment(columns: readonly Column[]): void {
  const shown = columns.slice(0, MAX_COLUMNS).map(columnNode);
  if (columns.length > MAX_COLUMNS) shown.push(el('span', { className: 'more', text: `… ${columns.length - MAX_COLUMNS} more columns` }));
  ui.alignment.replaceChildren(...shown);
}

function renderInline(columns: readonly Column[]): void {
  const pieces = runs(columns.slice(0, MAX_COLUMNS)).flatMap((run): Node[] => {
    const removed = (text: string) => el('del', { className: `op-${run.kind}`, text });
    const added = (text: string) => el('ins', { className: `op-${run.kind}`, text });
    switch (run.kind) {
      case 'equal':
        return [document.createTextNode(run.src)];
      case 'delete':
        return [removed(run.src)];
      case 'insert':
        return [added(run.dest)];
      default:
        return [removed(run.src), added(run.dest)];
    }
  });
  ui.inline.replaceChildren(...pieces);
}

function renderOps(ops: readonly Editop[], src: readonly string[], dest: readonly string[]): void {
  const rows = ops.slice(0, MAX_ROWS).map((op, i) => {
    const from = op.type === 'insert' ? '' : visible(src[op.srcPos] ?? '', true);
    const to = op.type === 'delete' ? '' : visible(dest[op.destPos] ?? '', true);
    return el('tr', { className: `op-${op.type}`, data: { type: op.type } }, [
      el('td', { text: String(i + 1) }),
      el('td', { className: 'type', text: op.type }),
      el('td', { className: 'src-pos', text: String(op.srcPos) }),
      el('td', { className: 'dest-pos', text: String(op.destPos) }),
      el('td', { className: 'from', text: from }),
      el('td', { className: 'to', text: to }),
    ]);
  });
  if (ops.length > MAX_ROWS) rows.push(el('tr', {}, [el('td', { text: `… ${ops.length - MAX_ROWS} more`, className: 'more' })]));
  ui.ops.replaceChildren(...rows);
}

function update(): void {
  const a = ui.src.value;
  const b = ui.dest.value;
  const unit = ui.unit.value as StringUnit;
  const metric = ui.metric.value as Metric;
  const src = elementsOf(a, unit);
  const dest = elementsOf(b, unit);
  ui.srcLength.textContent = `${src.length} ${UNIT_NAMES[unit]}`;
  ui.destLength.textContent = `${dest.length} ${UNIT_NAMES[unit]}`;
  ui.alignedMetric.textContent = `(${metric})`;
  renderDistances(a, b);
  renderScores(a, b);
  let result: Editops;
  try {
    result = editops.editops(a, b, options(metric))!;
  } catch (error) {
    ui.note.textContent = metric === 'hamming' && error instanceof RangeError ? `hamming: n/a (${message(error)})` : message(error);
    ui.note.className = 'note error';
    renderAlignment([]);
    renderInline([]);
    renderOps([], src, dest);
    return;
  }
  const script = result.toArray();
  const columns = columnsOf(result.toAlignment(), src, dest);
  ui.note.textContent = script.length === 0 ? (a === '' && b === '' ? 'Type two texts to compare them.' : 'The texts are equal.') : '';
  ui.note.className = 'note';
  renderAlignment(columns);
  renderInline(columns);
  renderOps(script, src, dest);
}

async function start(): Promise<void> {
  try {
    await editops.init(wasmUrl);
  } catch (error) {
    ui.status.textContent = `WebAssembly failed to load: ${message(error)}`;
    ui.status.classList.add('error');
    document.body.dataset.ready = 'error';
    return;
  }
  for (const input of [ui.src, ui.dest]) input.addEventListener('input', update);
  for (const control of [ui.metric, ui.unit, ui.pad, ui.process]) control.addEventListener('change', update);
  ui.status.textContent = 'ready';
  // The library on the page, for trying it from the devtools console (and for the browser test).
  Object.assign(window, { editops });
  document.body.dataset.ready = 'true';
  update();
}

void start();
