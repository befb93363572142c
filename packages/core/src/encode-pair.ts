/**
 * Encodes the two sequences of one call into reused scratch buffers, choosing the encoding from
 * their common kind and the `unit` option.
 */
import { pairKind, type SequenceKind } from './sequence-kind';
import { Interner, ScratchSequence } from './sequence';
import type { StringUnit } from './types';
import { encodeWords } from './word-unit';

export class PairEncoder {
  readonly a = new ScratchSequence();
  readonly b = new ScratchSequence();
  readonly #interner = new Interner();

  /** Encodes a and b; returns their common kind. Throws a TypeError naming a bad argument. */
  encode(a: unknown, b: unknown, unit: StringUnit): SequenceKind {
    const kind = pairKind(a, b);
    switch (kind) {
      case 'string':
        this.#encodeStrings(a as string, b as string, unit);
        break;
      case 'tokens':
        this.a.encodeTokens('a', a as unknown[], this.#interner);
        this.b.encodeTokens('b', b as unknown[], this.#interner);
        break;
      case 'integers': {
        const arrayA = a as ArrayLike<unknown>;
        const arrayB = b as ArrayLike<unknown>;
        if (!this.a.encodeIntegersDirect('a', arrayA) || !this.b.encodeIntegersDirect('b', arrayB)) {
          this.a.encodeIntegersInterned('a', arrayA, this.#interner);
          this.b.encodeIntegersInterned('b', arrayB, this.#interner);
        }
        break;
      }
    }
    return kind;
  }

  #encodeStrings(a: string, b: string, unit: StringUnit): void {
    switch (unit) {
      case 'codepoint':
        this.a.encodeCodePoints('a', a);
        this.b.encodeCodePoints('b', b);
        return;
      case 'utf16':
        this.a.encodeUtf16('a', a);
        this.b.encodeUtf16('b', b);
        return;
      case 'grapheme':
        this.a.encodeGraphemes('a', a, this.#interner);
        this.b.encodeGraphemes('b', b, this.#interner);
        return;
      case 'word':
        encodeWords(this.a, 'a', a, this.#interner);
        encodeWords(this.b, 'b', b, this.#interner);
        return;
    }
  }

  /** Ends a call: drops one-off large buffers and the interned ids. */
  release(): void {
    this.a.release();
    this.b.release();
    this.#interner.clear();
  }
}
