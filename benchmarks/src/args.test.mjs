import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.mjs';

describe('parseArgs', () => {
  const spec = { base: 'list', rounds: 'number', quick: 'boolean' };

  it('a list flag given twice adds to the list, as a comma list does', () => {
    expect(parseArgs(['--base', 'start=/a', '--base=pre14=/b'], spec).base).toEqual(['start=/a', 'pre14=/b']);
    expect(parseArgs(['--base', 'start=/a,pre14=/b'], spec).base).toEqual(['start=/a', 'pre14=/b']);
  });

  it('refuses an unknown flag and a bad number', () => {
    expect(() => parseArgs(['--bases', 'x'], spec)).toThrow(/unknown flag --bases/);
    expect(() => parseArgs(['--rounds', '0'], spec)).toThrow(/positive number/);
  });
});
