/**
 * Encodes the two sequences of one call into reused scratch buffers, choosing the encoding from
 * their common kind and the `unit` option.
 *
 * Re-entrancy: reading an input can run user code (an array element getter, a Proxy), and that
 * code may call the API again while this call is still encoding. Such a nested call gets buffers
 * and an interner of its own (and the outer call's are put back when it releases), so it can
 * neither overwrite the outer call's symbols nor swap its buffer for a shorter one. Nesting is
 * told by a depth counter: the common, flat call pays one increment, and allocates nothing.
 */
import { pairKind, type SequenceKind } from './sequence-kind';
import { Interner, ScratchSequence } from './sequence';
import type { StringUnit } from './types';
import { encodeWords } from './word-unit';

interface Buffers {
  readonly a: ScratchSequence;
  readonly b: ScratchSequence;
  readonly interner: Interner;
}

export class PairEncoder {
  a = new ScratchSequence();
  b = new ScratchSequence();
  #interner = new Interner();
  /** encode() calls running now: 1 in a flat call, more while one runs inside another's encoding. */
  #depth = 0;
  /** The buffers of the calls that nested calls interrupted, innermost last. */
  readonly #interrupted: Buffers[] = [];

  /** Encodes a and b; returns their common kind. Throws a TypeError naming a bad argument. */
  encode(a: unknown, b: unknown, unit: StringUnit): SequenceKind {
    const nested = this.#depth > 0;
    if (nested) {
      this.#interrupted.push({ a: this.a, b: this.b, interner: this.#interner });
      this.a = new ScratchSequence();
      this.b = new ScratchSequence();
      this.#interner = new Interner();
    }
    this.#depth++;
    let kind: SequenceKind;
    try {
      kind = this.#encode(a, b, unit);
    } catch (error) {
      // A call whose encoding fails is over (no release follows): give the outer call its buffers back.
      this.#depth--;
      if (nested) this.#resume();
      else this.release();
      throw error;
    }
    this.#depth--;
    return kind;
  }

  #encode(a: unknown, b: unknown, unit: StringUnit): SequenceKind {
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
        // Both run in full, so each array is read once (the second pass reads the checked values).
        const fitsA = this.a.encodeIntegersDirect('a', arrayA);
        const fitsB = this.b.encodeIntegersDirect('b', arrayB);
        if (!fitsA || !fitsB) {
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

  #resume(): void {
    const outer = this.#interrupted.pop()!;
    this.a = outer.a;
    this.b = outer.b;
    this.#interner = outer.interner;
  }

  /**
   * Ends a call: drops one-off large buffers and the interned ids. The release of a nested call
   * (one that ran while another was encoding) puts the interrupted call's buffers back instead.
   */
  release(): void {
    if (this.#depth > 0) {
      this.#resume();
      return;
    }
    this.a.release();
    this.b.release();
    this.#interner.clear();
  }
}
