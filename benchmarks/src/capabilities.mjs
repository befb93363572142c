/**
 * What an editops backend can do, found by asking it rather than by reading version numbers, so
 * that workloads for new features start running as soon as a backend has them.
 *
 * Capability names: the API functions ('distance', 'editops', 'extract', ...), 'metric:NAME' for
 * each metric the core implements, and 'tokens' for array-of-strings input.
 */

const FUNCTIONS = ['distance', 'editops', 'opcodes', 'closest', 'extract', 'extractAsync', 'prepareChoices', 'distanceMatrix'];
const METRICS = ['levenshtein', 'osa', 'damerau', 'indel', 'hamming'];

/** A call that throws or returns a negative / non-number result means "not supported". */
function answers(call) {
  try {
    const value = call();
    return typeof value === 'number' && value >= 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {Record<string, unknown>} api  an editops module (native, wasm or auto)
 * @returns {Set<string>}
 */
export function detectCapabilities(api) {
  const caps = new Set();
  for (const name of FUNCTIONS) if (typeof api[name] === 'function') caps.add(name);
  if (!caps.has('distance')) return caps;
  for (const metric of METRICS) {
    // 'ca' -> 'abc' is 3 under levenshtein / osa and 2 under damerau: any answer at all will do.
    if (answers(() => api.distance('ca', 'abc', { metric })) !== undefined) caps.add(`metric:${metric}`);
  }
  if (answers(() => api.distance(['kitten', ' ', 'cat'], ['kitten', ' ', 'dog'])) === 1) caps.add('tokens');
  return caps;
}

/** The needs of a workload that a capability set lacks. */
export const missingNeeds = (workload, caps) => workload.needs.filter((need) => !caps.has(need));
