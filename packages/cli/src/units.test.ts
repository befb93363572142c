import { describe, expect, it } from 'vitest';
import { elementsOf, libraryUnit, splitLines, splitWords, toSequence } from './units';

describe('units', () => {
  it('char counts code points, keeping lone surrogates and NUL', () => {
    expect(elementsOf('a😀\0b', 'codepoint')).toEqual(['a', '😀', '\0', 'b']);
    expect(elementsOf('x\uD800y', 'codepoint')).toEqual(['x', '\uD800', 'y']);
  });

  it('utf16 counts code units, grapheme counts user-perceived characters', () => {
    expect(elementsOf('😀', 'utf16')).toHaveLength(2);
    expect(elementsOf('e\u0301👍🏽', 'grapheme')).toEqual(['e\u0301', '👍🏽']);
  });

  it('word splits on any white space and drops empty tokens', () => {
    expect(splitWords('  the quick\tbrown\n\nfox ')).toEqual(['the', 'quick', 'brown', 'fox']);
    expect(splitWords('Hello, world! 3.5 kg')).toEqual(['Hello', ',', 'world', '!', '3.5', 'kg']);
    expect(splitWords('   ')).toEqual([]);
  });

  it('line splits on \\n and \\r\\n; a final line break starts no empty line', () => {
    expect(splitLines('a\r\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\n\nb')).toEqual(['a', '', 'b']);
    expect(splitLines('')).toEqual([]);
    expect(splitLines('\n')).toEqual(['']);
  });

  it('hands strings to the library for character units and token arrays for word / line', () => {
    expect(toSequence('a b', 'codepoint')).toBe('a b');
    expect(toSequence('a b', 'word')).toEqual(['a', 'b']);
    expect(libraryUnit('codepoint')).toBe('codepoint');
    expect(libraryUnit('grapheme')).toBe('grapheme');
    expect(libraryUnit('line')).toBeUndefined();
  });
});
