/**
 * Hand-checked Levenshtein cases, as data. Each script is the canonical one of docs/semantics.md:
 * common suffix and prefix are kept, and walking back from the end the core prefers match, then
 * replace, then delete, then insert. Ops are written [type, srcPos, destPos].
 */
import type { EditopType } from '@editops/core';

export type OpTriple = readonly [EditopType, number, number];

export interface LevenshteinCase {
  readonly name: string;
  readonly a: string;
  readonly b: string;
  readonly distance: number;
  readonly editops: readonly OpTriple[];
}

const longA = 'a'.repeat(1000);

export const levenshteinCases: readonly LevenshteinCase[] = [
  { name: 'both empty', a: '', b: '', distance: 0, editops: [] },
  { name: 'empty source', a: '', b: 'abc', distance: 3, editops: [['insert', 0, 0], ['insert', 0, 1], ['insert', 0, 2]] },
  { name: 'empty destination', a: 'abc', b: '', distance: 3, editops: [['delete', 0, 0], ['delete', 1, 0], ['delete', 2, 0]] },
  { name: 'equal strings', a: 'editops', b: 'editops', distance: 0, editops: [] },
  { name: 'common prefix', a: 'abcdef', b: 'abcxyz', distance: 3, editops: [['replace', 3, 3], ['replace', 4, 4], ['replace', 5, 5]] },
  { name: 'common suffix', a: 'xyzdef', b: 'abcdef', distance: 3, editops: [['replace', 0, 0], ['replace', 1, 1], ['replace', 2, 2]] },
  { name: 'common prefix and suffix around an insertion', a: 'abcd', b: 'abXcd', distance: 1, editops: [['insert', 2, 2]] },
  {
    name: 'kitten / sitting',
    a: 'kitten',
    b: 'sitting',
    distance: 3,
    editops: [['replace', 0, 0], ['replace', 4, 4], ['insert', 6, 6]],
  },
  { name: 'sitting / kitten', a: 'sitting', b: 'kitten', distance: 3, editops: [['replace', 0, 0], ['replace', 4, 4], ['delete', 6, 6]] },
  { name: 'all different', a: 'abc', b: 'xyz', distance: 3, editops: [['replace', 0, 0], ['replace', 1, 1], ['replace', 2, 2]] },
  { name: 'suffix is trimmed before prefix', a: 'ab', b: 'aab', distance: 1, editops: [['insert', 0, 0]] },
  { name: 'deletion in a run', a: 'aaa', b: 'aa', distance: 1, editops: [['delete', 0, 0]] },
  { name: 'astral code points count once', a: '😀a', b: '😀b', distance: 1, editops: [['replace', 1, 1]] },
  { name: 'astral deletion', a: 'a😀b', b: 'ab', distance: 1, editops: [['delete', 1, 1]] },
  { name: 'astral against BMP', a: '😀', b: '😁', distance: 1, editops: [['replace', 0, 0]] },
  { name: 'NUL is an ordinary character', a: 'a\0b', b: 'ab', distance: 1, editops: [['delete', 1, 1]] },
  { name: 'NUL against empty', a: '\0', b: '', distance: 1, editops: [['delete', 0, 0]] },
  { name: 'NUL replaced', a: 'x\0y', b: 'x\u0001y', distance: 1, editops: [['replace', 1, 1]] },
  { name: 'long strings, one replacement', a: `${longA}b`, b: `${longA}c`, distance: 1, editops: [['replace', 1000, 1000]] },
  {
    name: 'long strings, shifted by one',
    a: 'ab'.repeat(500),
    b: 'ba'.repeat(500),
    distance: 2,
    editops: [['insert', 0, 0], ['delete', 999, 1000]],
  },
  {
    name: 'long strings crossing 64-symbol words',
    a: 'x'.repeat(130),
    b: 'y'.repeat(65),
    distance: 130,
    editops: [
      // Walking back from the end, replace wins over delete, so the deletions land at the start.
      ...Array.from({ length: 65 }, (_, k): OpTriple => ['delete', k, 0]),
      ...Array.from({ length: 65 }, (_, k): OpTriple => ['replace', 65 + k, k]),
    ],
  },
];

/** Cutoff cases: over maxDistance, distance is maxDistance + 1 and editops is null. */
export interface MaxDistanceCase {
  readonly a: string;
  readonly b: string;
  readonly maxDistance: number;
  readonly distance: number;
  readonly withinCutoff: boolean;
}

export const maxDistanceCases: readonly MaxDistanceCase[] = [
  { a: 'kitten', b: 'sitting', maxDistance: 3, distance: 3, withinCutoff: true },
  { a: 'kitten', b: 'sitting', maxDistance: 2, distance: 3, withinCutoff: false },
  { a: 'kitten', b: 'sitting', maxDistance: 0, distance: 1, withinCutoff: false },
  { a: 'same', b: 'same', maxDistance: 0, distance: 0, withinCutoff: true },
  { a: '', b: 'abcdef', maxDistance: 4, distance: 5, withinCutoff: false },
  { a: 'x'.repeat(300), b: 'y'.repeat(300), maxDistance: 10, distance: 11, withinCutoff: false },
  { a: 'abc', b: 'abd', maxDistance: Infinity, distance: 1, withinCutoff: true },
];
