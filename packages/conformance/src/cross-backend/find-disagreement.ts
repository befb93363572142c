/**
 * Compares several backends call by call. The answer is the first input on which any two of them
 * differ, or null: the suite asserts null, and a planted wrong backend must produce a report.
 */
import type { EditopsApi } from '@editops/core';

export interface LabelledApi {
  readonly label: string;
  readonly api: EditopsApi;
}

export interface Disagreement {
  readonly a: string;
  readonly b: string;
  readonly call: string;
  readonly answers: Record<string, unknown>;
}

type Probe = { call: string; run(api: EditopsApi, a: string, b: string): unknown };

const probes: Probe[] = [
  { call: 'distance', run: (api, a, b) => api.distance(a, b) },
  { call: 'distance maxDistance 2', run: (api, a, b) => api.distance(a, b, { maxDistance: 2 }) },
  { call: 'editops', run: (api, a, b) => api.editops(a, b)?.toArray() ?? null },
  { call: 'editops maxDistance 2', run: (api, a, b) => api.editops(a, b, { maxDistance: 2 })?.toArray() ?? null },
];

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
