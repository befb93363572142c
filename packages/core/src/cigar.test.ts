import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Editops } from './editops';
import { fromCigar } from './from-cigar';
import { OpCode } from './kernel';

/** One alignment column: an equal pair, a mismatched pair, a source-only or a target-only element. */
type Column = '=' | 'X' | 'I' | 'D';

/**
 * Builds src, dest and the packed script of a column list by hand: the oracle the CIGAR code is
 * checked against. Elements are small integers; a mismatch writes src's element + 1 into dest.
 */
function build(columns: readonly Column[], seed: readonly number[]) {
  const src: number[] = [];
  const dest: number[] = [];
  const packed: number[] = [];
  columns.forEach((column, k) => {
    const element = seed[k % seed.length]!;
    if (column === '=' || column === 'X') {
      if (column === 'X') packed.push(OpCode.replace, src.length, dest.length);
      src.push(element);
      dest.push(column === 'X' ? element + 1 : element);
    } else if (column === 'I') {
      packed.push(OpCode.delete, src.length, dest.length);
      src.push(element);
    } else {
      packed.push(OpCode.insert, src.length, dest.length);
      dest.push(element);
    }
  });
  return { src, dest, packed: Int32Array.from(packed) };
}

/** Run-length CIGAR of a column list, written independently of cigar.ts. */
function runLength(letters: readonly string[]): string {
  let out = '';
  for (let k = 0; k < letters.length; ) {
    let end = k;
    while (end < letters.length && letters[end] === letters[k]) end++;
    out += `${end - k}${letters[k]}`;
    k = end;
  }
  return out;
}

const columnsArb = fc.array(fc.constantFrom<Column>('=', 'X', 'I', 'D'), { maxLength: 40 });
const seedArb = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 8 });

describe('Editops.toCigar', () => {
  it('kitten -> sitting, standard and extended', () => {
    // k->s, itt, e->i, n, +g
    const packed = Int32Array.from([OpCode.replace, 0, 0, OpCode.replace, 4, 4, OpCode.insert, 6, 6]);
    const ops = new Editops(packed, 'kitten', 6, 'sitting', 7, 'codepoint');
    expect(ops.toCigar()).toBe('6M1D');
    expect(ops.toCigar({ extended: true })).toBe('1X3=1X1=1D');
  });

  it("edlib's convention: I is the pattern's element the text lacks, D the text's the pattern lacks", () => {
    // pattern 'abc' against text 'ac': b is deleted from the pattern, an I
    expect(new Editops(Int32Array.from([OpCode.delete, 1, 1]), 'abc', 3, 'ac', 2, 'codepoint').toCigar()).toBe('1M1I1M');
    // pattern 'ac' against text 'abc': b is inserted, a D
    expect(new Editops(Int32Array.from([OpCode.insert, 1, 1]), 'ac', 2, 'abc', 3, 'codepoint').toCigar()).toBe('1M1D1M');
  });

  it('empty sequences give the empty CIGAR', () => {
    expect(new Editops(new Int32Array(0), '', 0, '', 0, 'codepoint').toCigar({ extended: true })).toBe('');
    expect(fromCigar('', '', '').length).toBe(0);
  });

  it('a transposition is two mismatched pairs, read back as replaces', () => {
    const ops = new Editops(Int32Array.from([OpCode.transpose, 1, 1]), 'abcd', 4, 'acbd', 4, 'codepoint');
    expect(ops.toCigar({ extended: true })).toBe('1=2X1=');
    expect(ops.toCigar()).toBe('4M');
    expect(fromCigar(ops.toCigar(), 'abcd', 'acbd').toArray()).toEqual([
      { type: 'replace', srcPos: 1, destPos: 1 },
      { type: 'replace', srcPos: 2, destPos: 2 },
    ]);
  });

  it('writes the run-length CIGAR of the alignment, and fromCigar reads the same ops back', () => {
    fc.assert(
      fc.property(columnsArb, seedArb, (columns, seed) => {
        const { src, dest, packed } = build(columns, seed);
        const ops = new Editops(packed, src, src.length, dest, dest.length, 'codepoint');
        const extended = ops.toCigar({ extended: true });
        expect(extended).toBe(runLength(columns));
        expect(ops.toCigar()).toBe(runLength(columns.map((c) => (c === '=' || c === 'X' ? 'M' : c))));
        expect(fromCigar(extended, src, dest).packed).toEqual(packed);
        expect(fromCigar(ops.toCigar(), src, dest).packed).toEqual(packed);
        expect(fromCigar(extended, src, dest).apply()).toEqual(dest);
      }),
    );
  });

  it('checks its options', () => {
    const ops = new Editops(new Int32Array(0), 'a', 1, 'a', 1, 'codepoint');
    expect(() => ops.toCigar({ extended: 'yes' as unknown as boolean })).toThrow(TypeError);
    expect(() => ops.toCigar(null as unknown as object)).toThrow(/options must be an object/);
  });
});

describe('fromCigar', () => {
  it('reads strings in the given unit (astral characters are one code point)', () => {
    const ops = fromCigar('1=1X1=', 'a😀b', 'a😃b');
    expect(ops.toArray()).toEqual([{ type: 'replace', srcPos: 1, destPos: 1 }]);
    expect(ops.apply()).toBe('a😃b');
    // In UTF-16 units the two emoji share their high surrogate.
    expect(fromCigar('2=1X1=', 'a😀b', 'a😃b', { unit: 'utf16' }).srcLength).toBe(4);
  });

  it('works on tokens and integers', () => {
    expect(fromCigar('1M1I', ['to', 'be'], ['to']).toArray()).toEqual([{ type: 'delete', srcPos: 1, destPos: 1 }]);
    expect(fromCigar('2M', Uint8Array.of(1, 2), Uint8Array.of(1, 3)).toArray()).toEqual([{ type: 'replace', srcPos: 1, destPos: 1 }]);
  });

  it('rejects what does not describe the two sequences, naming the argument', () => {
    expect(() => fromCigar('3M', 'ab', 'ab')).toThrow(RangeError);
    expect(() => fromCigar('1M', 'ab', 'ab')).toThrow(/covering 2 src and 2 dest elements/);
    expect(() => fromCigar('2=', 'ab', 'ax')).toThrow(/'=' only where src\[1\] and dest\[1\] are equal/);
    expect(() => fromCigar('2X', 'ab', 'xb')).toThrow(RangeError);
    expect(() => fromCigar('0M', '', '')).toThrow(/cigar must be runs of a count >= 1/);
    expect(() => fromCigar('M', 'a', 'a')).toThrow(RangeError);
    expect(() => fromCigar('1S', 'a', 'a')).toThrow(RangeError);
    expect(() => fromCigar(7 as unknown as string, 'a', 'a')).toThrow(TypeError);
    expect(() => fromCigar('1M', 'a', ['a'] as unknown as string)).toThrow(/src and dest must be sequences of the same kind/);
    expect(() => fromCigar('1M', 'a', 'a', { unit: 'byte' as never })).toThrow(/options.unit/);
    expect(() => fromCigar('1M', 'a', 'a', { units: 'utf16' } as never)).toThrow(/unknown option 'units'/);
  });
});
