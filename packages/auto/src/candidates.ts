/**
 * The backends @editops/auto may use, in order of preference. The order is data, so that the
 * reasons for it sit in one place:
 * - native first: on long inputs it is the fastest, and it can use threads for batch calls;
 * - wasm next: it loads wherever WebAssembly runs, with no compiler and no prebuilt binary.
 *
 * The `require` calls are literal strings so that bundlers can see them.
 */
import type { BackendName, EditopsApi } from '@editops/core';

export interface BackendCandidate {
  readonly name: BackendName;
  load(): EditopsApi;
}

export const candidates: readonly BackendCandidate[] = [
  { name: 'native', load: () => require('@editops/native') as EditopsApi },
  { name: 'wasm', load: () => require('@editops/wasm') as EditopsApi },
];
