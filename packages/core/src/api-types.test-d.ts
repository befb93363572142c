/**
 * Type tests of the public contract: what each call returns for each sequence kind, and the
 * calls TypeScript must reject (each `@ts-expect-error` fails the check if the line compiles).
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { EditopsApi } from './api-contract';
import type { DistanceMatrix, Match } from './batch-types';
import type { Editops } from './editops';
import type { Opcodes } from './opcodes';
import { prepareChoices, type PreparedChoices } from './prepared-choices';
import type { DistanceOptions, Sequence } from './types';

declare const api: EditopsApi;
const { distance, editops, opcodes, extract, closest, distanceMatrix, extractAsync } = api;

describe('editops and opcodes', () => {
  it('return a script, not | null, without maxDistance', () => {
    expectTypeOf(editops('kitten', 'sitting')).toEqualTypeOf<Editops<string, string>>();
    expectTypeOf(editops('kitten', 'sitting', { metric: 'osa' })).toEqualTypeOf<Editops<string, string>>();
    expectTypeOf(editops('kitten', 'sitting').toArray()).toEqualTypeOf<import('./types').Editop[]>();
    expectTypeOf(opcodes('kitten', 'sitting')).toEqualTypeOf<Opcodes>();
  });

  it('may return null with a cutoff, or with options of unknown content', () => {
    expectTypeOf(editops('kitten', 'sitting', { maxDistance: 2 })).toEqualTypeOf<Editops<string, string> | null>();
    const options: DistanceOptions = {};
    expectTypeOf(editops('a', 'b', options)).toEqualTypeOf<Editops<string, string> | null>();
    expectTypeOf(opcodes('a', 'b', { maxDistance: 1 })).toEqualTypeOf<Opcodes | null>();
  });

  it('apply() gives the source kind back', () => {
    const s: string = editops('kitten', 'sitting').apply();
    expectTypeOf(s).toEqualTypeOf<string>();
    expectTypeOf(editops(['the', 'fox'], ['a', 'fox']).apply()).toEqualTypeOf<string[]>();
    expectTypeOf(editops([1, 2], [2]).apply()).toEqualTypeOf<number[]>();
    expectTypeOf(editops(new Uint8Array([1]), [1, 2]).apply()).toEqualTypeOf<Uint8Array<ArrayBuffer>>();
    expectTypeOf(editops(new Uint8Array([1]), [1, 2]).inverse().apply()).toEqualTypeOf<number[]>();
    expectTypeOf(editops('ab', 'ba').apply('xy', 'yx')).toEqualTypeOf<string>();
    const unknownKind = 'ab' as Sequence;
    expectTypeOf(editops(unknownKind, unknownKind).apply()).toEqualTypeOf<string | string[] | number[] | import('./types').IntegerTypedArray>();
  });
});

describe('sequence kinds', () => {
  it('accept the same kind on both sides, and an empty array with either array kind', () => {
    expectTypeOf(distance('abc', 'abd')).toEqualTypeOf<number>();
    expectTypeOf(distance(['a'], ['b'])).toEqualTypeOf<number>();
    expectTypeOf(distance(new Uint8Array([1, 2, 3]), [1, 3])).toEqualTypeOf<number>();
    expectTypeOf(distance([], ['a'])).toEqualTypeOf<number>();
    expectTypeOf(distance([1], [])).toEqualTypeOf<number>();
  });

  it('reject mixed kinds at compile time', () => {
    // @ts-expect-error a string and an array of strings
    distance('abc', ['a', 'b']);
    // @ts-expect-error tokens and integers
    distance(['a'], [1]);
    // @ts-expect-error integers and a string
    editops([1, 2], 'ab');
    // @ts-expect-error a query of another kind than the choices
    extract('apple', [['a', 'p']]);
    // @ts-expect-error not a sequence
    distance(1, 2);
  });

  it('reject option typos at compile time too', () => {
    // @ts-expect-error misspelled option name
    distance('ab', 'ba', { metirc: 'osa' });
    // @ts-expect-error not a metric
    distance('ab', 'ba', { metric: 'Levenshtein' });
    // @ts-expect-error limit belongs to extract
    distance('ab', 'ba', { limit: 1 });
    // @ts-expect-error prepareChoices takes only unit
    prepareChoices(['a'], { metric: 'osa' });
  });
});

describe('batch calls keep the choice type', () => {
  const words = ['apple', 'ample'];
  it('through arrays and prepared choices', () => {
    expectTypeOf(extract('appel', words)).toEqualTypeOf<Match<string>[]>();
    expectTypeOf(extract('appel', words)[0]!.choice).toEqualTypeOf<string>();
    const dictionary = prepareChoices(words);
    expectTypeOf(dictionary).toEqualTypeOf<PreparedChoices<string>>();
    expectTypeOf(extract('appel', dictionary)[0]!.choice).toEqualTypeOf<string>();
    expectTypeOf(closest('appel', dictionary)).toEqualTypeOf<Match<string> | null>();
    expectTypeOf(extract(['a'], [['a', 'b']])[0]!.choice).toEqualTypeOf<string[]>();
    expectTypeOf(extractAsync('appel', dictionary, { threads: 2 })).toEqualTypeOf<Promise<Match<string>[]>>();
    expectTypeOf(distanceMatrix(['a'], dictionary)).toEqualTypeOf<DistanceMatrix>();
  });
});
