/**
 * The contestants: the three editops packages and the npm peers, all run in this process. Each
 * says which workloads it takes part in (`serves`) and, for one workload, how to call it
 * (`bind`): a `run(a, b)` that returns a number (kept in a sink so the call cannot be optimised
 * away) and a `check(a, b, expectedDistance)` for the correctness gate.
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
 * @typedef {object} Contestant
 * @property {string} id           what --contestants names
 * @property {string} label        what the report shows
 * @property {'editops' | 'peer'} kind
 * @property {string} packageName  the npm package, for its version in the report
 * @property {string} [note]
 * @property {Set<string>} [capabilities]  what an editops package can do (capabilities.mjs)
 * @property {(w: import('./workloads.mjs').Workload) => boolean} serves
 * @property {(w: import('./workloads.mjs').Workload) => Binding | { skip: string }} bind
 */

export const metricOf = (w) => w.options?.metric ?? 'levenshtein';
const takesTokens = (w) => w.needs.includes('tokens');
const plainLevenshteinDistance = (w) => w.call === 'distance' && metricOf(w) === 'levenshtein' && !takesTokens(w);

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
    bind: () => ({ run: fn, check: (a, b, expected) => checkDistance(a, b, fn(a, b), expected) }),
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
    distancePeer('fastest-levenshtein', 'fastest-levenshtein', fastestLevenshtein),
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
