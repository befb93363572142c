/**
 * Timing: a cost estimate before the first full call, then warm-up and several timed runs whose
 * median is reported. A "pass" is one call per pair of the workload (one call for a long-text
 * workload, ~4300 for the misspellings).
 */
import { codePointLength } from './generate.mjs';

/** Iteration counts and budgets of a full run and of a --quick smoke run. */
export const PROFILES = {
  full: {
    warmupMs: 300, // keep calling for this long before measuring
    minSampleMs: 200, // one timed run repeats the pass until it lasts this long
    runs: 9, // timed runs (fewer if the contestant budget says so, never fewer than minRuns)
    minRuns: 3,
    callBudgetMs: 5000, // skip a contestant whose single call is estimated to take longer
    contestantBudgetMs: 10000, // total time one contestant may spend in the timed runs
    probeLength: 3000, // the estimate times prefixes of about this many symbols
    // Batch workloads (batch.mjs): a pass is every query once, seconds long, so fewer runs.
    batch: {
      warmupMs: 300, // queries called before the timed passes (at least one round of in-flight queries)
      runs: 5,
      minRuns: 2,
      budgetMs: 20000, // timed passes of one variant, unless minRuns already exceeds it
    },
  },
  quick: {
    warmupMs: 20,
    minSampleMs: 15,
    runs: 3,
    minRuns: 2,
    callBudgetMs: 700,
    contestantBudgetMs: 1500,
    probeLength: 2000,
    batch: { warmupMs: 20, runs: 3, minRuns: 1, budgetMs: 600 },
  },
};

let sink = 0;
/** Read by the caller at the end, so no timed result is dead code. */
export const sinkValue = () => sink;

const now = () => performance.now();
const sizeOf = (v) => (typeof v === 'string' ? codePointLength(v) : v.length);
const prefix = (v, n) => (typeof v === 'string' ? Array.from(v).slice(0, n).join('') : v.slice(0, n));

export function median(values) {
  const s = [...values].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Estimates one call on (a, b) from calls on prefixes of both, assuming the cost grows with
 * |a| * |b|. None of the contestants is worse than quadratic, and with a fixed edit rate even the
 * O(ND) and banded algorithms grow like that, so the estimate errs on the slow side.
 * @returns {number} milliseconds
 */
export function estimateCallMs(run, a, b, probeLength) {
  const la = sizeOf(a);
  const lb = sizeOf(b);
  const scale = Math.min(1, probeLength / Math.max(la, lb, 1));
  const pa = prefix(a, Math.max(1, Math.round(la * scale)));
  const pb = prefix(b, Math.max(1, Math.round(lb * scale)));
  const times = [];
  for (let k = 0; k < 4; k++) {
    const t0 = now();
    sink += run(pa, pb);
    times.push(now() - t0);
  }
  const probe = median(times.slice(1));
  return (probe * (la * lb)) / Math.max(1, sizeOf(pa) * sizeOf(pb));
}

/**
 * Warms a contestant up and sizes its timed runs: `inner` passes make one run of about
 * profile.minSampleMs, and `runs` of them fit its budget. The runs themselves can then be taken
 * in turns with other contestants (see run.mjs), so that a change in the machine's load falls on
 * all of them alike instead of on whoever was being timed then.
 * @param {(pairs: Array<[any, any]>) => number} pass  the contestant's own pass loop (call-site.mjs)
 * @param {Array<[any, any]>} pairs
 * @param {typeof PROFILES.full} profile
 * @param {number} [knownPassMs]  a pass time already seen (the gate's), to size the warm-up
 */
export function planPasses(pass, pairs, profile, knownPassMs = 0) {
  let last = knownPassMs;
  // A pass slower than the warm-up time was already warm after the gate's pass.
  if (knownPassMs < profile.warmupMs) {
    const until = now() + profile.warmupMs;
    do {
      const t0 = now();
      sink += pass(pairs);
      last = now() - t0;
    } while (now() < until);
  }
  const inner = Math.max(1, Math.ceil(profile.minSampleMs / Math.max(last, 1e-6)));
  const affordable = Math.floor(profile.contestantBudgetMs / Math.max(inner * last, 1e-6));
  const runs = Math.max(profile.minRuns, Math.min(profile.runs, affordable));
  return { inner, runs };
}

/** One timed run: `inner` passes; returns ms per pass. */
export function timedRun(pass, pairs, inner) {
  const t0 = now();
  for (let i = 0; i < inner; i++) sink += pass(pairs);
  return (now() - t0) / inner;
}

/** The figures of a contestant's timed runs. */
export function summary(samples, plan) {
  return {
    medianMs: median(samples),
    minMs: Math.min(...samples),
    maxMs: Math.max(...samples),
    runs: plan.runs,
    inner: plan.inner,
  };
}

/** Runs the check over every pair; stops at the first few failures. */
export function gatePass(check, pairs, expected, maxFailures = 3) {
  const failures = [];
  const t0 = now();
  for (let i = 0; i < pairs.length && failures.length < maxFailures; i++) {
    const problem = check(pairs[i][0], pairs[i][1], expected[i]);
    if (problem) failures.push(problem);
  }
  return { failures, ms: now() - t0 };
}
