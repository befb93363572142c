/** Exit codes and error lines: 2 for bad usage, 1 for other failures, one line on stderr. */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli';

const dir = tempDir();
afterAll(() => dir.cleanup());

describe('bad usage exits 2 with one line on stderr', () => {
  it.each([
    [[], /missing command/u],
    [['frobnicate', 'a', 'b'], /unknown command 'frobnicate'/u],
    [['dist', 'a', 'b'], /unknown command 'dist' \(Did you mean/u],
    [['distance', 'a'], /missing required argument 'b'/u],
    [['distance'], /missing required argument 'a'/u],
    [['distance', 'a', 'b', 'c'], /too many arguments/u],
    [['distance', 'a', 'b', '--bogus'], /unknown option '--bogus'/u],
    [['distance', 'a', 'b', '--metric', 'cosine'], /--metric.*'cosine' is invalid.*levenshtein, osa, damerau, indel, hamming/u],
    [['distance', 'a', 'b', '--max-distance', '-1'], /--max-distance.*'-1' is invalid/u],
    [['distance', 'a', 'b', '--max-distance', 'two'], /--max-distance.*'two' is invalid/u],
    [['distance', 'a', 'b', '--max-distance'], /--max-distance <n>' argument missing/u],
    [['distance', 'a', 'b', '--unit', 'sentence'], /--unit.*'sentence' is invalid.*codepoint, grapheme, utf16, word, line/u],
    [['diff', 'x', 'y', '--unit', 'byte'], /--unit/u],
    [['ops', 'a', 'b', '--backend', 'gpu'], /--backend.*'gpu' is invalid.*native, wasm/u],
    [['batch'], /missing required argument 'pairs.tsv'/u],
    [['batch', 'x.tsv', '--color'], /unknown option '--color'/u],
  ])('editops %j', async (args, message) => {
    const got = await runCli(args as string[]);
    expect(got.code).toBe(2);
    expect(got.stdout).toBe('');
    expect(got.stderr).toMatch(message);
    expect(got.stderr).toMatch(/^editops: [^\n]+\n$/u);
  });

  it('checks option values before reading any file', async () => {
    const got = await runCli(['diff', 'missing-1', 'missing-2', '--metric', 'nope']);
    expect(got.code).toBe(2);
  });
});

describe('other failures exit 1 with one line on stderr', () => {
  it.each([
    [['batch', 'no-such-file.tsv'], /^editops: cannot read no-such-file.tsv: no such file\n$/u],
    [['batch', '.'], /^editops: cannot read \.: is a directory\n$/u],
  ])('editops %j', async (args, message) => {
    const got = await runCli(args, { cwd: dir.path });
    expect(got.code).toBe(1);
    expect(got.stderr).toMatch(message);
  });

  it('a library error (hamming on unequal lengths) is exit 1', async () => {
    const got = await runCli(['ops', 'a', 'ab', '--metric', 'hamming']);
    expect(got.code).toBe(1);
    expect(got.stderr).toMatch(/^editops: [^\n]+\n$/u);
  });

  it('diff is the exception: trouble is exit 2, as in GNU diff, and a missing second file names that file', async () => {
    const first = await runCli(['diff', 'no-such-file.txt', 'other.txt'], { cwd: dir.path });
    expect(first).toMatchObject({ code: 2, stdout: '', stderr: 'editops: cannot read no-such-file.txt: no such file\n' });
    const got = await runCli(['diff', join(__dirname, 'run-cli.ts'), 'gone.txt'], { cwd: dir.path });
    expect(got).toMatchObject({ code: 2, stdout: '', stderr: 'editops: cannot read gone.txt: no such file\n' });
  });
});
