/**
 * The batch runner: workloads whose call searches a whole choice list per query (`extract`).
 *
 * A *pass* is every query of the dataset once, in order, against the same choices. Per variant
 * (contestants.mjs: prepared / array / async ...): `setup` once (prepareChoices; timed apart and
 * reported as "prepare", never part of a pass), a warm-up on the first queries, then timed
 * passes. Passes last seconds, so there are fewer runs than for the pair workloads
 * (PROFILES.*.batch). Every timed pass is checked: each query's top-N (index and distance, and
 * `choice` where the API returns it) must equal the fastest-levenshtein loop's, which runs first;
 * a mismatch is a 'wrong' result and makes the run exit 1.
 */
import os from 'node:os';
import { BASELINE_ID, baselineBatch } from './contestants.mjs';
import { median } from './timing.mjs';

const now = () => performance.now();
const gc = () => globalThis.gc?.();
const keyOf = (contestant, variant) => `${contestant}/${variant}`;

/**
 * Calls `fn` on every query the way the variant says, and returns the answers in query order.
 * @param {import('./contestants.mjs').BatchVariant} variant
 */
async function runPass(variant, fn, queries) {
  const out = new Array(queries.length);
  if (variant.mode === 'sync') {
    for (let i = 0; i < queries.length; i++) out[i] = fn(queries[i]);
  } else if (variant.mode === 'await-each') {
    for (let i = 0; i < queries.length; i++) out[i] = await fn(queries[i]);
  } else if (variant.mode === 'in-flight') {
    const k = variant.inFlight ?? 8;
    for (let i = 0; i < queries.length; i += k) {
      const part = await Promise.all(queries.slice(i, i + k).map((q) => fn(q)));
      for (let j = 0; j < part.length; j++) out[i + j] = part[j];
    }
  } else {
    throw new Error(`unknown batch mode '${variant.mode}'`);
  }
  return out;
}

const quote = (s) => JSON.stringify(s);
const showMatch = (m) => (m ? `{index ${m.index}, distance ${m.distance}}` : 'nothing');

/**
 * Compares one pass's answers with the expected ones (null: only the shape is checked). Returns
 * up to `max` problems.
 */
function checkAnswers(answers, expected, queries, choices, limit, returnsChoice, max = 3) {
  const problems = [];
  const want = Math.min(limit, choices.length);
  for (let i = 0; i < queries.length && problems.length < max; i++) {
    const got = answers[i];
    const q = quote(queries[i]);
    if (!Array.isArray(got)) {
      problems.push(`extract(${q}) returned ${typeof got}, not an array`);
      continue;
    }
    const exp = expected?.[i];
    const length = exp ? exp.length : want;
    if (got.length !== length) {
      problems.push(`extract(${q}) gave ${got.length} matches, expected ${length}`);
      continue;
    }
    for (let k = 0; k < got.length; k++) {
      const m = got[k];
      // A reference that returns only the choice (fastest-levenshtein's closest) is compared by it.
      if (exp && exp[k].index === undefined) {
        if (m?.choice !== exp[k].choice) {
          problems.push(`closest(${q}) = ${quote(m?.choice)}, fastest-levenshtein's closest has ${quote(exp[k].choice)}`);
          break;
        }
        continue;
      }
      if (exp && (m?.index !== exp[k].index || m?.distance !== exp[k].distance)) {
        problems.push(`extract(${q})[${k}] = ${showMatch(m)}, the fastest-levenshtein loop has ${showMatch(exp[k])}`);
        break;
      }
      if (!exp && k > 0 && (m.distance < got[k - 1].distance || (m.distance === got[k - 1].distance && m.index < got[k - 1].index))) {
        problems.push(`extract(${q}) is not sorted by (distance, index) at ${k}`);
        break;
      }
      if (returnsChoice && m.index !== undefined && m.choice !== choices[m.index]) {
        problems.push(`extract(${q})[${k}].choice is ${quote(m.choice)}, choices[${m.index}] is ${quote(choices[m.index])}`);
        break;
      }
    }
  }
  return problems;
}

function isRangeError(error) {
  return error instanceof RangeError || error?.name === 'RangeError';
}

/**
 * Prepares, warms up and times one variant. With `expected` null (the baseline), the first pass's
 * answers become the expected ones, and later passes must repeat them.
 * @returns {Promise<{ result: object, answers?: any[] }>}
 */
async function measureVariant(variant, dataset, expected, limit, settings, log) {
  const { queries, choices } = dataset;
  try {
    gc();
    const t0 = now();
    const fn = variant.setup(choices);
    const prepareMs = variant.prepares ? now() - t0 : undefined;

    // Warm-up: slices of the queries (one query, or one round of in-flight queries), cycling,
    // until the warm-up time is spent. The later slices estimate the pass time.
    const slice = variant.mode === 'in-flight' ? Math.min(variant.inFlight ?? 8, queries.length) : 1;
    const sliceMs = [];
    const until = now() + settings.warmupMs;
    let at = 0;
    do {
      const part = [];
      for (let j = 0; j < slice; j++) part.push(queries[(at + j) % queries.length]);
      at = (at + slice) % queries.length;
      const s0 = now();
      await runPass(variant, fn, part);
      sliceMs.push(now() - s0);
    } while (now() < until);
    const estimatePassMs = (median(sliceMs.slice(sliceMs.length >> 1)) / slice) * queries.length;
    const affordable = Math.floor(settings.budgetMs / Math.max(estimatePassMs, 1e-6));
    const runs = Math.max(settings.minRuns, Math.min(settings.runs, affordable));

    const samples = [];
    let answers = expected;
    for (let r = 0; r < runs; r++) {
      gc();
      const s0 = now();
      const got = await runPass(variant, fn, queries);
      samples.push(now() - s0);
      const problems = checkAnswers(got, answers, queries, choices, limit, variant.returnsChoice);
      if (r === 0 && !answers && problems.length === 0) {
        // The reference's own first pass: its shape was checked above; later passes must repeat it.
        answers = got;
      }
      if (problems.length > 0) {
        return { result: { status: 'wrong', reason: `wrong answer: ${problems.join('; ')}`, prepareMs } };
      }
    }
    const medianMs = median(samples);
    return {
      answers,
      result: {
        status: 'ok',
        prepareMs,
        medianMs,
        minMs: Math.min(...samples),
        maxMs: Math.max(...samples),
        runs,
        inner: 1,
        estimateMs: estimatePassMs,
        queriesPerSec: queries.length / (medianMs / 1000),
        // Every query scores (or skips) every choice: query-choice pairs per second.
        pairsPerSec: (queries.length * choices.length) / (medianMs / 1000),
      },
    };
  } catch (error) {
    if (isRangeError(error)) {
      return { result: { status: 'too-large', reason: 'n/a (too large)', detail: `RangeError: ${error.message}` } };
    }
    log(`    error: ${error?.stack ?? error}`);
    return { result: { status: 'error', reason: `threw ${error?.name ?? 'error'}: ${error?.message ?? error}` } };
  }
}

function logLine(log, label, m) {
  if (m.status !== 'ok') {
    log(`  ${label}: ${m.reason}`);
    return;
  }
  const pass = m.medianMs >= 1000 ? `${(m.medianMs / 1000).toFixed(2)} s` : `${m.medianMs.toFixed(1)} ms`;
  const prepare = m.prepareMs === undefined ? '' : `, prepare ${m.prepareMs.toFixed(1)} ms`;
  log(`  ${label}: ${pass}/pass (median of ${m.runs}), ${Math.round(m.queriesPerSec)} queries/s${prepare}`);
}

/**
 * Runs one batch workload: the fastest-levenshtein loop first (always, as the reference; it gets a
 * row when it is a selected contestant), then every variant of every selected contestant.
 * @returns {Promise<{ results: object[], note: object }>}
 */
export async function runBatchWorkload({ workload, dataset, contestants, profile, log }) {
  const settings = profile.batch;
  const limit = workload.options?.limit ?? 5;
  const loadAtStart = os.loadavg()[0];
  log(
    `  ${dataset.queries.length} queries x ${dataset.choices.length.toLocaleString('en-US')} choices (${dataset.choiceSource})` +
      `${dataset.choiceFallback ? ' -- FALLBACK: /usr/share/dict/words is missing' : ''}; load average ${loadAtStart.toFixed(2)}`,
  );

  /** @type {object[]} */
  const results = [];
  const byKey = new Map();

  const baselineContestant = contestants.find((c) => c.id === BASELINE_ID && c.serves(workload));
  const baselineVariant = baselineContestant ? baselineContestant.bind(workload).batch[0] : baselineBatch(workload);
  const baselineKey = keyOf(BASELINE_ID, baselineVariant.variant);
  const baseline = await measureVariant(baselineVariant, dataset, null, limit, settings, log);
  logLine(log, `${baselineVariant.label}${baselineContestant ? '' : ' (reference only)'}`, baseline.result);
  const baselineRow = { workload: workload.id, contestant: BASELINE_ID, variant: baselineVariant.variant, key: baselineKey, label: baselineVariant.label, ...baseline.result };
  byKey.set(baselineKey, baselineRow);
  if (baselineContestant) results.push(baselineRow);
  const expected = baseline.answers ?? null;

  for (const contestant of contestants) {
    if (contestant.id === BASELINE_ID || !contestant.serves(workload)) continue;
    const binding = contestant.bind(workload);
    if ('skip' in binding || !('batch' in binding)) {
      const reason = `skipped: ${binding.skip ?? 'no batch runner'}`;
      log(`  ${contestant.label}: ${reason}`);
      results.push({ workload: workload.id, contestant: contestant.id, label: contestant.label, status: 'skipped', reason });
      continue;
    }
    for (const variant of binding.batch) {
      const base = { workload: workload.id, contestant: contestant.id, variant: variant.variant, key: keyOf(contestant.id, variant.variant), label: variant.label };
      let row;
      if (variant.skip) row = { ...base, status: 'skipped', reason: `skipped: ${variant.skip}` };
      else if (!expected) row = { ...base, status: 'skipped', reason: 'skipped: no reference answers (the fastest-levenshtein loop failed)' };
      else row = { ...base, ...(await measureVariant(variant, dataset, expected, limit, settings, log)).result };
      logLine(log, variant.label, row);
      results.push(row);
      byKey.set(row.key, row);
    }
  }

  const baselineMs = baselineRow.status === 'ok' ? baselineRow.medianMs : null;
  for (const r of results) if (r.status === 'ok') r.speedup = baselineMs ? baselineMs / r.medianMs : null;

  const targets = (workload.targets ?? []).map((t) => {
    const subject = byKey.get(t.subject);
    const reference = byKey.get(t.reference);
    const measured = subject?.status === 'ok' && reference?.status === 'ok' ? reference.medianMs / subject.medianMs : null;
    const missing = [subject ? null : `${t.subject} not run`, reference ? null : `${t.reference} not run`]
      .concat([subject, reference].filter((x) => x && x.status !== 'ok').map((x) => `${x.key}: ${x.reason}`))
      .filter(Boolean);
    return { ...t, measured, met: measured === null ? null : measured >= t.atLeast, ...(measured === null ? { reason: missing.join('; ') } : {}) };
  });
  for (const t of targets) {
    const value = t.measured === null ? `not measured (${t.reason})` : `${t.measured.toFixed(2)}x, ${t.met ? 'met' : 'NOT met'}`;
    log(`  target >= ${t.atLeast}x: ${t.what}: ${value}`);
  }

  return {
    results,
    note: {
      workload: workload.id,
      status: 'ran',
      dataset: dataset.id,
      baselineMs,
      baselineLabel: baselineVariant.label,
      targets,
      loadAverage: { start: loadAtStart, end: os.loadavg()[0] },
    },
  };
}
