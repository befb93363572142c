import { describe, expect, it } from 'vitest';
import { PairEncoder } from './encode-pair';

function symbols(encoder: PairEncoder): [number[], number[]] {
  return [
    Array.from(encoder.a.symbols.subarray(0, encoder.a.length)),
    Array.from(encoder.b.symbols.subarray(0, encoder.b.length)),
  ];
}

describe('PairEncoder', () => {
  it('interns tokens with ids shared by a and b', () => {
    const encoder = new PairEncoder();
    expect(encoder.encode(['the', 'cat'], ['a', 'cat'], 'codepoint')).toBe('tokens');
    expect(symbols(encoder)).toEqual([[0, 1], [2, 1]]);
  });

  it('interns graphemes', () => {
    const encoder = new PairEncoder();
    encoder.encode('🇫🇷e\u0301', '🇫🇷', 'grapheme');
    expect(symbols(encoder)).toEqual([[0, 1], [0]]);
  });

  it('copies uint32 integers and interns anything else consistently across a and b', () => {
    const encoder = new PairEncoder();
    encoder.encode(new Uint8Array([5, 6]), [6, 7], 'codepoint');
    expect(symbols(encoder)).toEqual([[5, 6], [6, 7]]);
    encoder.release();
    encoder.encode([3, -1], new Int32Array([-1, 2 ** 31 - 1]), 'codepoint');
    expect(symbols(encoder)).toEqual([[0, 1], [1, 2]]);
  });

  it('treats an empty array as either array kind', () => {
    const encoder = new PairEncoder();
    expect(encoder.encode([], ['x'], 'codepoint')).toBe('tokens');
    expect(encoder.encode([1], [], 'codepoint')).toBe('integers');
  });

  it('rejects mixed kinds and non-sequences with TypeErrors naming the argument', () => {
    const encoder = new PairEncoder();
    expect(() => encoder.encode('ab', ['a'], 'codepoint')).toThrow(/a and b must be sequences of the same kind, got a string and an array of strings/);
    expect(() => encoder.encode(5, 'x', 'codepoint')).toThrow(/a must be a string, an array of strings, or an array or typed array of integers, got the number 5/);
    expect(() => encoder.encode('x', null, 'codepoint')).toThrow(/b must be .*got null/);
    expect(() => encoder.encode(['a', 5], ['b'], 'codepoint')).toThrow(/a\[1\] must be a string/);
    expect(() => encoder.encode(new Float64Array(1), [1], 'codepoint')).toThrow(TypeError);
    expect(() => encoder.encode([{}], [1], 'codepoint')).toThrow(/a\[0\] must be a string or an integer/);
  });
});
