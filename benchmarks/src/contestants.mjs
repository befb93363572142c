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
import { distance as fastestLevenshtein } from 'fastest-levenshtein';
import jsLevenshtein from 'js-levenshtein';
import leven from 'leven';
import { detectCapabilities, missingNeeds } from './capabilities.mjs';
import { checkChanges, checkDistance, checkEditops } from './verify.mjs';

/**
 * @typedef {object} Binding
 * @property {(a: any, b: any) => number} run
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
const plainLevenshteinExtract = (w) => w.call === 'extract' && metricOf(w) === 'levenshtein';

/** Threads for the async batch variants, and queries in flight in the Promise.all variant. */
export const ASYNC_THREADS = 2;
export const IN_FLIGHT = 8;

/** How each editops package is run on a batch (`extract`) workload, one report row each. */
const EXTRACT_VARIANTS = {
  native: ['prepared', 'array', 'async', 'async-in-flight'],
  wasm: ['prepared', 'async'],
  auto: ['prepared'],
};

/**
 * One way of calling `extract` on an editops package. Prepared variants encode the choices once
 * in `setup`, outside the timed passes, as a user searching the same list again and again would.
 * @returns {BatchVariant}
 */
function extractVariant(api, caps, label, variant, options) {
  const asyncOptions = { ...options, threads: ASYNC_THREADS };
  const kinds = {
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
      label: `${label} extract (array, unprepared)`,
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

/** An editops package (native, wasm or auto) as a contestant. */
function editopsContestant(id, label, api, extra = {}) {
  const caps = detectCapabilities(api);
  return {
    id,
    label,
    kind: 'editops',
    packageName: `@editops/${id}`,
    api,
    capabilities: caps,
    ...extra,
    serves: () => true,
    bind(w) {
      const missing = missingNeeds(w, caps);
      if (missing.length > 0) return { skip: `needs ${missing.join(', ')}, which ${label} lacks` };
      const options = w.options;
      if (w.call === 'distance') {
        return {
          run: (a, b) => api.distance(a, b, options),
          check: (a, b, expected) => checkDistance(a, b, api.distance(a, b, options), expected),
        };
      }
      if (w.call === 'editops') {
        return {
          run: (a, b) => api.editops(a, b, options)?.length ?? -1,
          check: (a, b, expected) => checkEditops(a, b, api.editops(a, b, options), expected),
        };
      }
      if (w.call === 'extract') {
        return { batch: (EXTRACT_VARIANTS[id] ?? ['prepared']).map((v) => extractVariant(api, caps, label, v, options)) };
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
      w.call === 'extract'
        ? { batch: [loopExtractVariant(fn, label, w.options?.limit ?? 5)] }
        : { run: fn, check: (a, b, expected) => checkDistance(a, b, fn(a, b), expected) },
  };
}

/**
 * Loads the contestants. `@editops/native` is always loaded: it is the reference of the gate.
 * @returns {Promise<{ all: Contestant[], reference: Record<string, any>, autoBackend: any }>}
 */
export async function loadContestants() {
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
  ];
  return { all, reference: native, autoBackend };
}

/** The contestant that every ratio is taken against (its `distance`, on the same pairs). */
export const BASELINE_ID = 'fastest-levenshtein';
export const baselineDistance = fastestLevenshtein;
/** On batch workloads: its distance in the loop users write (`fastest-levenshtein/loop`). */
export const baselineExtract = (limit) => loopExtractVariant(fastestLevenshtein, 'fastest-levenshtein', limit);
