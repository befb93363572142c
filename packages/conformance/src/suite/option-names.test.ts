/**
 * Misspelled and misplaced option names are errors on every call, batch call and prepareChoices,
 * naming the key and suggesting the nearest known one (they used to be ignored: `{ metirc: 'osa' }`
 * computed levenshtein).
 */
import { describe, expect, it } from 'vitest';
import { prepareChoices } from '@editops/core';
import { backendUnderTest } from '../backend-under-test';

const { label, api } = backendUnderTest();
const words = ['apple', 'ample'];

// [call, run it with these options, the message expected]
const calls: [string, (options: object) => unknown, string | RegExp][] = [
  ['distance', (o) => api.distance('ab', 'ba', o as never), "unknown option 'metirc' in options; did you mean 'metric'?"],
  ['similarity', (o) => api.similarity('ab', 'ba', o as never), /did you mean 'metric'\?/],
  ['normalizedDistance', (o) => api.normalizedDistance('ab', 'ba', o as never), /did you mean 'metric'\?/],
  ['normalizedSimilarity', (o) => api.normalizedSimilarity('ab', 'ba', o as never), /did you mean 'metric'\?/],
  ['editops', (o) => api.editops('ab', 'ba', o as never), /did you mean 'metric'\?/],
  ['opcodes', (o) => api.opcodes('ab', 'ba', o as never), /did you mean 'metric'\?/],
  ['editops on tokens', (o) => api.editops(['a'], ['b'], o as never), /did you mean 'metric'\?/],
  ['closest', (o) => api.closest('ab', words, o as never), /did you mean 'metric'\?/],
  ['extract', (o) => api.extract('ab', words, o as never), /did you mean 'metric'\?/],
  ['distanceMatrix', (o) => api.distanceMatrix(['ab'], words, o as never), /did you mean 'metric'\?/],
  ['prepareChoices', (o) => prepareChoices(words, o as never), /unknown option 'metirc' in options \(known: 'unit'\)/],
];

describe(`${label}: option names`, () => {
  it.each(calls)('%s rejects a misspelled option with a TypeError', (_, call, message) => {
    expect(() => call({ metirc: 'osa' })).toThrow(TypeError);
    expect(() => call({ metirc: 'osa' })).toThrow(message);
  });

  it('rejects the misspellings the issue reported, and keeps the answer it would have hidden', () => {
    expect(() => api.distance('ab', 'ba', { maxdistance: 0 } as never)).toThrow(/did you mean 'maxDistance'\?/);
    expect(() => api.extract('ab', words, { limt: 1 } as never)).toThrow(/did you mean 'limit'\?/);
    expect(() => api.editops('ab', 'ba', { weights: { replce: 2 } } as never)).toThrow(/unknown option 'replce' in options\.weights; did you mean 'replace'\?/);
    expect(api.distance('ab', 'ba', { metric: 'osa' })).toBe(1);
  });

  it('accepts each call kind its own options, and not those of another', () => {
    expect(api.extract('ab', words, { limit: 1, metric: 'osa' })).toHaveLength(1);
    expect(() => api.distance('ab', 'ba', { limit: 1 } as never)).toThrow(/unknown option 'limit'/);
    expect(() => api.closest('ab', words, { limit: 1 } as never)).toThrow(/unknown option 'limit'/);
    expect(() => api.distanceMatrix(['ab'], words, { limit: 1 } as never)).toThrow(/unknown option 'limit'/);
    expect(() => api.extract('ab', words, { threads: 1 } as never)).toThrow(/unknown option 'threads'/);
  });

  it.each([
    ['extractAsync', () => api.extractAsync('ab', words, { threds: 2 } as never), /did you mean 'threads'\?/],
    ['closestAsync', () => api.closestAsync('ab', words, { limit: 2 } as never), /unknown option 'limit'/],
    ['distanceMatrixAsync', () => api.distanceMatrixAsync(['ab'], words, { sigal: undefined } as never), /did you mean 'signal'\?/],
  ])('%s rejects an unknown option', async (_, call, message) => {
    await expect(call()).rejects.toThrow(TypeError);
    await expect(call()).rejects.toThrow(message);
  });

  it('shows the bad value of an option, with the nearest valid one', () => {
    expect(() => api.distance('a', 'b', { metric: 'Levenshtein' as never })).toThrow(
      "options.metric must be one of 'levenshtein', 'osa', 'damerau', 'indel', 'hamming', 'lcsseq', 'prefix', 'postfix', 'jaro', 'jaroWinkler', got a string ('Levenshtein'); did you mean 'levenshtein'?",
    );
    expect(() => api.distance('a', 'b', { unit: 'char' as never })).toThrow(/got a string \('char'\); did you mean 'codepoint'\?/);
    expect(() => prepareChoices(words, { unit: 'Word' as never })).toThrow(/got a string \('Word'\); did you mean 'word'\?/);
  });
});
