/** `editops diff` and `editops wer`, run as the built binary. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as library from '@editops/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, childEnv, ESC, runCli, tempDir } from './run-cli';

const dir = tempDir();
afterAll(() => dir.cleanup());

let fileNumber = 0;
function file(content: string | Buffer): string {
  const path = join(dir.path, `f${fileNumber++}.txt`);
  writeFileSync(path, content);
  return path;
}

const lines = (count: number, label = 'line') => Array.from({ length: count }, (_, i) => `${label} ${i + 1}\n`).join('');
/** The output without the two file lines, whose timestamps vary. */
const body = (text: string) => text.split('\n').slice(2).join('\n');

describe('editops diff: exit codes as GNU diff', () => {
  it('0 and no output when the files are the same', async () => {
    const a = file('same\n');
    expect(await runCli(['diff', a, file('same\n')])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('1 when they differ', async () => {
    expect((await runCli(['diff', file('a\n'), file('b\n')])).code).toBe(1);
  });

  it('2 when a file cannot be read, or the usage is wrong', async () => {
    const missing = join(dir.path, 'missing.txt');
    expect(await runCli(['diff', file('a\n'), missing])).toEqual({ code: 2, stdout: '', stderr: `editops: cannot read ${missing}: no such file\n` });
    expect(await runCli(['diff', file('a\n'), dir.path])).toMatchObject({ code: 2, stderr: `editops: cannot read ${dir.path}: is a directory\n` });
    expect((await runCli(['diff', file('a\n'), file('b\n'), '-U', 'x'])).code).toBe(2);
    expect((await runCli(['diff', file('a\n')])).code).toBe(2);
  });
});

describe('editops diff: unified output', () => {
  const old = lines(20);
  const now = old.replace('line 4\n', 'line four\n').replace('line 15\n', '').replace(/\n$/u, '');

  it('writes what GNU diff -u writes, timestamps included', async () => {
    const [a, b] = [file(old), file(now)];
    const got = await runCli(['diff', a, b]);
    const gnu = spawnSync('diff', ['-u', a, b], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    expect(got.code).toBe(1);
    expect(got.stdout).toBe(gnu.stdout);
    expect(body(got.stdout)).toBe(body(library.createPatch(a, b, old, now)));
  });

  it('-U N sets the context', async () => {
    const [a, b] = [file(old), file(now)];
    for (const context of ['0', '1', '5']) {
      const got = await runCli(['diff', '-U', context, a, b]);
      const gnu = spawnSync('diff', [`-U${context}`, a, b], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
      expect(body(got.stdout)).toBe(body(gnu.stdout));
    }
    expect((await runCli(['diff', '-U', '0', a, b])).stdout).toContain('@@ -4 +4 @@\n-line 4\n+line four\n@@ -15 +14,0 @@\n-line 15\n');
  });

  it('GNU patch turns the old file into the new one, bytes exact (CRLF, Latin-1, no final newline)', async () => {
    const cases: [Buffer, Buffer][] = [
      [Buffer.from(old), Buffer.from(now)],
      [Buffer.from(old.replace(/\n/gu, '\r\n')), Buffer.from(now.replace(/\n/gu, '\r\n'))],
      [Buffer.from('caf\xe9\nna\xefve\n', 'latin1'), Buffer.from('caf\xe9\nna\xefve!\n\xff\n', 'latin1')],
      [Buffer.from('x'), Buffer.from('x\n')],
    ];
    for (const [before, after] of cases) {
      const [a, b] = [file(before), file(after)];
      // The bytes as written (runCli decodes UTF-8).
      const got = spawnSync(process.execPath, [BIN, 'diff', a, b], { env: childEnv() });
      expect(got.status).toBe(1);
      const patched = join(dir.path, `patched${fileNumber++}`);
      const run = spawnSync('patch', ['--batch', '--silent', `--output=${patched}`, a], { input: got.stdout });
      expect(run.stderr.toString()).toBe('');
      expect(run.status).toBe(0);
      expect(readFileSync(patched).equals(after)).toBe(true);
    }
  });

  it('- reads standard input', async () => {
    const b = file('x\nz\n');
    const got = await runCli(['diff', '-', b], { input: 'x\ny\n' });
    expect(got).toEqual({ code: 1, stdout: `--- -\n+++ ${b}\t${got.stdout.split('\n')[1]!.split('\t')[1]}\n@@ -1,2 +1,2 @@\n x\n-y\n+z\n`, stderr: '' });
  });

  it('--stat counts the changed lines', async () => {
    const got = await runCli(['diff', '--stat', file(old), file(now)]);
    expect(got.code).toBe(1);
    expect(got.stdout.split('\n').slice(1)).toEqual([' 1 file changed, 2 insertions(+), 3 deletions(-)', '']);
    expect(got.stdout.split('\n')[0]).toMatch(/^ \S+ => \S+ \| 5 \+\+---$/u);
  });

  it('--json prints the structured patch', async () => {
    const [a, b] = [file('x\ny\n'), file('x\nz\n')];
    const got = await runCli(['diff', '--json', a, b]);
    expect(JSON.parse(got.stdout)).toMatchObject({
      oldFileName: a,
      newFileName: b,
      hunks: [{ oldStart: 1, oldLines: 2, newStart: 1, newLines: 2, lines: [' x', '-y', '+z'] }],
    });
  });

  it('detects binary files, unless --text', async () => {
    const [a, b] = [file(Buffer.from([1, 0, 2, 10])), file(Buffer.from([1, 0, 3, 10]))];
    expect(await runCli(['diff', a, b])).toEqual({ code: 1, stdout: `Binary files ${a} and ${b} differ\n`, stderr: '' });
    expect(await runCli(['diff', a, file(Buffer.from([1, 0, 2, 10]))])).toMatchObject({ code: 0, stdout: '' });
    expect((await runCli(['diff', '--text', a, b])).stdout).toContain('@@ -1 +1 @@\n-\x01\x00\x02\n+\x01\x00\x03\n');
    // A changed line with a byte that is not UTF-8 comes out as that byte.
    const raw = spawnSync(process.execPath, [BIN, 'diff', file(Buffer.from('a\xff\n', 'latin1')), file('b\n')], { env: childEnv() });
    expect(raw.stdout.subarray(raw.stdout.indexOf('@@')).equals(Buffer.from('@@ -1 +1 @@\n-a\xff\n+b\n', 'latin1'))).toBe(true);
  });
});

describe('editops diff --unit word|char: inline diffs that keep the lines', () => {
  // 257 lines, a few words changed, one line deleted, one added.
  const old = Array.from({ length: 257 }, (_, i) => `line ${i + 1} says word${i % 7} and more`).join('\n') + '\n';
  const edited = old.split('\n');
  edited[3] = edited[3]!.replace('says', 'tells');
  edited[100] = edited[100]!.replace('word', 'WORD').replace('more', 'less');
  edited.splice(200, 1);
  edited.splice(250, 0, 'a new line');
  const now = edited.join('\n');

  /** The text an inline diff stands for: deleted parts dropped (new) or inserted parts dropped (old). */
  const side = (text: string, keep: 'old' | 'new') =>
    text.replace(keep === 'new' ? /\[-.*?-\]/gu : /\{\+.*?\+\}/gu, '').replace(keep === 'new' ? /\{\+(.*?)\+\}/gu : /\[-(.*?)-\]/gu, '$1');

  it('prints every line of the file once, the changed words marked', async () => {
    const got = await runCli(['diff', '--unit', 'word', '-U', '1000', file(old), file(now)]);
    expect(got.code).toBe(1);
    const out = got.stdout.split('\n');
    expect(out[2]).toBe('@@ -1,257 +1,257 @@');
    const shown = out.slice(3, -1);
    expect(shown).toHaveLength(258); // 256 kept lines, the deleted one, the added one
    expect(shown[3]).toBe('line 4 says word3 and more'.replace('says', '[-says-]{+tells+}'));
    expect(shown[100]).toBe('line 101 says [-word2-]{+WORD2+} and [-more-]{+less+}');
    expect(shown.join('\n') + '\n').not.toMatch(/\[-[^\]]*\n|\{\+[^}]*\n/u); // no marker spans a line break
    expect(side(shown.join('\n') + '\n', 'new').replace(/\n\n/gu, '\n')).toBe(now);
    expect(side(shown.join('\n') + '\n', 'old').replace(/\n\n/gu, '\n')).toBe(old);
  });

  it('shows only the hunks with -U context, as git diff --word-diff=plain', async () => {
    const got = await runCli(['diff', '--unit', 'word', '-U', '1', file('a b\nc\nd\ne\nf\n'), file('a x\nc\nd\ne\nf y\n')]);
    expect(body(got.stdout)).toBe('@@ -1,2 +1,2 @@\na [-b-]{+x+}\nc\n@@ -4,2 +4,2 @@\ne\nf{+ y+}\n');
  });

  it('--unit char marks characters', async () => {
    const got = await runCli(['diff', '--unit', 'char', file('kitten\nsame\n'), file('sitting\nsame\n')]);
    expect(body(got.stdout)).toBe('@@ -1,2 +1,2 @@\n[-k-]{+s+}itt[-e-]{+i+}n{+g+}\nsame\n');
  });

  it('colours instead of markers on a terminal, and only there', async () => {
    const [a, b] = [file('a b\n'), file('a c\n')];
    const piped = await runCli(['diff', '--unit', 'word', a, b]);
    expect(piped.stdout).not.toContain(ESC);
    // `script` runs the command on a pseudo-terminal.
    const tty = spawnSync('script', ['-qec', `${process.execPath} ${BIN} diff --unit word ${a} ${b}`, '/dev/null'], {
      encoding: 'utf8',
      env: childEnv(),
    });
    expect(tty.stdout).toContain(`${ESC}31m`);
    expect(tty.stdout).not.toContain('[-b-]');
    expect((await runCli(['diff', a, b, '--color'])).stdout).toContain(`${ESC}32m+a c`);
    expect((await runCli(['diff', a, b], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain(ESC);
  });
});

describe('editops wer', () => {
  const ref = file('hello world\ni like monthy python\n');
  const hyp = file('hello duck\ni like python\n');

  it('prints the rates and counts over the corpus', async () => {
    const got = await runCli(['wer', ref, hyp]);
    const want = library.errorRates(['hello world', 'i like monthy python'], ['hello duck', 'i like python']);
    expect(got.code).toBe(0);
    expect(got.stdout.split('\n')).toEqual([
      `wer ${want.wer.toFixed(4)}`,
      `mer ${want.mer.toFixed(4)}`,
      `wil ${want.wil.toFixed(4)}`,
      `wip ${want.wip.toFixed(4)}`,
      `cer ${want.cer.toFixed(4)}`,
      'hits 4, substitutions 1, deletions 1, insertions 0',
      '6 reference words, 5 hypothesis words, 2 lines',
      '',
    ]);
    expect(want.wer).toBeCloseTo(2 / 6, 12);
  });

  it('--unit char --json', async () => {
    const got = await runCli(['wer', '--unit', 'char', '--json', file('kitten\n'), file('sitting\n')]);
    expect(JSON.parse(got.stdout)).toMatchObject({ unit: 'char', lines: 1, wer: 0.5, cer: 0.5, hits: 4, substitutions: 2, insertions: 1, deletions: 0 });
  });

  it('fails with exit 1 when the files do not pair up, 2 on bad usage', async () => {
    const got = await runCli(['wer', ref, file('one line\n')]);
    expect(got).toEqual({ code: 1, stdout: '', stderr: `editops: ${ref} has 2 lines and ${dir.path}/f${fileNumber - 1}.txt has 1: they must pair up line by line\n` });
    expect((await runCli(['wer', ref, hyp, '--unit', 'line'])).code).toBe(2);
  });
});
