import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Interner, ScratchSequence } from './sequence';
import { encodeList } from './sequence-list';
import type { StringUnit } from './types';

/** The oracle: each string encoded on its own by ScratchSequence, then concatenated. */
function oneByOne(list: readonly string[], unit: 'codepoint' | 'utf16'): { symbols: number[]; offsets: number[] } {
  const scratch = new ScratchSequence();
  const symbols: number[] = [];
  const offsets = [0];
  for (const value of list) {
    if (unit === 'codepoint') scratch.encodeCodePoints('x', value);
    else scratch.encodeUtf16('x', value);
    symbols.push(...scratch.symbols.subarray(0, scratch.length));
    offsets.push(symbols.length);
  }
  return { symbols, offsets };
}

// Units that make surrogate pairs, lone high and low surrogates, ASCII and the BMP.
const unit = fc.constantFrom(0x61, 0x7a, 0xe9, 0x4e2d, 0xd83d, 0xde00, 0xdbff, 0xdc00, 0xffff);
const text = fc.array(unit, { maxLength: 12 }).map((units) => String.fromCharCode(...units));

describe('encodeList on strings by code point and by UTF-16 unit', () => {
  for (const by of ['codepoint', 'utf16'] as const satisfies readonly StringUnit[]) {
    it(`writes each string as ScratchSequence encodes it alone (${by})`, () => {
      fc.assert(
        fc.property(fc.array(text, { maxLength: 40 }), (list) => {
          const packed = encodeList('choices', list, 'string', by, new Interner(), false);
          const expected = oneByOne(list, by);
          expect(packed.count).toBe(list.length);
          expect([...packed.offsets]).toEqual(expected.offsets);
          expect([...packed.symbols]).toEqual(expected.symbols);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('holds lists of more symbols than its smallest buffer (1024)', () => {
    // About 2,000 symbols, with surrogate pairs throughout.
    const list = Array.from({ length: 300 }, (_, i) => 'ab\ud83d\ude00c'.repeat(1 + (i % 7)));
    const packed = encodeList('choices', list, 'string', 'codepoint', new Interner(), false);
    expect([...packed.symbols]).toEqual(oneByOne(list, 'codepoint').symbols);
  });
});
