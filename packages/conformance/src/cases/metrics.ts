/**
 * Hand-checked cases for every metric and option, as data. Ops are written [type, srcPos, destPos]
 * and are the canonical scripts of docs/semantics.md.
 */
import type { DistanceOptions, Sequence } from '@editops/core';
import type { OpTriple } from './levenshtein';

export interface MetricCase {
  readonly name: string;
  readonly a: Sequence;
  readonly b: Sequence;
  readonly options: DistanceOptions;
  readonly distance: number;
  readonly editops: readonly OpTriple[];
}

export const metricCases: readonly MetricCase[] = [
  // osa: adjacent transpositions, no substring edited twice.
  {
    // The original library's README showed two ops here; the true distance is 3.
    name: 'osa: absolute / bsiluti',
    a: 'absolute', b: 'bsiluti', options: { metric: 'osa' }, distance: 3,
    editops: [['delete', 0, 0], ['replace', 3, 2], ['replace', 7, 6]],
  },
  {
    name: 'osa: ca / abc cannot edit the transposed pair again',
    a: 'ca', b: 'abc', options: { metric: 'osa' }, distance: 3,
    editops: [['insert', 0, 0], ['replace', 0, 1], ['replace', 1, 2]],
  },
  { name: 'osa: one transposition', a: 'ab', b: 'ba', options: { metric: 'osa' }, distance: 1, editops: [['transpose', 0, 0]] },
  {
    name: 'osa: two transpositions',
    a: 'abcd', b: 'badc', options: { metric: 'osa' }, distance: 2,
    editops: [['transpose', 0, 0], ['transpose', 2, 2]],
  },
  { name: 'osa: astral transposition', a: 'x😀y', b: 'xy😀', options: { metric: 'osa' }, distance: 1, editops: [['transpose', 1, 1]] },
  { name: 'osa: empty', a: '', b: 'ab', options: { metric: 'osa' }, distance: 2, editops: [['insert', 0, 0], ['insert', 0, 1]] },

  // damerau: unrestricted (Lowrance-Wagner); a transposition may have elements between the pair.
  {
    name: 'damerau: ca / abc transposes with an insertion between',
    a: 'ca', b: 'abc', options: { metric: 'damerau' }, distance: 2,
    editops: [['transpose', 0, 0], ['insert', 1, 1]],
  },
  {
    name: 'damerau: abc / ca transposes with a deletion between',
    a: 'abc', b: 'ca', options: { metric: 'damerau' }, distance: 2,
    editops: [['transpose', 0, 0], ['delete', 1, 1]],
  },
  { name: 'damerau: one transposition', a: 'ab', b: 'ba', options: { metric: 'damerau' }, distance: 1, editops: [['transpose', 0, 0]] },
  {
    name: 'damerau: transposition between replacements',
    a: 'xaby', b: 'ybax', options: { metric: 'damerau' }, distance: 3,
    editops: [['replace', 0, 0], ['transpose', 1, 1], ['replace', 3, 3]],
  },

  // indel: insertions and deletions only.
  {
    name: 'indel: kitten / sitting',
    a: 'kitten', b: 'sitting', options: { metric: 'indel' }, distance: 5,
    editops: [['insert', 0, 0], ['delete', 0, 1], ['insert', 4, 4], ['delete', 4, 5], ['insert', 6, 6]],
  },
  { name: 'indel: replacement costs two', a: 'a', b: 'b', options: { metric: 'indel' }, distance: 2, editops: [['insert', 0, 0], ['delete', 0, 1]] },
  { name: 'indel: equal', a: 'same', b: 'same', options: { metric: 'indel' }, distance: 0, editops: [] },

  // hamming: position by position.
  {
    name: 'hamming: karolin / kathrin',
    a: 'karolin', b: 'kathrin', options: { metric: 'hamming' }, distance: 3,
    editops: [['replace', 2, 2], ['replace', 3, 3], ['replace', 4, 4]],
  },
  {
    name: 'hamming: no trimming, a shift replaces everything',
    a: 'abcd', b: 'bcda', options: { metric: 'hamming' }, distance: 4,
    editops: [['replace', 0, 0], ['replace', 1, 1], ['replace', 2, 2], ['replace', 3, 3]],
  },
  {
    name: 'hamming with pad: b longer',
    a: 'abc', b: 'abxde', options: { metric: 'hamming', pad: true }, distance: 3,
    editops: [['replace', 2, 2], ['insert', 3, 3], ['insert', 3, 4]],
  },
  {
    name: 'hamming with pad: a longer',
    a: 'abcd', b: 'a', options: { metric: 'hamming', pad: true }, distance: 3,
    editops: [['delete', 1, 1], ['delete', 2, 1], ['delete', 3, 1]],
  },

  // Weighted levenshtein.
  {
    name: 'weights: replace dearer than insert + delete',
    a: 'kitten', b: 'sitting', options: { weights: { replace: 3 } }, distance: 5,
    editops: [['insert', 0, 0], ['delete', 0, 1], ['insert', 4, 4], ['delete', 4, 5], ['insert', 6, 6]],
  },
  {
    name: 'weights: dear insertion',
    a: 'kitten', b: 'sitting', options: { weights: { insert: 2 } }, distance: 4,
    editops: [['replace', 0, 0], ['replace', 4, 4], ['insert', 6, 6]],
  },
  {
    name: 'weights: a trimmed suffix leaves only a dear deletion',
    a: 'ab', b: 'b', options: { weights: { delete: 5, replace: 2 } }, distance: 5,
    editops: [['delete', 0, 0]],
  },

  // Units and sequence kinds.
  {
    name: 'utf16 unit: an emoji is two units',
    a: '😀', b: '😁', options: { unit: 'utf16' }, distance: 1, editops: [['replace', 1, 1]],
  },
  {
    name: 'grapheme unit: a flag and an accented letter are one element each',
    a: '🇫🇷e\u0301', b: '🇩🇪e\u0301', options: { unit: 'grapheme' }, distance: 1, editops: [['replace', 0, 0]],
  },
  {
    name: 'tokens: words',
    a: ['the', 'quick', 'brown', 'fox'], b: ['the', 'slow', 'brown', 'dog', 'fox'], options: {}, distance: 2,
    editops: [['replace', 1, 1], ['insert', 3, 3]],
  },
  {
    name: 'tokens: transposed words under osa',
    a: ['one', 'two', 'three'], b: ['two', 'one', 'three'], options: { metric: 'osa' }, distance: 1,
    editops: [['transpose', 0, 0]],
  },
  {
    name: 'integers: typed array against array',
    a: new Uint16Array([1, 2, 3, 4]), b: [1, 3, 4, 5], options: {}, distance: 2,
    editops: [['delete', 1, 1], ['insert', 4, 3]],
  },
  {
    name: 'integers: negative and large values',
    a: [-1, 2 ** 40, 7], b: [2 ** 40, -1, 7], options: { metric: 'damerau' }, distance: 1,
    editops: [['transpose', 0, 0]],
  },
];
