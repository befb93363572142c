/** `editops score`, run as the built binary, against the library. */
import * as library from '@editops/auto';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

describe('editops score', () => {
  it('prints WRatio by default', async () => {
    expect(await runCli(['score', 'new york mets', 'the wonderful new york mets'])).toEqual({ code: 0, stdout: '90\n', stderr: '' });
  });

  it.each(library.SCORER_NAMES)('--scorer %s agrees with the library', async (scorer) => {
    const want = library[scorer]('fuzzy was a bear', 'fuzzy fuzzy was a bear');
    expect(await runCli(['score', 'fuzzy was a bear', 'fuzzy fuzzy was a bear', '--scorer', scorer])).toMatchObject({ code: 0, stdout: `${want}\n` });
  });

  it('--process applies defaultProcess; --score-cutoff and --json', async () => {
    expect((await runCli(['score', 'New York Mets!', 'new york mets', '--scorer', 'ratio', '--process'])).stdout).toBe('100\n');
    expect((await runCli(['score', 'South Korea', 'North Korea', '--score-cutoff', '85.4'])).stdout).toBe('0\n');
    expect(JSON.parse((await runCli(['score', 'ab', 'ab', '--json'])).stdout)).toEqual({ score: 100, scorer: 'WRatio' });
  });

  it('rejects an unknown scorer with usage exit code 2', async () => {
    const got = await runCli(['score', 'a', 'b', '--scorer', 'Wratio']);
    expect(got.code).toBe(2);
    expect(got.stderr).toMatch(/Wratio/);
  });
});

describe('editops batch --scorer', () => {
  it('prints one score per line, or JSON Lines with "score"', async () => {
    const dir = tempDir();
    try {
      const path = join(dir.path, 'pairs.tsv');
      writeFileSync(path, 'new york mets\tthe wonderful new york mets\nSouth Korea\tnorth korea\n');
      const want = [library.WRatio('new york mets', 'the wonderful new york mets'), library.WRatio('south korea', 'north korea')];
      expect(await runCli(['batch', path, '--scorer', 'WRatio', '--process'])).toEqual({ code: 0, stdout: `${want[0]}\n${want[1]}\n`, stderr: '' });
      const lines = (await runCli(['batch', path, '--scorer', 'ratio', '--json'])).stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(lines[0]).toEqual({ a: 'new york mets', b: 'the wonderful new york mets', score: library.ratio('new york mets', 'the wonderful new york mets') });
    } finally {
      dir.cleanup();
    }
  });
});
