/** Number formatting for the tables. */

export function fmtMs(ms) {
  if (ms == null || !Number.isFinite(ms)) return '';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 1) return `${ms.toFixed(ms >= 100 ? 0 : 2)} ms`;
  return `${(ms * 1000).toFixed(1)} µs`;
}

export function fmtRate(perSec) {
  if (perSec == null || !Number.isFinite(perSec)) return '';
  if (perSec >= 1e9) return `${(perSec / 1e9).toFixed(2)} G`;
  if (perSec >= 1e6) return `${(perSec / 1e6).toFixed(2)} M`;
  if (perSec >= 1e3) return `${(perSec / 1e3).toFixed(1)} k`;
  return perSec.toFixed(1);
}

export function fmtRatio(x) {
  if (x == null || !Number.isFinite(x)) return 'n/a';
  return `${x >= 10 ? x.toFixed(1) : x.toFixed(2)}x`;
}

export const fmtMB = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** A Markdown table. */
export function mdTable(header, rows) {
  const line = (cells) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A plain-text table with aligned columns (for stdout). */
export function textTable(header, rows) {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}
