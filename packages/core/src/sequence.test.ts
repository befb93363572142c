import { describe, expect, it } from 'vitest';
import { MAX_SEQUENCE_LENGTH, ScratchSequence } from './sequence';
import { graphemes } from './sequence-kind';

function encode(value: string): number[] {
  const scratch = new ScratchSequence();
  scratch.encodeCodePoints('a', value);
  return Array.from(scratch.symbols.subarray(0, scratch.length));
}

describe('ScratchSequence', () => {
  it('encodes by code point', () => {
    expect(encode('ab')).toEqual([0x61, 0x62]);
    expect(encode('a😀')).toEqual([0x61, 0x1f600]);
    expect(encode('')).toEqual([]);
    expect(encode('\0')).toEqual([0]);
  });

  it('keeps lone surrogates as symbols of their own', () => {
    expect(encode('\ud800x')).toEqual([0xd800, 0x78]);
    expect(encode('x\udc00')).toEqual([0x78, 0xdc00]);
    expect(encode('\udc00\ud800')).toEqual([0xdc00, 0xd800]);
  });

  it('encodes by UTF-16 unit', () => {
    const scratch = new ScratchSequence();
    scratch.encodeUtf16('a', 'a😀');
    expect(Array.from(scratch.symbols.subarray(0, scratch.length))).toEqual([0x61, 0xd83d, 0xde00]);
  });

  it('reuses its buffer for short inputs and drops a large one after release', () => {
    const scratch = new ScratchSequence();
    scratch.encodeCodePoints('a', 'x'.repeat(1000));
    const kept = scratch.symbols;
    scratch.encodeCodePoints('a', 'y'.repeat(10));
    expect(scratch.symbols).toBe(kept);
    scratch.encodeCodePoints('a', 'z'.repeat(200_000));
    expect(scratch.length).toBe(200_000);
    scratch.release();
    expect(scratch.symbols.length).toBeLessThan(200_000);
  });

  it('rejects over-long input before allocating', () => {
    const scratch = new ScratchSequence();
    const tooLong = 'x'.repeat(MAX_SEQUENCE_LENGTH + 1);
    expect(() => scratch.encodeCodePoints('b', tooLong)).toThrow(RangeError);
    expect(() => scratch.encodeCodePoints('b', tooLong)).toThrow(/b must be at most 134217728 elements long/);
    expect(scratch.symbols.length).toBe(256);
  });

  it('names the bad element of an integer array', () => {
    const scratch = new ScratchSequence();
    expect(() => scratch.encodeIntegersDirect('a', [1, 2, 'x'])).toThrow(/a\[2\] must be an integer, got a string/);
    expect(() => scratch.encodeIntegersDirect('a', [1, 0.5])).toThrow(/a\[1\] must be a safe integer/);
    expect(scratch.encodeIntegersDirect('a', [1, -1])).toBe(false);
  });
});

describe('graphemes', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const reference = (text: string) => Array.from(segmenter.segment(text), ({ segment }) => segment);
  // Clusters and pieces that test the rules chunking could break: combining marks (also after
  // Latin letters below U+0300), CR LF, prepend, ZWJ emoji, regional indicator pairs, Indic
  // conjuncts, lone surrogates, and the characters on both sides of U+0300.
  const pieces = ['a', 'Z', ' ', '\r', '\n', '\r\n', 'e\u0301', 'ÿ\u0308', '\u02ff', '\u0300', '\u00ad', 'ñ', '\u0600', '\u0600a',
    '👍🏽', '🇫🇷', '🇺', '👨‍👩‍👧', '🏳️‍🌈', '©\u200d👍', '\u200d', 'क्ष', '\ud800', '\udc00', '가', '\u1100\u1161'];

  it('splits exactly as Intl.Segmenter on the whole string, across chunk boundaries', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 120; round++) {
      const count = Math.floor(next() * 1500);
      let text = round % 9 === 0 ? 'e' + '\u0301'.repeat(1200) : '';
      for (let k = 0; k < count; k++) text += pieces[Math.floor(next() * pieces.length)];
      expect(graphemes(text)).toEqual(reference(text));
    }
  });
});
