import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLines } from './diff-lines';
import { diffChars, diffWords } from './diff-words';
import type { DiffChange } from './diff-types';
import { lcsLength } from './test-oracles';
import { textPairArbitrary } from './test-oracles';

/** What every diff promises: the blocks rebuild both texts, and their offsets point into them. */
function checkBlocks(blocks: DiffChange[], a: string, b: string): void {
  expect(blocks.filter((x) => x.type !== 'insert').map((x) => x.value).join('')).toBe(a);
  expect(blocks.filter((x) => x.type !== 'delete').map((x) => x.value).join('')).toBe(b);
  let oldAt = 0;
  let newAt = 0;
  blocks.forEach((block, i) => {
    expect([block.oldStart, block.newStart]).toEqual([oldAt, newAt]);
    if (block.type !== 'insert') expect(a.slice(block.oldStart, block.oldEnd)).toBe(block.value);
    if (block.type !== 'delete') expect(b.slice(block.newStart, block.newEnd)).toBe(block.value);
    oldAt = block.oldEnd;
    newAt = block.newEnd;
    // Deletes come before inserts, and blocks of one type are merged.
    const next = blocks[i + 1];
    if (next) expect(`${block.type}>${next.type}`).not.toMatch(/^(insert>delete|equal>equal|delete>delete|insert>insert)$/u);
  });
  expect([oldAt, newAt]).toEqual([a.length, b.length]);
}

const splitLines = (text: string) => text.match(/[^\n]*\n|[^\n]+$/gu) ?? [];

describe('diffLines', () => {
  it('rebuilds both texts with a minimal number of changed lines', () => {
    fc.assert(
      fc.property(textPairArbitrary, ([a, b]) => {
        const blocks = diffLines(a, b);
        checkBlocks(blocks, a, b);
        const equal = blocks.filter((x) => x.type === 'equal').reduce((sum, x) => sum + x.count, 0);
        expect(equal).toBe(lcsLength(splitLines(a), splitLines(b)));
      }),
      { numRuns: 1000 },
    );
  });

  it('sees a lost final newline and a CRLF line end as changes', () => {
    expect(diffLines('a\nb\n', 'a\nb').map((x) => [x.type, x.value])).toEqual([
      ['equal', 'a\n'],
      ['delete', 'b\n'],
      ['insert', 'b'],
    ]);
    expect(diffLines('a\n', 'a\r\n').map((x) => x.type)).toEqual(['delete', 'insert']);
  });

  it('names the argument that is not a string', () => {
    expect(() => diffLines(1 as unknown as string, '')).toThrow(new TypeError('editops: oldText must be a string, got the number 1'));
  });
});

describe('diffWords', () => {
  it('keeps line breaks as elements of their own', () => {
    const blocks = diffWords('one two\nthree\n', 'one 2\nthree four\n');
    checkBlocks(blocks, 'one two\nthree\n', 'one 2\nthree four\n');
    expect(blocks.map((x) => [x.type, x.value])).toEqual([
      ['equal', 'one '],
      ['delete', 'two'],
      ['insert', '2'],
      ['equal', '\nthree'],
      ['insert', ' four'],
      ['equal', '\n'],
    ]);
    for (const block of blocks) if (block.type !== 'equal') expect(block.value).not.toMatch(/\n/u);
  });

  it('rebuilds both texts', () => {
    fc.assert(fc.property(textPairArbitrary, ([a, b]) => checkBlocks(diffWords(a, b), a, b)), { numRuns: 500 });
  });
});

describe('diffChars', () => {
  it('never splits a surrogate pair and rebuilds both texts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 }), (a, b) => {
        const blocks = diffChars(a, b);
        checkBlocks(blocks, a, b);
        const equal = blocks.filter((x) => x.type === 'equal').reduce((sum, x) => sum + x.count, 0);
        expect(equal).toBe(lcsLength(Array.from(a), Array.from(b)));
      }),
      { numRuns: 500 },
    );
    expect(diffChars('a😀', 'a😁').map((x) => x.value)).toEqual(['a', '😀', '😁']);
  });
});
