import { describe, expect, it } from 'vitest';
import { MAX_SEQUENCE_LENGTH, ScratchSequence } from './sequence';

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
