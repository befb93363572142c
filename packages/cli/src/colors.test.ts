import { describe, expect, it } from 'vitest';
import { colorEnabled } from './colors';

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('colorEnabled', () => {
  it('colours terminals only, whatever CI says', () => {
    expect(colorEnabled(undefined, tty, {})).toBe(true);
    expect(colorEnabled(undefined, pipe, {})).toBe(false);
    expect(colorEnabled(undefined, pipe, { CI: 'true' })).toBe(false);
    expect(colorEnabled(undefined, tty, { TERM: 'dumb' })).toBe(false);
  });

  it('NO_COLOR (non-empty) turns colour off, FORCE_COLOR on, the flags win over both', () => {
    expect(colorEnabled(undefined, tty, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled(undefined, tty, { NO_COLOR: '' })).toBe(true);
    expect(colorEnabled(undefined, pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled(undefined, tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled(undefined, pipe, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(colorEnabled(true, pipe, { NO_COLOR: '1' })).toBe(true);
    expect(colorEnabled(false, tty, { FORCE_COLOR: '1' })).toBe(false);
  });
});
