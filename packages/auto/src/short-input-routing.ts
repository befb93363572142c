/**
 * Sending short pair calls to wasm when native is the backend in use.
 *
 * For short strings the bridge costs more than the work: a Node-API call costs more than a call
 * into WebAssembly, so wasm answers short pairs faster than native even though native wins on
 * long inputs (measured in benchmarks/results/latest.md; see docs/decisions.md). Both compute with
 * the same core, so the answers are identical, which the conformance suite checks.
 *
 * The routing sits under the API, in a kernel that picks native's or wasm's string path per call.
 * So auto's API is exactly the one every backend has (createApi), with no wrapper call on top, and
 * the short pairs that @editops/core answers in JS (string-shortcut.ts) never reach the choice.
 */
import type { Kernel } from '@editops/core';

export interface ShortInputRouting {
  /** Pairs of strings with at most this many UTF-16 units together go to the short backend. */
  readonly maxTotalUnits: number;
  readonly backend: 'wasm';
}

/** The measured crossover (see docs/decisions.md); 0 turns routing off. */
export const SHORT_INPUT_ROUTING: ShortInputRouting = { backend: 'wasm', maxTotalUnits: 64 };

/**
 * `primary` for everything, except the string paths (distance and editops on two strings by code
 * point) when the two strings are short together, which go to `short`.
 */
export function routeShortInputs(primary: Kernel, short: Kernel, routing: ShortInputRouting): Kernel {
  const limit = routing.maxTotalUnits;
  const { distanceStrings: primaryDistance, editopsStrings: primaryEditops } = primary;
  const { distanceStrings: shortDistance, editopsStrings: shortEditops } = short;
  if (!primaryDistance || !primaryEditops || !shortDistance || !shortEditops) return primary;
  // Parameters spelled out rather than spread: this is the per-call path.
  return {
    ...primary,
    distanceStrings: (a, b, prefix, suffix, options) =>
      (a.length + b.length <= limit ? shortDistance : primaryDistance)(a, b, prefix, suffix, options),
    editopsStrings: (a, b, prefix, suffix, options, lengths) =>
      (a.length + b.length <= limit ? shortEditops : primaryEditops)(a, b, prefix, suffix, options, lengths),
  };
}
