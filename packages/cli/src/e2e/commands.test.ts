/** Every command, run as the built `editops` binary. */
import * as library from '@editops/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { ESC, runCli, tempDir } from './run-cli';

/** What the library says, or the error it throws (for metrics this build may not support yet). */
function expected<T>(compute: () => T): { value: T } | { error: string } {
  try {
    return { value: compute() };
  } catch (error) {
    return { error: (error as Error).message.replace(/^editops: /u, '') };
  }
}

const dir = tempDir();
afterAll(() => dir.cleanup());

describe('editops distance', () => {
  it('prints the distance', async () => {
    expect(await runCli(['distance', 'kitten', 'sitting'])).toEqual({ code: 0, stdout: '3\n', stderr: '' });
  });

  it('offers every metric of the library', () => {
    expect(library.METRIC_NAMES).toEqual(expect.arrayContaining(['levenshtein', 'hamming', 'lcsseq', 'prefix', 'postfix', 'jaro', 'jaroWinkler']));
  });

  it.each(library.METRIC_NAMES.filter((metric) => metric !== 'hamming'))('--metric %s agrees with the library', async (metric) => {
    const want = expected(() => library.distance('abcdef', 'bacdfe', { metric }));
    const got = await runCli(['distance', 'abcdef', 'bacdfe', '--metric', metric]);
    if ('value' in want) expect(got).toMatchObject({ code: 0, stdout: `${want.value}\n` });
    else expect(got).toMatchObject({ code: 1, stderr: `editops: ${want.error}\n` });
  });

  it('--max-distance caps the answer at max + 1', async () => {
    expect((await runCli(['distance', 'kitten', 'sitting', '--max-distance', '1'])).stdout).toBe('2\n');
  });

  it('--unit word compares tokens, grapheme compares user-perceived characters', async () => {
    expect((await runCli(['distance', 'the quick fox', 'the slow fox', '--unit', 'word'])).stdout).toBe('1\n');
    expect((await runCli(['distance', 'e\u0301', 'e', '--unit', 'grapheme'])).stdout).toBe('1\n');
    expect((await runCli(['distance', '😀', 'x', '--unit', 'utf16'])).stdout).toBe('2\n');
  });

  it('hamming fails on unequal lengths with a hint, and --pad pads', async () => {
    const unequal = await runCli(['distance', 'ab', 'abc', '--metric', 'hamming']);
    expect(unequal.code).toBe(1);
    expect(unequal.stderr).toMatch(/^editops: .*same length.*--pad.*\n$/u);
    const want = expected(() => library.distance('ab', 'abc', { metric: 'hamming', pad: true }));
    const padded = await runCli(['distance', 'ab', 'abc', '--metric', 'hamming', '--pad']);
    if ('value' in want) expect(padded.stdout).toBe(`${want.value}\n`);
    else expect(padded.code).toBe(1);
  });

  it.each(['native', 'wasm'])('--backend %s gives the same answer', async (backend) => {
    expect(await runCli(['distance', 'flaw', 'lawn', '--backend', backend, '--json'])).toEqual({
      code: 0,
      stdout: '{"distance":2,"metric":"levenshtein","unit":"codepoint"}\n',
      stderr: '',
    });
  });

  it('--backend wins over EDITOPS_BACKEND, which is honoured without it', async () => {
    const env = { EDITOPS_BACKEND: 'gpu' };
    expect(await runCli(['distance', 'a', 'b', '--backend', 'wasm'], { env })).toMatchObject({ code: 0, stdout: '1\n' });
    const pinned = await runCli(['distance', 'a', 'b'], { env });
    expect(pinned.code).toBe(1);
    expect(pinned.stderr).toMatch(/^editops: EDITOPS_BACKEND must be one of 'native', 'wasm', got 'gpu'\n$/u);
  });
});

describe('editops ops', () => {
  it('draws the aligned script and lists the ops, without colour when piped', async () => {
    const got = await runCli(['ops', 'kitten', 'sitting'], { env: { CI: 'true' } });
    expect(got.code).toBe(0);
    expect(got.stdout).not.toContain(ESC);
    expect(got.stdout.split('\n')).toEqual([
      'distance 3 (levenshtein, by codepoint)',
      '',
      'src  kitten-',
      'dest sitting',
      '     R   R I',
      '',
      'legend: R replace  I insert  D delete  T transpose',
      '',
      'replace   src[0] "k" -> dest[0] "s"',
      'replace   src[4] "e" -> dest[4] "i"',
      'insert    dest[6] "g" before src[6]',
      '',
    ]);
  });

  it('--json prints the ops as the library returns them', async () => {
    const got = await runCli(['ops', 'kitten', 'sitting', '--json']);
    expect(JSON.parse(got.stdout)).toEqual({
      distance: 3,
      metric: 'levenshtein',
      unit: 'codepoint',
      srcLength: 6,
      destLength: 7,
      ops: library.editops('kitten', 'sitting')!.toArray(),
    });
  });

  it('--json is null over --max-distance', async () => {
    const got = await runCli(['ops', 'kitten', 'sitting', '--json', '-k', '2']);
    expect(JSON.parse(got.stdout)).toMatchObject({ distance: 3, ops: null });
  });

  it.each([
    ['osa', 'abcd', 'acbd'],
    ['damerau', 'axb', 'ba'],
  ] as const)('marks transpositions (%s)', async (metric, a, b) => {
    const want = expected(() => library.editops(a, b, { metric })!.toArray());
    const got = await runCli(['ops', a, b, '--metric', metric]);
    if ('error' in want) {
      expect(got).toMatchObject({ code: 1, stderr: `editops: ${want.error}\n` });
      return;
    }
    expect(got.code).toBe(0);
    expect(want.value.some((op) => op.type === 'transpose')).toBe(true);
    const markers = got.stdout.split('\n')[4]!;
    expect(markers.match(/T/gu)).toHaveLength(2);
    expect(got.stdout).toMatch(/^transpose /mu);
    const json = await runCli(['ops', a, b, '--metric', metric, '--json']);
    expect(JSON.parse(json.stdout).ops).toEqual(want.value);
  });

  it('colours with FORCE_COLOR or --color, and NO_COLOR / --no-color win', async () => {
    expect((await runCli(['ops', 'ab', 'ac'], { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await runCli(['ops', 'ab', 'ac', '--color'])).stdout).toContain(ESC);
    expect((await runCli(['ops', 'ab', 'ac'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await runCli(['ops', 'ab', 'ac', '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
  });

  it('wraps long alignments at $COLUMNS', async () => {
    const got = await runCli(['ops', 'a'.repeat(50), 'b'.repeat(50)], { env: { COLUMNS: '30' } });
    const srcRows = got.stdout.split('\n').filter((line) => line.startsWith('src '));
    expect(srcRows.map((row) => row.length)).toEqual([30, 30]); // 'src  ' + 25 cells, twice
  });
});

describe('editops --help / --version', () => {
  it('--help lists the commands and exits 0', async () => {
    const got = await runCli(['--help']);
    expect(got.code).toBe(0);
    for (const command of ['distance', 'ops', 'diff', 'wer', 'batch']) expect(got.stdout).toContain(command);
  });

  it('help for a command shows its options', async () => {
    const got = await runCli(['batch', '--help']);
    expect(got.code).toBe(0);
    expect(got.stdout).toContain('--max-distance');
    expect(got.stdout).toContain('--backend');
  });

  it('--version prints the package version', async () => {
    const { version } = require('../../package.json') as { version: string };
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});
