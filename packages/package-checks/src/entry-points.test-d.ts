/**
 * Type test of the five entry points: each exports every API function with the contract's type
 * (so its documented overloads show on hover), no more and no fewer than api-functions.ts lists.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { ApiFunctionName, EditopsApi } from '@editops/core';
// The published declarations, as users get them (the browser entries have no package specifier
// in Node resolution, so they are read from the build).
import type * as auto from '@editops/auto';
import type * as autoBrowser from '../../auto/dist/browser';
import type * as native from '@editops/native';
import type * as wasm from '@editops/wasm';
import type * as wasmBrowser from '../../wasm/dist/browser';

/**
 * Mutual assignability, per function. (expectTypeOf's toEqualTypeOf compares overloaded
 * functions unreliably, so it is not used for the functions themselves.)
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Exports<M> = { [K in ApiFunctionName]: K extends keyof M ? Same<M[K], EditopsApi[K]> : 'missing' };
type AllSame = { [K in ApiFunctionName]: true };

describe('every entry point exports the API with the contract types', () => {
  it('the list names every function of EditopsApi', () => {
    expectTypeOf<ApiFunctionName>().toEqualTypeOf<keyof EditopsApi>();
  });
  it('@editops/native', () => expectTypeOf<Exports<typeof native>>().toEqualTypeOf<AllSame>());
  it('@editops/wasm', () => expectTypeOf<Exports<typeof wasm>>().toEqualTypeOf<AllSame>());
  it('@editops/wasm (browser)', () => expectTypeOf<Exports<typeof wasmBrowser>>().toEqualTypeOf<AllSame>());
  it('@editops/auto', () => expectTypeOf<Exports<typeof auto>>().toEqualTypeOf<AllSame>());
  it('@editops/auto (browser)', () => expectTypeOf<Exports<typeof autoBrowser>>().toEqualTypeOf<AllSame>());
});
