/**
 * The contestants: the three editops packages and the npm peers, all run in this process. Each
 * says which workloads it takes part in (`serves`) and, for one workload, how to call it
 * (`bind`): a `run(a, b)` that returns a number (kept in a sink so the call cannot be optimised
 * away) and a `check(a, b, expectedDistance)` for the correctness gate. On a batch workload
 * (`extract`), `bind` returns `{ batch: BatchVariant[] }` instead: one row per way of calling
 * (prepared choices or a plain array, sync or async), run by batch.mjs.
 */
import { diffArrays, diffChars } from 'diff';
import damerauLevenshtein from 'damerau-levenshtein';
import { closest as fastestLevenshteinClosest, distance as fastestLevenshtein } from 'fastest-levenshtein';
import jsLevenshtein from 'js-levenshtein';
import leven from 'leven';
import { BASE_BATCH_VARIANTS, baseId, baseRuns } from './base-commits.mjs';
import { detectCapabilities, missingNeeds } from './capabilities.mjs';
import { checkChanges, checkDistance, checkEditops } from './verify.mjs';

/**
 * @typedef {object} Binding
 * @property {(a: any, b: any) => number} run   for the cost estimate and the gate
 * @property {import('./call-site.mjs').CallSpec} call  what the timed passes call (call-site.mjs)
 * @property {(pairs: Array<[any, any]>) => number} [pass]  compiled from `call` by run.mjs
 * @property {(a: any, b: any, expected: number) => string | null} check
 *
 * @typedef {object} BatchVariant
 * @property {string} variant      short id; `contestant/variant` keys the result (and targets)
 * @property {string} label        what the report shows
 * @property {'sync' | 'await-each' | 'in-flight'} mode  how a pass calls `query`: plain loop,
 *                                 `await` per query, or Promise.all over `inFlight` queries at a time
 * @property {number} [inFlight]
 * @property {boolean} prepares    whether `setup` does real work (timed apart, never in a pass)
 * @property {boolean} returnsChoice  matches carry `choice`, which the gate checks too
 * @property {(choices: string[]) => (query: string) => any} setup  called once per variant
 * @property {string} [skip]       why this variant cannot run with this package
 *
 * @typedef {object} Contestant
 * @property {string} id           what --contestants names
 * @property {string} label        what the report shows
 * @property {'editops' | 'peer'} kind
 * @property {string} packageName  the npm package, for its version in the report
 * @property {string} [note]
 * @property {Set<string>} [capabilities]  what an editops package can do (capabilities.mjs)
 * @property {(w: import('./workloads.mjs').Workload) => boolean} serves
 * @property {(w: import('./workloads.mjs').Workload) => Binding | { batch: BatchVariant[] } | { skip: string }} bind
 */

export const metricOf = (w) => w.options?.metric ?? 'levenshtein';
const takesTokens = (w) => w.needs.includes('tokens');
const plainLevenshteinDistance = (w) => w.call === 'distance' && metricOf(w) === 'levenshtein' && !takesTokens(w);
const plainLevenshteinExtract = (w) => (w.call === 'extract' || w.call === 'closest') && metricOf(w) === 'levenshtein';

/** Threads for the async batch variants, and queries in flight in the Promise.all variant. */
export const ASYNC_THREADS = 2;
export const IN_FLIGHT = 8;

/**
 * How each editops package is run on a batch workload, one report row each. Plain arrays come
 * first: that is how users coming from other libraries call it (issue 13). `array` passes the same
 * array on every call (repeated calls); `array-first` cycles through more copies than the
 * choices cache keeps, so every call meets its array for the first time.
 */
const EXTRACT_VARIANTS = {
  native: ['array', 'array-first', 'async-array', 'prepared', 'async', 'async-in-flight'],
  wasm: ['array', 'array-first', 'async-array', 'prepared', 'async'],
  auto: ['array', 'prepared'],
};
const CLOSEST_VARIANTS = { native: ['array', 'array-first'], wasm: ['array', 'array-first'], auto: ['array'] };

/** Copies of the choices that `array-first` cycles through: more than the cache holds (4). */
const FIRST_CALL_COPIES = 8;

/**
 * One way of calling `extract` on an editops package. Prepared variants encode the choices once
 * in `setup`, outside the timed passes, as a user searching the same list again and again would.
 * @returns {BatchVariant}
 */
function extractVariant(api, caps, label, variant, options) {
  const asyncOptions = { ...options, threads: ASYNC_THREADS };
  const kinds = {
    'array-first': {
      label: `${label} extract (array, first call)`,
      needs: ['extract'],
      mode: 'sync',
      prepares: false,
      setup: (choices) => {
        const copies = Array.from({ length: FIRST_CALL_COPIES }, () => choices.slice());
        let k = 0;
        return (query) => api.extract(query, copies[k++ % FIRST_CALL_COPIES], options);
      },
    },
    'async-array': {
      label: `${label} extractAsync (array, threads ${ASYNC_THREADS}, awaited one by one)`,
      needs: ['extractAsync'],
      mode: 'await-each',
      prepares: false,
      setup: (choices) => (query) => api.extractAsync(query, choices, asyncOptions),
    },
    prepared: {
      label: `${label} extract (prepared)`,
      needs: ['extract', 'prepareChoices'],
      mode: 'sync',
      prepares: true,
      setup: (choices) => {
        const prepared = api.prepareChoices(choices);
        return (query) => api.extract(query, prepared, options);
      },
    },
    array: {
      label: `${label} extract (array, repeated calls)`,
      needs: ['extract'],
      mode: 'sync',
      prepares: false,
      setup: (choices) => (query) => api.extract(query, choices, options),
    },
    async: {
      label: `${label} extractAsync (prepared, threads ${ASYNC_THREADS}, awaited one by one)`,
      needs: ['extractAsync', 'prepareChoices'],
      mode: 'await-each',
      prepares: true,
      setup: (choices) => {
        const prepared = api.prepareChoices(choices);
        return (query) => api.extractAsync(query, prepared, asyncOptions);
      },
    },
    'async-in-flight': {
      label: `${label} extractAsync (prepared, threads ${ASYNC_THREADS}, ${IN_FLIGHT} in flight)`,
      needs: ['extractAsync', 'prepareChoices'],
      mode: 'in-flight',
      inFlight: IN_FLIGHT,
      prepares: true,
      setup: (choices) => {
        const prepared = api.prepareChoices(choices);
        return (query) => api.extractAsync(query, prepared, asyncOptions);
      },
    },
  };
  const { needs, ...kind } = kinds[variant];
  const missing = needs.filter((need) => !caps.has(need));
  return {
    variant,
    ...kind,
    returnsChoice: true,
    ...(missing.length > 0 ? { skip: `needs ${missing.join(', ')}, which ${label} lacks` } : {}),
  };
}

/**
 * `closest(query, choices)` on an editops package, answers as one-match lists (as extract's with
 * limit 1). `array` passes the same plain array every time; `array-first` a new copy each time.
 * @returns {BatchVariant}
 */
function closestVariant(api, caps, label, variant) {
  const kinds = {
    array: { label: `${label} closest (array, repeated calls)`, first: false },
    'array-first': { label: `${label} closest (array, first call)`, first: true },
  };
  const { label: rowLabel, first } = kinds[variant];
  return {
    variant,
    label: rowLabel,
    mode: 'sync',
    prepares: false,
    returnsChoice: true,
    setup: (choices) => {
      const copies = first ? Array.from({ length: FIRST_CALL_COPIES }, () => choices.slice()) : [choices];
      let k = 0;
      return (query) => {
        const match = api.closest(query, copies[k++ % copies.length]);
        return match ? [match] : [];
      };
    },
    ...(caps.has('closest') ? {} : { skip: `needs closest, which ${label} lacks` }),
  };
}

/**
 * fastest-levenshtein's own `closest(query, choices)`, the reference of the closest workload. It
 * returns the string only, so its answers carry `choice` and the check compares choices.
 * @returns {BatchVariant}
 */
export function flClosestVariant() {
  return {
    variant: 'closest',
    label: 'fastest-levenshtein closest',
    mode: 'sync',
    prepares: false,
    returnsChoice: true,
    setup: (choices) => (query) => [{ choice: fastestLevenshteinClosest(query, choices) }],
  };
}

/**
 * The top-`limit` search users write today with a distance function: score every choice, sort by
 * (distance, index), keep the first `limit`. The reference (1.00x) of the batch workloads.
 * @param {(a: string, b: string) => number} distanceFn
 * @returns {BatchVariant}
 */
export function loopExtractVariant(distanceFn, label, limit) {
  const byDistanceThenIndex = (x, y) => x.distance - y.distance || x.index - y.index;
  return {
    variant: 'loop',
    label: `${label} loop (map, sort, slice)`,
    mode: 'sync',
    prepares: false,
    returnsChoice: false,
    setup: (choices) => (query) =>
      choices.map((choice, index) => ({ index, distance: distanceFn(query, choice) })).sort(byDistanceThenIndex).slice(0, limit),
  };
}

/**
 * An editops package (native, wasm or auto) as a contestant. `backend` picks its batch variants;
 * it is the id too, except for an earlier commit's package (`native@start`, base-commits.mjs).
 */
function editopsContestant(id, label, api, extra = {}, backend = id) {
  const caps = detectCapabilities(api);
  return {
    id,
    label,
    kind: 'editops',
    packageName: `@editops/${backend}`,
    api,
    capabilities: caps,
    ...extra,
    serves: () => true,
    bind(w) {
      const missing = missingNeeds(w, caps);
      if (missing.length > 0) return { skip: `needs ${missing.join(', ')}, which ${label} lacks` };
      if (extra.batchVariants && !baseRuns(w)) return { skip: 'an earlier commit skips the short pairs (bench:ab compares those)' };
      const options = w.options;
      if (w.call === 'distance') {
        return {
          run: (a, b) => api.distance(a, b, options),
          call: { fn: api.distance, options, result: 'number' },
          check: (a, b, expected) => checkDistance(a, b, api.distance(a, b, options), expected),
        };
      }
      if (w.call === 'editops') {
        return {
          run: (a, b) => api.editops(a, b, options)?.length ?? -1,
          call: { fn: api.editops, options, result: 'length' },
          check: (a, b, expected) => checkEditops(a, b, api.editops(a, b, options), expected),
        };
      }
      const pick = (variants) => (extra.batchVariants ? variants.filter((v) => extra.batchVariants.includes(v)) : variants);
      if (w.call === 'extract') {
        return { batch: pick(EXTRACT_VARIANTS[backend] ?? ['prepared']).map((v) => extractVariant(api, caps, label, v, options)) };
      }
      if (w.call === 'closest') {
        return { batch: pick(CLOSEST_VARIANTS[backend] ?? ['array']).map((v) => closestVariant(api, caps, label, v)) };
      }
      return { skip: `the benchmark has no runner for '${w.call}' yet` };
    },
  };
}

/** A peer that computes a plain Levenshtein distance of two strings. */
function distancePeer(id, label, fn, serves = plainLevenshteinDistance, note) {
  return {
    id,
    label,
    kind: 'peer',
    packageName: id,
    note,
    serves,
    bind: (w) =>
      w.call === 'closest'
        ? { batch: [flClosestVariant()] }
        : w.call === 'extract'
        ? { batch: [loopExtractVariant(fn, label, w.options?.limit ?? 5)] }
        : { run: fn, call: { fn, result: 'number' }, check: (a, b, expected) => checkDistance(a, b, fn(a, b), expected) },
  };
}

/**
 * Loads the contestants. `@editops/native` is always loaded: it is the reference of the gate.
 * `bases` (from loadBases) add an earlier commit's backends beside today's.
 * @returns {Promise<{ all: Contestant[], reference: Record<string, any>, autoBackend: any }>}
 */
export async function loadContestants(bases = []) {
  const native = await import('@editops/native');
  const wasm = await import('@editops/wasm');
  const auto = await import('@editops/auto');
  const autoBackend = auto.backend();

  const jsdiff = {
    id: 'jsdiff',
    label: 'diff (jsdiff)',
    kind: 'peer',
    packageName: 'diff',
    note: 'diffChars / diffArrays: Myers O(ND) insert/delete diff, not Levenshtein; checked by reassembly only',
    serves: (w) => w.call === 'editops' && metricOf(w) === 'levenshtein',
    bind(w) {
      const diff = takesTokens(w) ? diffArrays : diffChars;
      return {
        run: (a, b) => diff(a, b).length,
        call: { fn: diff, result: 'length' },
        check: (a, b) => checkChanges(a, b, diff(a, b)),
      };
    },
  };

  /** @type {Contestant[]} */
  const all = [
    editopsContestant('native', '@editops/native', native),
    editopsContestant('wasm', '@editops/wasm', wasm),
    editopsContestant('auto', `@editops/auto (${autoBackend.name})`, auto, { backendName: autoBackend.name }),
    distancePeer(
      'fastest-levenshtein',
      'fastest-levenshtein',
      fastestLevenshtein,
      (w) => plainLevenshteinDistance(w) || plainLevenshteinExtract(w),
    ),
    distancePeer('leven', 'leven', leven),
    distancePeer('js-levenshtein', 'js-levenshtein', jsLevenshtein),
    distancePeer(
      'damerau-levenshtein',
      'damerau-levenshtein',
      (a, b) => damerauLevenshtein(a, b).steps,
      (w) => w.call === 'distance' && metricOf(w) === 'osa' && !takesTokens(w),
      'optimal string alignment; it gives up early (answers max(|a|, |b|)) once a diagonal cell passes 4',
    ),
    jsdiff,
    ...bases.map((b) =>
      editopsContestant(baseId(b.backend, b.label), `@editops/${b.backend} @ ${b.label}`, b.api, { packageVersion: b.commit, batchVariants: BASE_BATCH_VARIANTS }, b.backend),
    ),
  ];
  return { all, reference: native, autoBackend };
}

/** The contestant that every ratio is taken against (its `distance`, on the same pairs). */
export const BASELINE_ID = 'fastest-levenshtein';
export const baselineDistance = fastestLevenshtein;
/** On batch workloads: its distance in the loop users write (`fastest-levenshtein/loop`). */
export const baselineExtract = (limit) => loopExtractVariant(fastestLevenshtein, 'fastest-levenshtein', limit);
/** The reference of a batch workload: FL's closest for `closest`, else the loop. */
export const baselineBatch = (workload) => (workload.call === 'closest' ? flClosestVariant() : baselineExtract(workload.options?.limit ?? 5));
