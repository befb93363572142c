/**
 * Compares several backends call by call. The answer is the first input on which any two of them
 * differ, or null: the suite asserts null, and a planted wrong backend must produce a report.
 */
import type { ApiImplementation, DistanceOptions } from '@editops/core';

export interface LabelledApi {
  readonly label: string;
  readonly api: ApiImplementation;
}

export interface Disagreement {
  readonly a: string;
  readonly b: string;
  readonly call: string;
  readonly answers: Record<string, unknown>;
}

type Probe = { call: string; run(api: ApiImplementation, a: string, b: string): unknown };

const optionSets: Array<[string, DistanceOptions]> = [
  ['', {}],
  [' maxDistance 2', { maxDistance: 2 }],
  [' osa', { metric: 'osa' }],
  [' damerau', { metric: 'damerau' }],
  [' indel', { metric: 'indel' }],
  [' hamming padded', { metric: 'hamming', pad: true }],
  [' weighted', { weights: { insert: 2, delete: 3, replace: 4 } }],
  [' utf16', { unit: 'utf16' }],
  [' osa maxDistance 1', { metric: 'osa', maxDistance: 1 }],
];

const probes: Probe[] = optionSets.flatMap(([suffix, options]): Probe[] => [
  { call: `distance${suffix}`, run: (api, a, b) => api.distance(a, b, options) },
  { call: `editops${suffix}`, run: (api, a, b) => api.editops(a, b, options)?.toArray() ?? null },
]);

export function findDisagreement(backends: readonly LabelledApi[], pairs: Iterable<readonly [string, string]>): Disagreement | null {
  for (const [a, b] of pairs) {
    for (const probe of probes) {
      const answers: Record<string, unknown> = {};
      for (const { label, api } of backends) answers[label] = probe.run(api, a, b);
      const serialised = Object.values(answers).map((answer) => JSON.stringify(answer));
      if (serialised.some((s) => s !== serialised[0])) return { a, b, call: probe.call, answers };
    }
  }
  return null;
}
