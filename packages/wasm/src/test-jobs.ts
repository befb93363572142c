/**
 * Batch jobs for the wasm package's tests, built from strings: the one query against the choices,
 * by code point, with unit-cost Levenshtein and no cutoff.
 */
import { BatchKind, DEFAULT_KERNEL_OPTIONS, type BatchJob } from '@editops/core';

const codes = (text: string): number[] => Array.from(text, (c) => c.codePointAt(0)!);

export function jobOf(kind: BatchKind, query: string, choices: readonly string[], limit = 0): BatchJob {
  const offsets = new Uint32Array(choices.length + 1);
  const symbols: number[] = [];
  choices.forEach((choice, i) => {
    symbols.push(...codes(choice));
    offsets[i + 1] = symbols.length;
  });
  const queryCodes = codes(query);
  const results = kind === BatchKind.extract ? limit : choices.length;
  return {
    kind,
    queries: Uint32Array.from(queryCodes),
    queryOffsets: Uint32Array.from([0, queryCodes.length]),
    queryCount: 1,
    choices: Uint32Array.from(symbols),
    choiceOffsets: offsets,
    choiceCount: choices.length,
    options: DEFAULT_KERNEL_OPTIONS.slice(),
    limit,
    outIndex: new Int32Array(kind === BatchKind.extract ? limit : 0),
    outDistance: new Int32Array(results),
  };
}
