import { describe, expect, it } from 'vitest';
import { defaultProcess } from './default-process';

describe('defaultProcess', () => {
  it.each([
    ['new york mets', 'new york mets'],
    ['new YORK mets', 'new york mets'], // RapidFuzz test_fuzz.py testQuickRatioCaseInsensitive
    ['  New-York METS!  ', 'new york mets'],
    ['a_b', 'a b'], // underscore is not a letter or a digit
    ['+', ''], // RapidFuzz issue 110: "+" and "-" both process to ""
    ['Ünïcödé 42 ½', 'ünïcödé 42 ½'], // letters and numbers of any script stay
    ['tab\there\u3000ideographic', 'tab here ideographic'],
    ['😀x', 'x'], // an emoji is neither: one space per character, then trimmed
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(defaultProcess(input)).toBe(expected);
  });

  it('keeps the interior spaces it makes (one per character, as RapidFuzz)', () => {
    expect(defaultProcess('a--b')).toBe('a  b');
  });

  it('rejects a non-string with a TypeError naming what it got', () => {
    expect(() => defaultProcess(42 as unknown as string)).toThrow(/defaultProcess\(value\).*a string.*the number 42/);
  });
});
