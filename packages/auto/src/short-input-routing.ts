/**
 * Sending short pair calls to wasm when native is the backend in use.
 *
 * For short strings the bridge costs more than the work: a Node-API call costs more than a call
 * into WebAssembly, so wasm answers short pairs faster than native even though native wins on
 * long inputs (measured in benchmarks/results/latest.md; see docs/decisions.md). Both compute with
 * the same core, so the answers are identical, which the conformance suite checks.
 */
import type { EditopsApi, Sequence } from '@editops/core';

export interface ShortInputRouting {
  /** Pairs of strings with at most this many UTF-16 units together go to the short backend. */
  readonly maxTotalUnits: number;
  readonly backend: 'wasm';
}

/** The measured crossover (see docs/decisions.md); 0 turns routing off. */
export const SHORT_INPUT_ROUTING: ShortInputRouting = { backend: 'wasm', maxTotalUnits: 64 };

/** `primary` for everything, except pair calls on two short strings, which go to `short`. */
export function routeShortInputs(primary: EditopsApi, short: EditopsApi, routing: ShortInputRouting): EditopsApi {
  const limit = routing.maxTotalUnits;
  const isShort = (a: Sequence, b: Sequence): boolean =>
    typeof a === 'string' && typeof b === 'string' && a.length + b.length <= limit;
  return {
    ...primary,
    distance: (a, b, options) => (isShort(a, b) ? short : primary).distance(a, b, options),
    similarity: (a, b, options) => (isShort(a, b) ? short : primary).similarity(a, b, options),
    normalizedDistance: (a, b, options) => (isShort(a, b) ? short : primary).normalizedDistance(a, b, options),
    normalizedSimilarity: (a, b, options) => (isShort(a, b) ? short : primary).normalizedSimilarity(a, b, options),
    editops: (a, b, options) => (isShort(a, b) ? short : primary).editops(a, b, options),
    opcodes: (a, b, options) => (isShort(a, b) ? short : primary).opcodes(a, b, options),
  };
}
