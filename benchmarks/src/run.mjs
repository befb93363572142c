/**
 * Runs the selected workloads against the selected contestants: requirement check, cost
 * estimate, correctness gate, then timing. Returns plain result records (see report.mjs).
 */
import { runBatchWorkload } from './batch.mjs';
import { missingNeeds } from './capabilities.mjs';
import { BASELINE_ID, baselineDistance, metricOf } from './contestants.mjs';
import { loadDataset } from './datasets.mjs';
import { estimateCallMs, gatePass, timePasses } from './timing.mjs';
import { quickRunSkip } from './workloads.mjs';

const gc = () => globalThis.gc?.();

/** Calls the harness can time and check: pair calls here, batch calls in batch.mjs. Others are
 * skipped with a note. */
const PAIR_CALLS = ['distance', 'editops'];
const BATCH_CALLS = ['extract'];
const RUNNABLE_CALLS = [...PAIR_CALLS, ...BATCH_CALLS];

/**
 * @typedef {object} Result
 * @property {string} workload
 * @property {string} contestant
 * @property {string} [variant]   batch workloads: how the contestant was called (contestants.mjs)
 * @property {string} [key]       batch workloads: `contestant/variant`
 * @property {string} label
 * @property {'ok' | 'skipped' | 'too-slow' | 'too-large' | 'wrong' | 'error'} status
 * @property {string} [reason]    why there is no figure (short)
 * @property {string} [detail]    the error message behind the reason, if any
 * @property {number} [medianMs]   per pass (one call per pair; batch: one call per query)
 * @property {number} [prepareMs]  batch: prepareChoices, once, outside the passes
 * @property {number} [queriesPerSec]  batch only
 * @property {number} [minMs]
 * @property {number} [maxMs]
 * @property {number} [runs]
 * @property {number} [inner]
 * @property {number} [estimateMs] estimated single call on the largest pair, when estimated
 * @property {number} [pairsPerSec]
 * @property {number} [symbolsPerSec]
 * @property {number | null} [speedup]   baseline median / this median (higher is faster)
 */

function isRangeError(error) {
  return error instanceof RangeError || error?.name === 'RangeError';
}

/** Measures one contestant on one workload. */
function measure(binding, dataset, expected, profile, log, estimate) {
  const { pairs, maxLength } = dataset;
  let estimateMs;
  try {
    if (estimate && maxLength > profile.probeLength) {
      const largest = pairs.reduce((x, y) => (y[0].length + y[1].length > x[0].length + x[1].length ? y : x));
      estimateMs = estimateCallMs(binding.run, largest[0], largest[1], profile.probeLength);
      if (estimateMs > profile.callBudgetMs) {
        return {
          status: 'too-slow',
          reason: `skipped: too slow (one call ~${(estimateMs / 1000).toFixed(1)} s > ${(profile.callBudgetMs / 1000).toFixed(1)} s budget)`,
          estimateMs,
        };
      }
    }
    const gate = gatePass(binding.check, pairs, expected);
    if (gate.failures.length > 0) {
      return { status: 'wrong', reason: `wrong answer: ${gate.failures.join('; ')}`, estimateMs };
    }
    gc();
    const timing = timePasses(binding.run, pairs, profile, gate.ms);
    return {
      status: 'ok',
      ...timing,
      estimateMs,
      pairsPerSec: pairs.length / (timing.medianMs / 1000),
      symbolsPerSec: dataset.symbols / (timing.medianMs / 1000),
    };
  } catch (error) {
    if (isRangeError(error)) {
      return { status: 'too-large', reason: 'n/a (too large)', detail: `RangeError: ${error.message}`, estimateMs };
    }
    log(`    error: ${error?.stack ?? error}`);
    return { status: 'error', reason: `threw ${error?.name ?? 'error'}: ${error?.message ?? error}`, estimateMs };
  }
}

/**
 * @param {object} args
 * @param {import('./workloads.mjs').Workload[]} args.workloads
 * @param {import('./contestants.mjs').Contestant[]} args.contestants  the selected ones
 * @param {Record<string, any>} args.reference  @editops/native
 * @param {Set<string>} args.referenceCaps
 * @param {typeof import('./timing.mjs').PROFILES.full} args.profile
 * @param {boolean} [args.quick]  datasets in their quick-run size, where they have one; full-run-only
 *                                workloads skipped unless `selectors` names them
 * @param {string[]} [args.selectors]  --workloads, as given
 * @param {(line: string) => void} args.log
 */
export async function runWorkloads({ workloads, contestants, reference, referenceCaps, profile, quick = false, selectors, log }) {
  /** @type {Result[]} */
  const results = [];
  /** @type {Array<{ workload: string, status: string, reason?: string, quickSkip?: string }>} */
  const workloadNotes = [];
  /** Baseline (fastest-levenshtein distance) median per dataset, measured once. */
  const baselines = new Map();

  function baselineFor(dataset) {
    if (baselines.has(dataset.id)) return baselines.get(dataset.id);
    let value = null;
    if (dataset.input === 'string') {
      log(`  baseline: fastest-levenshtein distance on ${dataset.id}`);
      const binding = {
        run: baselineDistance,
        check: (a, b, expected) => (baselineDistance(a, b) === expected ? null : 'baseline disagrees'),
      };
      const expected = dataset.pairs.map(([a, b]) => reference.distance(a, b));
      const m = measure(binding, dataset, expected, profile, log, true);
      value = m.status === 'ok' ? m.medianMs : null;
    }
    baselines.set(dataset.id, value);
    return value;
  }

  for (const workload of workloads) {
    log(`\n${workload.id}`);
    const quickSkip = quick ? quickRunSkip(workload, selectors) : null;
    if (quickSkip) {
      const reason = `skipped: ${quickSkip} (name it in --workloads to run it)`;
      log(`  ${reason}`);
      workloadNotes.push({ workload: workload.id, status: 'quick-skip', reason, quickSkip });
      continue;
    }
    const missing = missingNeeds(workload, referenceCaps);
    if (missing.length > 0) {
      const reason = `skipped: needs ${missing.join(', ')}, not in @editops/native yet`;
      log(`  ${reason}`);
      workloadNotes.push({ workload: workload.id, status: 'unavailable', reason });
      continue;
    }
    if (!RUNNABLE_CALLS.includes(workload.call)) {
      const reason = `skipped: @editops/native has ${workload.call}, but this benchmark has no runner for it yet`;
      log(`  ${reason}`);
      workloadNotes.push({ workload: workload.id, status: 'no-runner', reason });
      continue;
    }
    const dataset = loadDataset(workload.dataset, { quick });
    if (BATCH_CALLS.includes(workload.call)) {
      const batch = await runBatchWorkload({ workload, dataset, contestants, profile, log });
      results.push(...batch.results);
      workloadNotes.push(batch.note);
      continue;
    }
    const expected = dataset.pairs.map(([a, b]) => reference.distance(a, b, workload.options));

    for (const contestant of contestants) {
      if (!contestant.serves(workload)) continue;
      const base = { workload: workload.id, contestant: contestant.id, label: contestant.label };
      const binding = contestant.bind(workload);
      if ('skip' in binding) {
        log(`  ${contestant.label}: skipped: ${binding.skip}`);
        results.push({ ...base, status: 'skipped', reason: `skipped: ${binding.skip}` });
        continue;
      }
      gc();
      // Peers get a cost estimate first and are skipped when one call would blow the budget. The
      // editops packages are what is measured, and they promise a RangeError up front rather
      // than a hang, so they always run.
      const m = measure(binding, dataset, expected, profile, log, contestant.kind === 'peer');
      const line =
        m.status === 'ok'
          ? `${(m.medianMs).toFixed(3)} ms/pass (median of ${m.runs}x${m.inner})`
          : m.reason;
      log(`  ${contestant.label}: ${line}`);
      results.push({ ...base, ...m });
    }

    // Ratios to fastest-levenshtein's distance on the same pairs, measured in this run.
    const own = results.find(
      (r) => r.workload === workload.id && r.contestant === BASELINE_ID && r.status === 'ok' && workload.call === 'distance',
    );
    if (own && !baselines.has(dataset.id) && metricOf(workload) === 'levenshtein') baselines.set(dataset.id, own.medianMs);
    const baselineMs = baselineFor(dataset);
    for (const r of results) {
      if (r.workload !== workload.id || r.status !== 'ok') continue;
      r.speedup = baselineMs ? baselineMs / r.medianMs : null;
    }
    workloadNotes.push({ workload: workload.id, status: 'ran', baselineMs, dataset: dataset.id });
  }
  return { results, workloadNotes, baselines: Object.fromEntries(baselines) };
}
