/**
 * `--base label=DIR`: the editops packages of an earlier commit, built in their own checkout
 * (a git worktree), run as contestants of the same run beside today's. "No workload got slower"
 * (issues 13, 14, 17, 20) is then a ratio of two medians taken in turns in one run, not a
 * comparison of two reports from two machines or two loads.
 *
 * Not on the short pairs (SHORT_PAIRS): those are answered by a JS kernel, whose speed depends on
 * how V8 compiled it in that process (three packages running the same TS kernel in one run differ
 * by 18%; separate processes by up to 1.7x). They are compared by bench:ab (ab-commits.mjs):
 * rounds of fresh processes, each loading both sides and timing them in turns.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fmtMs, fmtRatio, mdTable } from './format.mjs';

/** The backends of a base that run beside today's (auto picks native: it would repeat it). */
export const BASE_BACKENDS = ['native', 'wasm'];

/**
 * The batch rows an earlier commit runs: the ways of calling that existed at the round's start
 * (the first-call and in-flight rows repeat them at batch cost, which is most of a run's time).
 */
export const BASE_BATCH_VARIANTS = ['array', 'prepared', 'async'];

/** The workload group whose pairs the TypeScript kernel answers (workloads.mjs). */
export const SHORT_PAIRS = 'short real pairs';

/** Whether a base runs (and the report shows it on) this workload. */
export const baseRuns = (workload) => workload?.group !== SHORT_PAIRS;

/** How much slower than its base a row may be before the report flags it (issue 14: 3%). */
export const SLOWER_FLAG = 0.97;

/**
 * Parses `label=DIR` items (a bare DIR is labelled by its folder name).
 * @param {string[] | undefined} items
 * @returns {Array<{ label: string, dir: string }>}
 */
export function parseBases(items) {
  return (items ?? []).map((item) => {
    const eq = item.indexOf('=');
    const dir = resolve(eq < 0 ? item : item.slice(eq + 1));
    const label = eq < 0 ? dir.split('/').filter(Boolean).pop() : item.slice(0, eq);
    if (!/^[\w.-]+$/.test(label)) throw new Error(`--base: label '${label}' must be letters, digits, '.', '_' or '-'`);
    return { label, dir };
  });
}

/** The ESM entry of a built workspace package in `dir`, read from its package.json. */
export function entryOf(dir, pkg) {
  const root = join(dir, 'packages', pkg);
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const dot = manifest.exports?.['.'] ?? manifest.exports;
  const esm = typeof dot === 'string' ? dot : dot?.import?.default ?? dot?.import ?? dot?.default ?? manifest.module ?? manifest.main;
  if (typeof esm !== 'string') throw new Error(`--base: no ESM entry in ${join(root, 'package.json')}`);
  return pathToFileURL(join(root, esm)).href;
}

/**
 * Loads each base's backends.
 * @returns {Promise<Array<{ label: string, dir: string, commit: string | undefined, backend: string, api: any }>>}
 */
export async function loadBases(bases) {
  const loaded = [];
  for (const { label, dir } of bases) {
    const commit = headOf(dir);
    for (const backend of BASE_BACKENDS) {
      let api;
      try {
        api = await import(entryOf(dir, backend));
      } catch (error) {
        throw new Error(`--base ${label}: cannot load @editops/${backend} from ${dir} (is it built?): ${error.message}`);
      }
      loaded.push({ label, dir, commit, backend, api });
    }
  }
  return loaded;
}

/** The commit checked out in `dir` (a worktree's .git is a file that points at its git dir). */
export function headOf(dir) {
  try {
    let gitDir = join(dir, '.git');
    const pointer = readFileSync(gitDir, 'utf8');
    if (pointer.startsWith('gitdir:')) gitDir = pointer.slice(7).trim();
    const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
    return head.startsWith('ref:') ? undefined : head.slice(0, 7);
  } catch {
    return undefined;
  }
}

/** The contestant id of a base backend: `native@start`. */
export const baseId = (backend, label) => `${backend}@${label}`;
/** Whether a result row is a base's (the charts show today's rows only). */
export const isBaseRow = (r) => r.contestant.includes('@');
/** A base's row the report leaves out: on the short pairs, or one that did not run. */
export const hiddenBaseRow = (run, r) => isBaseRow(r) && (r.status === 'skipped' || !baseRuns(run.workloads.find((w) => w.id === r.workload)));

/**
 * Today's row against the same backend's row at each base, per workload (and batch variant).
 * `ratio` = base median / today's median: above 1 is faster today.
 */
export function baseComparisons(run) {
  const bases = run.bases ?? [];
  const rows = [];
  for (const base of bases) {
    for (const backend of BASE_BACKENDS) {
      const id = baseId(backend, base.label);
      for (const old of run.results.filter((r) => r.contestant === id && r.status === 'ok' && baseRuns(run.workloads.find((w) => w.id === r.workload)))) {
        const now = run.results.find((r) => r.workload === old.workload && r.contestant === backend && r.variant === old.variant && r.status === 'ok');
        if (!now) continue;
        rows.push({ base: base.label, backend, workload: old.workload, variant: old.variant, label: now.label, nowMs: now.medianMs, baseMs: old.medianMs, ratio: old.medianMs / now.medianMs });
      }
    }
  }
  return rows;
}

/** The report's section: one table per base, the slowest rows first, flagged below SLOWER_FLAG. */
export function baseSection(run) {
  const bases = run.bases ?? [];
  if (bases.length === 0) return [];
  const all = baseComparisons(run);
  const out = ['## Against earlier commits (`--base`)', ''];
  out.push(
    'The editops backends of each earlier commit, built in a checkout of their own, ran as contestants of this same run, their ' +
      'timed runs taken in turns with today\'s. **now vs base** = the base\'s median / today\'s median on the same workload and ' +
      `way of calling: above 1 is faster today. Rows below ${SLOWER_FLAG} (more than ${Math.round((1 - SLOWER_FLAG) * 100)}% slower) ` +
      `are flagged. The ${SHORT_PAIRS} are compared by \`bench:ab\` instead (\`ab-LABEL.md\` beside this report): the ` +
      'TypeScript kernel answers them, and its speed depends on how V8 compiled it in that process. bench:ab runs rounds of ' +
      'fresh processes that each load both sides and time them in turns, which also resolves the longer pair rows more ' +
      'finely than this table; where both list a row, its figure is the one to read (docs/decisions.md, "Measuring no ' +
      'workload got slower").',
    '',
  );
  for (const base of bases) {
    const rows = all.filter((r) => r.base === base.label).sort((x, y) => x.ratio - y.ratio);
    const slower = rows.filter((r) => r.ratio < SLOWER_FLAG);
    out.push(`### ${base.label}${base.commit ? ` (commit ${base.commit})` : ''}`, '');
    if (rows.length === 0) {
      out.push('_No workload ran on both._', '');
      continue;
    }
    out.push(`${rows.length} rows; ${slower.length === 0 ? `none below ${SLOWER_FLAG}` : `**${slower.length} below ${SLOWER_FLAG}**`}; median ratio ${fmtRatio(median(rows.map((r) => r.ratio)))}.`, '');
    out.push(
      mdTable(
        ['workload', 'row', 'today', 'base', 'now vs base', ''],
        rows.map((r) => [`\`${r.workload}\``, r.label, fmtMs(r.nowMs), fmtMs(r.baseMs), fmtRatio(r.ratio), r.ratio < SLOWER_FLAG ? '**slower**' : '']),
      ),
      '',
    );
  }
  return out;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
