/**
 * Issue 9's targets for the fast core, as data, and how one run measures them. Each target is one
 * figure of this run, from the JS results or the C++ rows (--cpp), with its bound. A target whose
 * inputs did not run is "not measured" and says why. Targets never fail the run.
 */
import { BASELINE_ID } from './contestants.mjs';
import { BATCH_PAIR, RSS_TASK } from './cpp.mjs';
import { fmtMs, fmtRatio, mdTable, textTable } from './format.mjs';

/**
 * @typedef {object} CoreTarget
 * @property {string} item     the issue's item
 * @property {string} what     what the report calls it
 * @property {Measure} measure
 * @property {{ atLeast: number } | { atMost: number } | { belowMB: number } | { nsAtMost: number } | { completes: true }} bound
 *
 * @typedef {{ vsFL: { workload: string, contestant: string } }
 *   | { js: { workload: string, subject: string, reference: string } }
 *   | { cpp: { pair: string, subject: string, reference: string } }
 *   | { rss: { pair: string } }
 *   | { cppNsPerPair: { pair: string, name: string } }
 *   | { completes: { workload: string, contestant: string } }} Measure
 * vsFL: the contestant's "vs FL" on the workload. js: reference median / subject median (contestant
 * ids). cpp: reference ms / subject ms, rows named "library task" ("edlib editops"). rss: the peak
 * RSS row of the pair. cppNsPerPair: the nsPerPair of a C++ batch row. completes: whether the contestant's row on the workload is ok.
 */

const LONG_SIMILAR = ['text-10k-similar', 'text-100k-similar'];
/** Issue 13's short pairs as users call them: real typos, unrelated words, names. */
const SHORT_PAIRS = ['misspellings', 'word-pairs', 'names'];
/** The JS peers a user would pick for one pair at a time. */
const SHORT_PEERS = ['fastest-levenshtein', 'js-levenshtein', 'leven'];

/** @type {CoreTarget[]} */
export const ISSUE_13_TARGETS = [
  ...SHORT_PAIRS.map((dataset) => ({
    item: '13 short pairs',
    what: `@editops/auto \`distance\` vs the fastest of ${SHORT_PEERS.join(', ')} (${dataset})`,
    measure: { vsBestPeer: { workload: `${dataset}/distance`, contestant: 'auto', peers: SHORT_PEERS } },
    bound: { atLeast: 1.5 },
  })),
  ...SHORT_PAIRS.map((dataset) => ({
    item: '13 short pairs',
    what: `@editops/auto \`editops\` vs fastest-levenshtein \`distance\` (${dataset})`,
    measure: { vsFL: { workload: `${dataset}/editops`, contestant: 'auto' } },
    bound: { atLeast: 0.7 },
  })),
];

/** @type {CoreTarget[]} */
export const CORE_TARGETS = [
  ...ISSUE_13_TARGETS,
  {
    item: '1 short pairs',
    what: '@editops/auto `distance` vs fastest-levenshtein `distance` (misspellings)',
    measure: { vsFL: { workload: 'misspellings/distance', contestant: 'auto' } },
    bound: { atLeast: 1 },
  },
  {
    item: '2 short pairs',
    what: '@editops/auto `editops` vs fastest-levenshtein `distance` (misspellings)',
    measure: { vsFL: { workload: 'misspellings/editops', contestant: 'auto' } },
    bound: { atLeast: 0.5 },
  },
  ...LONG_SIMILAR.flatMap((pair) => [
    {
      item: '3 long similar, C++',
      what: `core \`distance\` vs edlib \`distance\` (${pair})`,
      measure: { cpp: { pair, subject: 'editops distance', reference: 'edlib distance' } },
      bound: { atLeast: 1 },
    },
    {
      item: '3 long similar, C++',
      what: `core \`editops\` vs edlib path (${pair})`,
      measure: { cpp: { pair, subject: 'editops editops', reference: 'edlib editops' } },
      bound: { atLeast: 2 },
    },
  ]),
  ...LONG_SIMILAR.map((dataset) => ({
    item: '4 long similar, JS',
    what: `@editops/native \`distance\` vs fastest-levenshtein (${dataset})`,
    measure: { vsFL: { workload: `${dataset}/distance`, contestant: 'native' } },
    bound: { atLeast: 20 },
  })),
  ...LONG_SIMILAR.flatMap((dataset) =>
    ['distance', 'editops'].map((call) => ({
      item: '4 long similar, JS',
      what: `@editops/wasm vs @editops/native \`${call}\` (${dataset})`,
      measure: { js: { workload: `${dataset}/${call}`, subject: 'wasm', reference: 'native' } },
      bound: { atLeast: 0.5 },
    })),
  ),
  {
    // The ratio is distance time over yardstick time: at most 1.25 = within 25% of one full pass.
    item: '5 long unrelated, C++',
    what: 'core `distance` time / one full bit-parallel pass (text-10k-unrelated)',
    measure: { cpp: { pair: 'text-10k-unrelated', subject: 'editops full-pass', reference: 'editops distance' } },
    bound: { atMost: 1.25 },
  },
  {
    item: '6a memory, C++',
    what: 'peak RSS of one core `editops` call (text-100k-similar)',
    measure: { rss: { pair: 'text-100k-similar' } },
    bound: { belowMB: 256 },
  },
  ...['native', 'wasm'].map((contestant) => ({
    item: '6b 1M texts, JS',
    what: `@editops/${contestant} \`editops\` completes (text-1m-similar)`,
    measure: { completes: { workload: 'text-1m-similar/editops', contestant } },
    bound: { completes: true },
  })),
  {
    // The issue's bridge item: auto may route per input size, but never be more than 5% slower
    // than the better of native and wasm. Over every pair workload of the run, the worst case.
    item: 'bridge, JS',
    what: '@editops/auto time / the faster of native and wasm, worst workload',
    measure: { autoVsBest: {} },
    bound: { atMost: 1.05 },
  },
  {
    item: '6b 1M texts, C++',
    what: 'core `editops` vs edlib path (text-1m-similar)',
    measure: { cpp: { pair: 'text-1m-similar', subject: 'editops editops', reference: 'edlib editops' } },
    bound: { atLeast: 1 },
  },
  // Issue 20 (simd-batch): RapidFuzz's cdist builds this matrix at 11 ns a pair on this kind of
  // machine, and its CachedLevenshtein loop extracts at 55 (the issue's figures).
  {
    item: '20 batch, C++',
    what: 'core `distance_matrix`, ns a pair (misspellings x words)',
    measure: { cppNsPerPair: { pair: BATCH_PAIR, name: 'editops matrix' } },
    bound: { nsAtMost: 8 },
  },
  // The target reads the extract of prepared choices, which carry their index (ChoiceIndex, built
  // once, as prepareChoices builds it); the plain list's row stays beside it in the table.
  {
    item: '20 batch, C++',
    what: 'core top-10 `extract` of prepared choices (with their index), ns a pair (misspellings x words)',
    measure: { cppNsPerPair: { pair: BATCH_PAIR, name: 'editops extract10-indexed' } },
    bound: { nsAtMost: 12 },
  },
];

const ratioText = (n) => `${Number.isInteger(n) ? n.toFixed(1) : n}x`;

/** Per kind of bound: how the requirement reads, whether a value meets it, how the value reads. */
const BOUNDS = {
  atLeast: { required: (n) => `>= ${ratioText(n)}`, met: (v, n) => v >= n, show: fmtRatio },
  atMost: { required: (n) => `<= ${ratioText(n)}`, met: (v, n) => v <= n, show: fmtRatio },
  belowMB: { required: (n) => `< ${n} MB`, met: (v, n) => v < n, show: (v) => `${v.toFixed(1)} MB` },
  nsAtMost: { required: (n) => `<= ${n} ns a pair`, met: (v, n) => v <= n, show: (v) => `${v.toFixed(1)} ns a pair` },
  completes: { required: () => 'completes (status ok)', met: (v) => v === true, show: null }, // its measure says how
};

/** Why a contestant's row of a JS workload is missing, or the row: { row } | { missing }. */
function jsRow(run, workload, contestant) {
  if (!run.workloads.some((w) => w.id === workload)) return { missing: `${workload} not selected (--workloads)` };
  const note = run.workloadNotes.find((n) => n.workload === workload);
  if (note?.quickSkip) return { missing: note.quickSkip };
  if (note?.status !== 'ran') return { missing: `${workload}: ${note?.reason ?? 'not run'}` };
  if (!run.contestants.some((c) => c.id === contestant)) return { missing: `${contestant} not selected (--contestants)` };
  const row = run.results.find((r) => r.workload === workload && r.contestant === contestant);
  return row ? { row } : { missing: `${contestant} has no row on ${workload}` };
}

/** The timed row of a JS workload, or why there is none. */
function okJsRow(run, workload, contestant) {
  const found = jsRow(run, workload, contestant);
  if (found.row && found.row.status !== 'ok') return { missing: `${found.row.label} on ${workload}: ${found.row.reason}` };
  return found;
}

/** The C++ row "library task" of a pair, or why there is none. */
function cppRow(run, pair, name) {
  const cpp = run.cpp;
  if (!cpp) return { missing: '--cpp not given' };
  const skipped = cpp.skipped?.find((s) => s.pair === pair);
  if (skipped) return { missing: skipped.reason };
  const row = cpp.rows.find((r) => r.pair === pair && `${r.library} ${r.task}` === name);
  if (!row) return { missing: cpp.rows.length === 0 && cpp.note ? cpp.note.split('\n')[0] : `no C++ row "${name}" on ${pair}` };
  if (row.status !== 'ok') return { missing: `C++ ${name} on ${pair}: ${row.status}${row.note ? ` (${row.note})` : ''}` };
  return { row };
}

/** What `missing` says when any of several looked-up rows is missing. */
const firstMissing = (...found) => found.find((f) => f.missing)?.missing;

/** Per kind of measure: the figure ({ value, shown? }) or why there is none ({ missing }). */
const MEASURES = {
  vsFL(run, { workload, contestant }) {
    const { row, missing } = okJsRow(run, workload, contestant);
    if (missing) return { missing };
    if (row.speedup) return { value: row.speedup };
    // No baseline: say why where fastest-levenshtein has a row of its own (skipped as too slow).
    const fl = run.results.find((r) => r.workload === workload && r.contestant === BASELINE_ID && r.status !== 'ok');
    return { missing: fl ? `fastest-levenshtein on ${workload}: ${fl.reason}` : `no fastest-levenshtein baseline on ${workload} (too slow, or it failed)` };
  },
  vsBestPeer(run, { workload, contestant, peers }) {
    const s = okJsRow(run, workload, contestant);
    if (s.missing) return { missing: s.missing };
    const rows = peers.map((peer) => okJsRow(run, workload, peer).row).filter(Boolean);
    if (rows.length === 0) return { missing: `none of ${peers.join(', ')} ran on ${workload}` };
    const best = rows.reduce((x, y) => (y.medianMs < x.medianMs ? y : x));
    const value = best.medianMs / s.row.medianMs;
    return { value, shown: `${fmtRatio(value)} (vs ${best.contestant})` };
  },
  js(run, { workload, subject, reference }) {
    const s = okJsRow(run, workload, subject);
    const r = okJsRow(run, workload, reference);
    const missing = firstMissing(s, r);
    return missing ? { missing } : { value: r.row.medianMs / s.row.medianMs };
  },
  cpp(run, { pair, subject, reference }) {
    const s = cppRow(run, pair, subject);
    const r = cppRow(run, pair, reference);
    const missing = firstMissing(s, r);
    return missing ? { missing } : { value: r.row.ms / s.row.ms };
  },
  cppNsPerPair(run, { pair, name }) {
    const { row, missing } = cppRow(run, pair, name);
    return missing ? { missing } : { value: row.nsPerPair };
  },
  rss(run, { pair }) {
    const { row, missing } = cppRow(run, pair, `editops ${RSS_TASK}`);
    if (missing) return { missing };
    return row.rssMb === null ? { missing: 'no peak RSS on this platform (getrusage)' } : { value: row.rssMb };
  },
  autoVsBest(run) {
    let worst = null;
    for (const w of run.workloads.filter((x) => x.unit !== 'queries')) {
      const [auto, native, wasm] = ['auto', 'native', 'wasm'].map((c) => okJsRow(run, w.id, c).row);
      if (!auto || !native || !wasm) continue;
      const ratio = auto.medianMs / Math.min(native.medianMs, wasm.medianMs);
      if (!worst || ratio > worst.ratio) worst = { ratio, workload: w.id };
    }
    if (!worst) return { missing: 'no workload ran auto, native and wasm' };
    return { value: worst.ratio, shown: `${fmtRatio(worst.ratio)} (${worst.workload})` };
  },
  // Measured once the contestant ran: a row that is not ok is a target not met, not a missing one.
  completes(run, { workload, contestant }) {
    const { row, missing } = jsRow(run, workload, contestant);
    if (missing) return { missing };
    return row.status === 'ok' ? { value: true, shown: `ok (${fmtMs(row.medianMs)} per call)` } : { value: false, shown: row.reason ?? row.status };
  },
};

/**
 * Evaluates every target on a finished run (results, workloadNotes, contestants, cpp).
 * @returns {Array<{ item: string, what: string, required: string, measured: number | boolean | null,
 *                   shown: string, met: boolean | null, reason?: string }>}
 */
export function evaluateCoreTargets(run) {
  return CORE_TARGETS.map((t) => {
    const [kind, params] = Object.entries(t.measure)[0];
    const [boundKind, bound] = Object.entries(t.bound)[0];
    const rule = BOUNDS[boundKind];
    const m = MEASURES[kind](run, params);
    const base = { item: t.item, what: t.what, required: rule.required(bound) };
    if (m.missing) return { ...base, measured: null, shown: 'n/a', met: null, reason: m.missing };
    return { ...base, measured: m.value, shown: m.shown ?? rule.show(m.value), met: rule.met(m.value, bound) };
  });
}

const statusText = (t) => (t.met === null ? `not measured: ${t.reason}` : t.met ? 'met' : '**not met**');
const rows = (targets) => targets.map((t) => [t.item, t.what, t.required, t.shown, statusText(t)]);
const HEADER = ['item', 'target', 'required', 'measured', 'status'];

/** The report's section: every target, measured or not. */
export function coreTargetsSection(run) {
  const targets = run.coreTargets ?? [];
  return [
    '## Targets (issues 9 and 13)',
    '',
    "Every target of issues 9 and 13 (pair calls; the batch targets sit under their workloads), from this run's figures. " +
      'Issue 13 compares with the fastest peer of the same workload, each peer timed from a call site of its own. ' +
      "Issue 9's JS rows: *vs FL* as in the tables above; wasm vs native = " +
      "native's median / wasm's. C++ rows (`--cpp`): ratios of the medians in the C++ table below (edlib's time / the core's; " +
      "for item 5 the core's `distance` time / the full-pass yardstick's); the peak RSS of one `editops` call in its own process. " +
      'A target whose inputs did not run says why. Targets never fail the run.' +
      (run.quick ? ' **Quick run:** few runs, so the ratios are noisy, and the 1M pair is left out (the JS workload runs when `--workloads` names it; the C++ bench skips it).' : ''),
    '',
    mdTable(HEADER, rows(targets)),
    '',
  ];
}

/** The targets as plain text for stdout, or '' when none of them was measured. */
export function coreTargetsTable(run) {
  const targets = run.coreTargets ?? [];
  if (!targets.some((t) => t.met !== null)) return '';
  const plain = rows(targets).map((r) => r.map((cell) => cell.replace(/[`*]/g, '')));
  return `issue 9 and 13 targets${run.quick ? ' (quick run: noisy)' : ''}\n${textTable(HEADER, plain)}`;
}
