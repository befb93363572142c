import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseMaxDistance, parseUnit, resolveOptions } from './options';

describe('option values', () => {
  it('--max-distance takes non-negative integers only', () => {
    expect(parseMaxDistance('0')).toBe(0);
    expect(parseMaxDistance('12')).toBe(12);
    for (const bad of ['-1', '1.5', 'x', '', '1e3', '99999999999999999999']) {
      expect(() => parseMaxDistance(bad), bad).toThrow(InvalidArgumentError);
    }
  });

  it('--unit takes the library unit names, line, and char as an alias of codepoint', () => {
    expect(parseUnit('word')).toBe('word');
    expect(parseUnit('codepoint')).toBe('codepoint');
    expect(parseUnit('char')).toBe('codepoint');
    expect(() => parseUnit('chars')).toThrow(/Expected one of codepoint, grapheme, utf16, word, line/);
  });

  it('resolves to library options', () => {
    expect(resolveOptions({ metric: 'osa', maxDistance: 2, unit: 'grapheme', pad: true }, 'codepoint').distance).toEqual({
      metric: 'osa',
      maxDistance: 2,
      unit: 'grapheme',
      pad: true,
    });
    // Token units pass arrays; the library's string unit does not apply.
    expect(resolveOptions({}, 'line')).toMatchObject({ unit: 'line', metric: 'levenshtein', distance: { metric: 'levenshtein' } });
  });
});
