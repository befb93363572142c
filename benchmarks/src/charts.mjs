/**
 * SVG charts: a Vega-Lite spec, compiled to Vega, rendered headless by Vega's SVG renderer (no
 * browser, no canvas; text widths are estimated).
 */
import { writeFileSync } from 'node:fs';
import * as vega from 'vega';
import { compile } from 'vega-lite';

const FONT = 'Helvetica, Arial, sans-serif';
const BASE_CONFIG = {
  font: FONT,
  background: 'white',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, labelLimit: 320 },
  header: { labelFontSize: 11, labelFont: FONT, titleFont: FONT },
  legend: { labelFontSize: 11, titleFontSize: 11 },
};

/** Renders a Vega-Lite spec to an SVG file. */
export async function writeChart(file, spec) {
  const vl = { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', ...spec };
  vl.config = { ...BASE_CONFIG, ...(spec.config ?? {}) };
  // Vega-Lite warns about independent y scales inside facets, which is what the charts want.
  const { spec: compiled } = compile(vl, { logger: vega.logger(vega.Error) });
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger: vega.logger(vega.Error) });
  try {
    const svg = await view.toSVG();
    writeFileSync(file, svg);
  } finally {
    view.finalize();
  }
}

/**
 * Horizontal bars of speed relative to fastest-levenshtein, one panel per workload.
 * @param {Array<{ workload: string, label: string, speedup: number }>} rows
 */
export function speedupChart(title, rows, xTitle = 'speed vs fastest-levenshtein distance on the same pairs (x, log scale; right of 1 = faster)') {
  // Log scales need an explicit domain in this renderer; bars grow from 1 (as fast as the baseline).
  const values = rows.map((r) => r.speedup);
  const lo = 10 ** Math.floor(Math.log10(Math.min(0.5, ...values) / 1.2));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(2, ...values) * 1.2));
  const y = { field: 'label', type: 'nominal', title: null, sort: null };
  const x = { field: 'speedup', type: 'quantitative' };
  const valueText = (test, align, dx) => ({
    transform: [{ filter: test }],
    mark: { type: 'text', align, dx, fontSize: 10 },
    encoding: { y, x, text: { field: 'speedup', type: 'quantitative', format: '.2f' } },
  });
  return {
    title: { text: title, font: FONT },
    data: { values: rows },
    facet: { row: { field: 'workload', type: 'nominal', title: null, sort: [...new Set(rows.map((r) => r.workload))], header: { labelAngle: 0, labelAlign: 'left' } } },
    spec: {
      width: 440,
      layer: [
        {
          mark: { type: 'bar', height: { band: 0.8 } },
          encoding: {
            y,
            x: {
              ...x,
              scale: { type: 'log', domain: [lo, hi] },
              title: xTitle,
            },
            x2: { datum: 1 },
            color: { field: 'label', type: 'nominal', legend: null },
          },
        },
        valueText('datum.speedup >= 1', 'left', 3),
        valueText('datum.speedup < 1', 'right', -3),
      ],
    },
    resolve: { scale: { y: 'independent' } },
  };
}

/** Bars of milliseconds per call, one panel per pair (C++ section). */
export function cppChart(rows) {
  return {
    title: { text: 'C++ core vs edlib (ms per call, lower is better)', font: FONT },
    data: { values: rows },
    facet: { row: { field: 'pair', type: 'nominal', title: null, sort: [...new Set(rows.map((r) => r.pair))], header: { labelAngle: 0, labelAlign: 'left' } } },
    spec: {
      width: 420,
      layer: [
        {
          mark: 'bar',
          encoding: {
            y: { field: 'name', type: 'nominal', title: null, sort: null },
            x: { field: 'ms', type: 'quantitative', title: 'ms per call (median)' },
            color: { field: 'library', type: 'nominal', title: 'library' },
          },
        },
        {
          mark: { type: 'text', align: 'left', dx: 3, fontSize: 10 },
          encoding: {
            y: { field: 'name', type: 'nominal', sort: null },
            x: { field: 'ms', type: 'quantitative' },
            text: { field: 'ms', type: 'quantitative', format: '.2f' },
          },
        },
      ],
    },
    resolve: { scale: { x: 'independent', y: 'independent' } },
  };
}

/**
 * Memory over calls, one panel per backend, one line per measure.
 * @param {Array<{ backend: string, calls: number, measure: string, mb: number }>} rows
 */
export function memoryChart(rows) {
  return {
    title: { text: 'Memory during the soak (sampled after a GC)', font: FONT },
    data: { values: rows },
    facet: { column: { field: 'backend', type: 'nominal', title: null } },
    spec: {
      width: 360,
      height: 220,
      mark: { type: 'line', point: false },
      encoding: {
        x: { field: 'millions', type: 'quantitative', title: 'calls so far (millions: distance, then editops)' },
        y: { field: 'mb', type: 'quantitative', title: 'MB' },
        color: { field: 'measure', type: 'nominal', title: null },
      },
    },
  };
}
