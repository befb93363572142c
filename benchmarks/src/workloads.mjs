/**
 * The workload registry, as data. A workload = a dataset (datasets.mjs) + the API call to time
 * (`call`) + its options. `needs` lists the capabilities a backend must have for the workload to
 * run (see capabilities.mjs): the call itself, a non-default metric ('metric:osa'), token input
 * ('tokens'). A workload whose needs the reference backend (@editops/native) lacks is skipped
 * with a printed note, so entries for features that do not exist yet can sit here and start
 * running the day the feature lands.
 *
 * @typedef {object} Workload
 * @property {string} id            unique; `--workloads` matches it, its group, or its dataset
 * @property {string} group         for the report's sections
 * @property {string} dataset       an id of DATASETS
 * @property {'distance' | 'editops' | 'extract'} call
 * @property {{ metric?: string, maxDistance?: number, limit?: number }} [options]
 * @property {string[]} needs
 * @property {'pairs' | 'symbols' | 'queries'} unit   how throughput is best read: pairs/s, code points/s or queries/s
 * @property {Target[]} [targets]   speed ratios an issue asks for; reported as met / not met, never a failure
 * @property {string} [fullRunOnly] why --quick leaves it out (see quickRunSkip): too slow for CI's smoke run
 *
 * @typedef {object} Target
 * @property {string} what        what the report calls it
 * @property {string} subject     result key `contestant/variant` (batch workloads, see contestants.mjs)
 * @property {string} reference   result key of what it is compared with
 * @property {number} atLeast     required reference median / subject median
 */

/** A batch target of an issue: reference median / subject median >= atLeast. @returns {Target} */
const target = (issue, what, subject, reference, atLeast) => ({ issue, what, subject, reference, atLeast });

/** @param {Omit<Workload, 'needs'> & { needs?: string[] }} w @returns {Workload} */
function workload(w) {
  const metric = w.options?.metric;
  const needs = w.needs ?? [w.call, ...(metric && metric !== 'levenshtein' ? [`metric:${metric}`] : [])];
  return { ...w, needs };
}

const both = (base) => [
  workload({ ...base, id: `${base.dataset}/distance`, call: 'distance' }),
  workload({ ...base, id: `${base.dataset}/editops`, call: 'editops' }),
];

/** @type {Workload[]} */
export const WORKLOADS = [
  ...both({ group: 'short real pairs', dataset: 'misspellings', unit: 'pairs' }),
  ...both({ group: 'short real pairs', dataset: 'word-pairs', unit: 'pairs' }),
  ...both({ group: 'short real pairs', dataset: 'names', unit: 'pairs' }),
  ...both({ group: 'sentences', dataset: 'sentences', unit: 'pairs' }),
  ...both({ group: 'long texts', dataset: 'text-10k-similar', unit: 'symbols' }),
  ...both({ group: 'long texts', dataset: 'text-10k-unrelated', unit: 'symbols' }),
  ...both({ group: 'long texts', dataset: 'text-100k-similar', unit: 'symbols' }),
  ...both({ group: 'long texts', dataset: 'text-100k-unrelated', unit: 'symbols' }),
  // Issue 9: editops of two 1M-code-point texts must complete on both backends. Only editops is
  // asked for; the peers' cost estimates skip them all as too slow here.
  workload({
    id: 'text-1m-similar/editops',
    group: 'long texts',
    dataset: 'text-1m-similar',
    call: 'editops',
    unit: 'symbols',
    fullRunOnly: 'quick run skips the 1M pair',
  }),

  // Word-level diffs: the API takes strings only so far.
  workload({
    id: 'tokens-versions/editops',
    group: 'token diffs',
    dataset: 'tokens-versions',
    call: 'editops',
    needs: ['editops', 'tokens'],
    unit: 'symbols',
  }),

  // Transpositions: the osa and damerau metrics are not in the core yet.
  ...['osa', 'damerau'].flatMap((metric) => [
    workload({
      id: `misspellings/${metric}-distance`,
      group: 'transpositions',
      dataset: 'misspellings',
      call: 'distance',
      options: { metric },
      unit: 'pairs',
    }),
    workload({
      id: `sentences-transpositions/${metric}-distance`,
      group: 'transpositions',
      dataset: 'sentences-transpositions',
      call: 'distance',
      options: { metric },
      unit: 'pairs',
    }),
    workload({
      id: `sentences-transpositions/${metric}-editops`,
      group: 'transpositions',
      dataset: 'sentences-transpositions',
      call: 'editops',
      options: { metric },
      unit: 'pairs',
    }),
  ]),

  // Batch calls: top-10 extract(query, words) per misspelled word (issue 4). Each editops
  // package runs in the variants of contestants.mjs (prepared / array / async ...); the reference
  // is the loop users write today over fastest-levenshtein's distance (map, sort, slice).
  workload({
    id: 'misspellings-queries/extract',
    group: 'batch',
    dataset: 'misspellings-queries',
    call: 'extract',
    options: { limit: 10 },
    unit: 'queries',
    targets: [
      // Issue 13: plain arrays, as users coming from other libraries call it.
      target('13', '@editops/native `extract` (array, repeated calls) vs the fastest-levenshtein loop', 'native/array', 'fastest-levenshtein/loop', 12),
      target('13', '@editops/native `extract` (array, first call) vs the fastest-levenshtein loop', 'native/array-first', 'fastest-levenshtein/loop', 3),
      target('13', '@editops/native `extractAsync` (array, 2 threads) vs native sync `extract` (array)', 'native/async-array', 'native/array', 1.7),
      target('13', '@editops/wasm `extract` (array, repeated calls) vs the fastest-levenshtein loop', 'wasm/array', 'fastest-levenshtein/loop', 8),
      target('13', '@editops/wasm `extractAsync` (array, 2 threads) vs wasm sync `extract` (array)', 'wasm/async-array', 'wasm/array', 1.5),
      // Issue 4, on prepared choices.
      target('4', '@editops/native `extract` (prepared) vs the fastest-levenshtein loop', 'native/prepared', 'fastest-levenshtein/loop', 10),
      target('4', '@editops/native `extractAsync` (2 threads, awaited one by one) vs native sync `extract` (prepared)', 'native/async', 'native/prepared', 1.7),
      target('4', '@editops/native `extractAsync` (2 threads, 8 in flight) vs native sync `extract` (prepared)', 'native/async-in-flight', 'native/prepared', 1.7),
      target('4', '@editops/wasm `extract` (prepared) vs the fastest-levenshtein loop', 'wasm/prepared', 'fastest-levenshtein/loop', 4),
    ],
  }),

  // Issue 13: closest(query, words) on a plain array, against fastest-levenshtein's own closest.
  workload({
    id: 'misspellings-queries/closest',
    group: 'batch',
    dataset: 'misspellings-queries',
    call: 'closest',
    options: { limit: 1 },
    needs: ['closest'],
    unit: 'queries',
    targets: [
      target('13', '@editops/native `closest` (array, repeated calls) vs fastest-levenshtein `closest`', 'native/array', 'fastest-levenshtein/closest', 10),
      target('13', '@editops/auto `closest` (array, repeated calls) vs fastest-levenshtein `closest`', 'auto/array', 'fastest-levenshtein/closest', 10),
    ],
  }),
];

/** True when `selector` (from --workloads) names this workload, its group or its dataset. */
export function matchesSelector(w, selector) {
  return selector === w.id || selector === w.dataset || selector === w.group || selector === w.call;
}

/**
 * The workloads a run asks for, in registry order.
 * @param {string[] | undefined} selectors
 */
export function selectWorkloads(selectors) {
  if (!selectors || selectors.length === 0) return WORKLOADS;
  const unknown = selectors.filter((s) => !WORKLOADS.some((w) => matchesSelector(w, s)));
  if (unknown.length > 0) {
    const ids = WORKLOADS.map((w) => w.id).join(', ');
    throw new Error(`unknown workload(s): ${unknown.join(', ')}. Known: ${ids}`);
  }
  return WORKLOADS.filter((w) => selectors.some((s) => matchesSelector(w, s)));
}

/**
 * Why a --quick run leaves this workload out, or null when it runs. CI's smoke run must stay
 * short, so a `fullRunOnly` workload runs in a quick run only when --workloads names its id or
 * its dataset (a group or call selector does not count).
 * @param {Workload} w
 * @param {string[] | undefined} selectors
 */
export function quickRunSkip(w, selectors) {
  if (!w.fullRunOnly) return null;
  const named = (selectors ?? []).some((s) => s === w.id || s === w.dataset);
  return named ? null : w.fullRunOnly;
}
