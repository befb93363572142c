import { describe, expect, it } from 'vitest';
import { displayWidth, padEnd, printable } from './text-width';

describe('printable / displayWidth', () => {
  it('escapes control characters and lone surrogates', () => {
    expect(printable('a\tb\n\0\x07')).toBe('a\\tb\\n\\0\\x07');
    expect(printable('\uDC00')).toBe('\\uDC00');
    expect(printable('é😀')).toBe('é😀');
  });

  it('counts wide characters as two cells and combining marks as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('日本')).toBe(4);
    expect(displayWidth('😀')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('©')).toBe(1);
    expect(padEnd('日', 3)).toBe('日 ');
  });
});
