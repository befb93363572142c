/**
 * unit: 'word' compares strings as their words (Intl.Segmenter word segments that are not white
 * space): checked against the same call on the word arrays, and against the naive oracle.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareChoices, splitString, type Metric } from '@editops/core';
import { backendUnderTest } from '../backend-under-test';
import { oracleDistance } from '../oracle/metrics';

const { label, api } = backendUnderTest();

/** Text from a few words, punctuation, white space of several kinds, and a script without spaces. */
const text = fc
  .array(fc.constantFrom('the', 'fox', 'Fox', 'a', '3.5', ',', '.', '!', ' ', '  ', '\t', '\n', '猫が', '好き', 'é'), { maxLength: 12 })
  .map((parts) => parts.join(''));
const metrics: Metric[] = ['levenshtein', 'osa', 'damerau', 'indel'];

describe(`${label}: unit 'word'`, () => {
  it.each<[string, string[]]>([
    ['', []],
    ['   ', []],
    ['the quick  fox', ['the', 'quick', 'fox']],
    ['Hello, world!', ['Hello', ',', 'world', '!']],
    ["it's 3.5 kg.", ["it's", '3.5', 'kg', '.']],
    ['a\tb\nc', ['a', 'b', 'c']],
  ])('splits %j into %j', (input, expected) => {
    expect(splitString(input, 'word')).toEqual(expected);
  });

  it('gives the distance of the word arrays, under every metric (oracle too)', () => {
    fc.assert(
      fc.property(text, text, fc.constantFrom(...metrics), (a, b, metric) => {
        const wordsA = splitString(a, 'word');
        const wordsB = splitString(b, 'word');
        const byWord = api.distance(a, b, { unit: 'word', metric });
        expect(byWord).toBe(api.distance(wordsA, wordsB, { metric }));
        expect(byWord).toBe(oracleDistance(wordsA, wordsB, { metric }));
      }),
      { numRuns: 200 },
    );
  });

  it('reports positions in words, and apply() joins the words with single spaces', () => {
    const ops = api.editops('the quick  brown fox', 'the slow brown fox!', { unit: 'word' })!;
    expect(ops.toArray()).toEqual([
      { type: 'replace', srcPos: 1, destPos: 1 },
      { type: 'insert', srcPos: 4, destPos: 4 },
    ]);
    expect(ops.srcLength).toBe(4);
    expect(ops.destLength).toBe(5);
    expect(ops.apply()).toBe('the slow brown fox !');
    expect(ops.inverse().apply()).toBe('the quick brown fox');
  });

  it('works in the batch calls, with and without prepared choices', () => {
    const choices = ['the red fox', 'a red fox', 'the fox'];
    const expected = choices.map((choice, index) => ({ index, choice, distance: api.distance('the fox', choice, { unit: 'word' }) }));
    expected.sort((x, y) => x.distance - y.distance || x.index - y.index);
    expect(api.extract('the fox', choices, { unit: 'word', limit: Infinity })).toEqual(expected);
    expect(api.extract('the fox', prepareChoices(choices, { unit: 'word' }), { unit: 'word', limit: Infinity })).toEqual(expected);
  });
});
