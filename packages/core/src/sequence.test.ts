import { describe, expect, it } from 'vitest';
import { MAX_SEQUENCE_LENGTH, ScratchSequence } from './sequence';

function encode(value: string): number[] {
  const scratch = new ScratchSequence();
  scratch.encodeString('a', value);
  return Array.from(scratch.symbols.subarray(0, scratch.length));
}

describe('ScratchSequence.encodeString', () => {
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

  it('reuses its buffer for short inputs and drops a large one after release', () => {
    const scratch = new ScratchSequence();
    scratch.encodeString('a', 'x'.repeat(1000));
    const kept = scratch.symbols;
    scratch.encodeString('a', 'y'.repeat(10));
    expect(scratch.symbols).toBe(kept);
    scratch.encodeString('a', 'z'.repeat(200_000));
    expect(scratch.length).toBe(200_000);
    scratch.release();
    expect(scratch.symbols.length).toBeLessThan(200_000);
  });

  it('names the argument when it is not a string, and rejects over-long input', () => {
    const scratch = new ScratchSequence();
    expect(() => scratch.encodeString('b', 5)).toThrow(/b must be a string, got the number 5/);
    const tooLong = 'x'.repeat(MAX_SEQUENCE_LENGTH + 1);
    expect(() => scratch.encodeString('b', tooLong)).toThrow(RangeError);
    expect(() => scratch.encodeString('b', tooLong)).toThrow(/b must be at most 134217728 code points long/);
    expect(scratch.symbols.length).toBe(256);
  });
});
