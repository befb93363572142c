/**
 * Runs the selected workloads against the selected contestants: requirement check, cost
 * estimate, correctness gate, then timing. Returns plain result records (see report.mjs).
 */
import { runBatchWorkload } from './batch.mjs';
import { missingNeeds } from './capabilities.mjs';
import { BASELINE_ID, baselineDistance, metricOf } from './contestants.mjs';
import { loadDataset } from './datasets.mjs';
import { compilePass } from './call-site.mjs';
import { estimateCallMs, gatePass, planPasses, summary, timedRun } from './timing.mjs';
import { quickRunSkip } from './workloads.mjs';

const gc = () => globalThis.gc?.();

/** Calls the harness can time and check: pair calls here, batch calls in batch.mjs. Others are
 * skipped with a note. */
const PAIR_CALLS = ['distance', 'editops'];
const BATCH_CALLS = ['extract', 'closest'];
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

/**
 * Readies one contestant for timing on one workload: the cost estimate (peers on long inputs),
 * the correctness gate, the warm-up and the size of its timed runs. Returns { status: 'ready',
 * plan } or the final result of a contestant that will not be timed.
 */
function prepare(binding, dataset, expected, profile, log, estimate) {
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
    return { status: 'ready', plan: planPasses(binding.pass, pairs, profile, gate.ms), estimateMs };
  } catch (error) {
    return failed(error, estimateMs, log);
  }
}

function failed(error, estimateMs, log) {
  if (isRangeError(error)) {
    return { status: 'too-large', reason: 'n/a (too large)', detail: `RangeError: ${error.message}`, estimateMs };
  }
  log(`    error: ${error?.stack ?? error}`);
  return { status: 'error', reason: `threw ${error?.name ?? 'error'}: ${error?.message ?? error}`, estimateMs };
}

/** The result of a contestant's timed runs. */
function timed(samples, plan, estimateMs, dataset) {
  const timing = summary(samples, plan);
  return {
    status: 'ok',
    ...timing,
    estimateMs,
    pairsPerSec: dataset.pairs.length / (timing.medianMs / 1000),
    symbolsPerSec: dataset.symbols / (timing.medianMs / 1000),
  };
}

/**
 * Times the ready contestants of one workload in turns: run r of every contestant, then run r + 1
 * of every one. Timed one after another instead, a change in the machine's load during one
 * contestant's runs skews the ratios between contestants, which are what the report compares.
 * Returns one result per entry of `ready`.
 */
function timeInTurns(ready, dataset, log) {
  const samples = ready.map(() => []);
  const outcome = ready.map(() => null);
  const rounds = Math.max(...ready.map((r) => r.plan.runs));
  for (let round = 0; round < rounds; round++) {
    ready.forEach((r, k) => {
      if (outcome[k] || round >= r.plan.runs) return;
      try {
        samples[k].push(timedRun(r.binding.pass, dataset.pairs, r.plan.inner));
      } catch (error) {
        outcome[k] = failed(error, r.estimateMs, log);
      }
    });
  }
  return ready.map((r, k) => outcome[k] ?? timed(samples[k], r.plan, r.estimateMs, dataset));
}

/** Measures one contestant on one workload on its own (the fastest-levenshtein baseline). */
function measure(binding, dataset, expected, profile, log, estimate) {
  const prepared = prepare(binding, dataset, expected, profile, log, estimate);
  if (prepared.status !== 'ready') return prepared;
  return timeInTurns([{ ...prepared, binding }], dataset, log)[0];
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
        pass: compilePass({ fn: baselineDistance, result: 'number' }, `baseline on ${dataset.id}`),
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

    // Every contestant is gated and warmed up first; then their timed runs are taken in turns.
    const entries = [];
    for (const contestant of contestants) {
      if (!contestant.serves(workload)) continue;
      const base = { workload: workload.id, contestant: contestant.id, label: contestant.label };
      const binding = contestant.bind(workload);
      if (!('skip' in binding)) binding.pass = compilePass(binding.call, `${contestant.id} on ${workload.id}`);
      if ('skip' in binding) {
        log(`  ${contestant.label}: skipped: ${binding.skip}`);
        entries.push({ contestant, base, result: { status: 'skipped', reason: `skipped: ${binding.skip}` } });
        continue;
      }
      gc();
      // Peers get a cost estimate first and are skipped when one call would blow the budget. The
      // editops packages are what is measured, and they promise a RangeError up front rather
      // than a hang, so they always run.
      const prepared = prepare(binding, dataset, expected, profile, log, contestant.kind === 'peer');
      entries.push({ contestant, base, binding, prepared, result: prepared.status === 'ready' ? null : prepared });
    }
    const ready = entries.filter((e) => e.result === null);
    gc();
    const timings = timeInTurns(ready.map((e) => ({ ...e.prepared, binding: e.binding })), dataset, log);
    ready.forEach((e, k) => {
      e.result = timings[k];
    });
    for (const { contestant, base, result } of entries) {
      if (result.status !== 'skipped') {
        const line = result.status === 'ok' ? `${result.medianMs.toFixed(3)} ms/pass (median of ${result.runs}x${result.inner})` : result.reason;
        log(`  ${contestant.label}: ${line}`);
      }
      results.push({ ...base, ...result });
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
