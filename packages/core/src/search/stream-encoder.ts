/**
 * Encoding a text that arrives in string chunks, by code point or UTF-16 unit, and decoding a
 * window's symbols back into a string. A chunk may end between the two halves of a surrogate
 * pair (a Node stream cuts where its buffer ends): the high half waits for the next chunk.
 */
import type { StringUnit } from '../types';

export class StreamEncoder {
  #pendingHigh = -1;
  constructor(readonly unit: StringUnit) {}

  encode(chunk: string): Uint32Array {
    if (this.unit === 'utf16') {
      const out = new Uint32Array(chunk.length);
      for (let i = 0; i < chunk.length; i++) out[i] = chunk.charCodeAt(i);
      return out;
    }
    const out = new Uint32Array(chunk.length + 1);
    let length = 0;
    let i = 0;
    if (this.#pendingHigh >= 0) {
      const low = chunk.length > 0 ? chunk.charCodeAt(0) : -1;
      if (chunk.length === 0) return out.subarray(0, 0);
      if (low >= 0xdc00 && low <= 0xdfff) {
        out[length++] = ((this.#pendingHigh - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i = 1;
      } else {
        out[length++] = this.#pendingHigh;
      }
      this.#pendingHigh = -1;
    }
    for (; i < chunk.length; i++) {
      const unit = chunk.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff) {
        if (i + 1 === chunk.length) {
          this.#pendingHigh = unit;
          break;
        }
        const low = chunk.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          out[length++] = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
          i++;
          continue;
        }
      }
      out[length++] = unit;
    }
    return out.subarray(0, length);
  }

  /** What is still held back once the text has ended: a lone high surrogate, or nothing. */
  flush(): Uint32Array {
    if (this.#pendingHigh < 0) return new Uint32Array(0);
    const out = Uint32Array.of(this.#pendingHigh);
    this.#pendingHigh = -1;
    return out;
  }

  decode(symbols: ArrayLike<number>): string {
    let out = '';
    for (let i = 0; i < symbols.length; i++) {
      const symbol = symbols[i]!;
      out += this.unit === 'utf16' || symbol < 0x10000 ? String.fromCharCode(symbol) : String.fromCodePoint(symbol);
    }
    return out;
  }
}
