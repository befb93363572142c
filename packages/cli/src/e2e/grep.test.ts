/** `editops grep`: approximate grep over files and stdin, spawned as users run it. */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, childEnv, ESC, runCli, tempDir } from './run-cli';

const dir = tempDir();
afterAll(() => dir.cleanup());

const poem = join(dir.path, 'poem.txt');
writeFileSync(poem, ['the quick brown fox', 'the quikc brown fox', 'a slow red 😀 fox', 'nothing here', 'quick quick'].join('\n') + '\n');
const other = join(dir.path, 'other.txt');
writeFileSync(other, 'quack\nzzz\n');

describe('editops grep', () => {
  it('prints LINE:COLUMN:DISTANCE:line for the matching lines, exit 0', async () => {
    const result = await runCli(['grep', 'quick', poem, '-k', '1']);
    expect(result.code).toBe(0);
    // 'quik' (c deleted) is within 1 of 'quick'.
    expect(result.stdout).toBe(['1:5:0:the quick brown fox', '2:5:1:the quikc brown fox', '5:1:0:quick quick', ''].join('\n'));
    // 'kciuq' is 'quick' reversed: 4 edits by levenshtein, and still more than 2 by osa.
    expect((await runCli(['grep', 'kciuq', poem, '-k', '2', '--metric', 'osa'])).code).toBe(1);
  });

  it('exit 1 when no line matches, 2 for a file it cannot read (and still searches the others)', async () => {
    expect((await runCli(['grep', 'elephant', poem])).code).toBe(1);
    const missing = await runCli(['grep', 'quack', join(dir.path, 'missing.txt'), other]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^editops: cannot read .*missing\.txt: no such file\n$/u);
    expect(missing.stdout).toBe(`${other}:1:1:0:quack\n`);
    expect((await runCli(['grep', 'x', '-k', 'many', poem])).code).toBe(2);
  });

  it('-o prints each match, columns count code points', async () => {
    const result = await runCli(['grep', 'red 😀 fix', poem, '-k', '1', '-o']);
    expect(result.stdout).toBe('3:8:1:red 😀 fox\n');
    const twice = await runCli(['grep', 'quick', poem, '-o']);
    expect(twice.stdout).toBe('1:5:0:quick\n5:1:0:quick\n5:7:0:quick\n');
  });

  it('-c counts matching lines per file, with the file names when there are several', async () => {
    expect((await runCli(['grep', 'quick', poem, '-c', '-k', '1'])).stdout).toBe('3\n');
    expect((await runCli(['grep', 'quack', poem, other, '-c', '-k', '1'])).stdout).toBe(`${poem}:2\n${other}:1\n`);
  });

  it('--json gives one object per match, with its CIGAR', async () => {
    const result = await runCli(['grep', 'quick', poem, '-k', '2', '--json']);
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    // The run's first end with the least distance: 'quik', the pattern's c missing from the text (an I).
    expect(records[1]).toEqual({ file: poem, line: 2, column: 5, distance: 1, match: 'quik', cigar: '3M1I1M' });
    expect(records.map((r) => r.line)).toEqual([1, 2, 5, 5]);
  });

  it('reads stdin, without a FILE or with -', async () => {
    for (const args of [['grep', 'helo', '-k', '1'], ['grep', 'helo', '-', '-k', '1']]) {
      const result = await runCli(args, { input: 'hello\nworld\n' });
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('1:1:1:hello\n');
    }
  });

  it('highlights the matched text when colour is on', async () => {
    const result = await runCli(['grep', 'fox', poem, '--color', '-c']);
    expect(result.stdout).toBe('3\n');
    const lines = await runCli(['grep', 'slow', poem, '--color']);
    expect(lines.stdout).toContain(`${ESC}1m${ESC}31mslow${ESC}39m${ESC}22m`);
  });

  it('streams a 50 MB file in bounded memory', async () => {
    const big = join(dir.path, 'big.txt');
    const out = createWriteStream(big);
    const filler = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do\n';
    let planted = 0;
    for (let bytes = 0, line = 0; bytes < 50e6; line++) {
      const text = line % 10_000 === 0 ? `xx needle in a haystakc yy\n` : filler;
      if (line % 10_000 === 0) planted++;
      bytes += text.length;
      if (!out.write(text)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'close');
    // A heap too small for the file: reading it whole would run out of memory.
    const child = spawn(process.execPath, ['--max-old-space-size=40', BIN, 'grep', 'haystack', big, '-k', '2', '-c'], {
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let peakKb = 0;
    const status = `/proc/${child.pid}/status`;
    const poll = setInterval(() => {
      if (!existsSync(status)) return;
      try {
        const rss = /VmRSS:\s+(\d+)/u.exec(readFileSync(status, 'utf8'));
        if (rss) peakKb = Math.max(peakKb, Number(rss[1]));
      } catch {
        // the process ended between the check and the read
      }
    }, 50);
    const [code] = (await once(child, 'close')) as [number];
    clearInterval(poll);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(`${planted}\n`);
    // Node itself, the addon and the wasm module take most of this; the file is 50 MB.
    if (peakKb > 0) expect(peakKb).toBeLessThan(160 * 1024);
  }, 120_000);
});
