/** `editops batch`: streamed TSV in, one distance (or JSON line) out per line. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as library from '@editops/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, childEnv, runCli, tempDir } from './run-cli';

const LINES = 200_000;
const dir = tempDir();
afterAll(() => dir.cleanup());

/** A small deterministic PRNG (mulberry32), so that a failure can be reproduced. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Letters from a small alphabet (so that pairs share a lot), plus a non-BMP and a CJK character.
const ALPHABET = ['a', 'b', 'c', 'd', 'e', 'é', '😀', '日'];

function makePairs(count: number, seed: number): [string, string][] {
  const next = random(seed);
  const word = () => Array.from({ length: Math.floor(next() * 12) }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]!);
  const pairs: [string, string][] = [];
  for (let i = 0; i < count; i++) {
    const a = word();
    // Half the pairs are near-copies, so that small distances and zero show up too.
    const b = next() < 0.5 ? [...a.slice(0, Math.floor(next() * (a.length + 1))), ...word().slice(0, 2)] : word();
    pairs.push([a.join(''), b.join('')]);
  }
  return pairs;
}

const toTsv = (pairs: readonly (readonly [string, string])[]) => pairs.map(([a, b]) => `${a}\t${b}\n`).join('');

describe(`editops batch on ${LINES} lines`, () => {
  let pairs: [string, string][];
  let path: string;
  beforeAll(() => {
    pairs = makePairs(LINES, 7);
    path = join(dir.path, 'pairs.tsv');
    writeFileSync(path, toTsv(pairs));
  });

  it('writes one distance per line, equal to the library', { timeout: 60_000 }, async () => {
    const got = await runCli(['batch', path]);
    expect(got.code).toBe(0);
    expect(got.stderr).toBe(''); // no progress bar: stderr is not a terminal
    const lines = got.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(LINES);
    expect(lines.every((line) => /^\d+$/u.test(line))).toBe(true);
    // Every line against the library in this process (cheap next to the spawn).
    const wrong = pairs.flatMap(([a, b], i) => (Number(lines[i]) === library.distance(a, b) ? [] : [{ line: i + 1, a, b, got: lines[i] }]));
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(new Set(lines).size).toBeGreaterThan(5); // a spread of distances, zero included
    expect(lines).toContain('0');
  });

  it('--json writes JSON Lines, --max-distance caps, on the wasm backend too', { timeout: 60_000 }, async () => {
    const got = await runCli(['batch', path, '--json', '--max-distance', '3', '--backend', 'wasm']);
    expect(got.code).toBe(0);
    const lines = got.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(LINES);
    for (let i = 0; i < LINES; i += 997) {
      const [a, b] = pairs[i]!;
      expect(JSON.parse(lines[i]!)).toEqual({ a, b, distance: library.distance(a, b, { maxDistance: 3 }) });
    }
  });
});

describe('editops batch, small inputs', () => {
  it('reads standard input with -, and CRLF line ends', async () => {
    const got = await runCli(['batch', '-'], { input: 'kitten\tsitting\r\nflaw\tlawn\r\n\t\n' });
    expect(got).toEqual({ code: 0, stdout: '3\n2\n0\n', stderr: '' });
  });

  it('--unit word compares the fields as token lists', async () => {
    const got = await runCli(['batch', '-', '--unit', 'word'], { input: 'a b c\ta c\n' });
    expect(got.stdout).toBe('1\n');
  });

  it('a malformed line is exit 1, naming the line, after the lines before it', async () => {
    const got = await runCli(['batch', '-'], { input: 'a\tb\nno tab here\nc\td\n' });
    expect(got).toEqual({ code: 1, stdout: '1\n', stderr: 'editops: stdin:2: expected 2 tab-separated fields, found 1\n' });
    const three = await runCli(['batch', '-'], { input: 'a\tb\tc\n' });
    expect(three.stderr).toBe('editops: stdin:1: expected 2 tab-separated fields, found 3\n');
  });

  it('a library error names the line', async () => {
    const got = await runCli(['batch', '-', '--metric', 'hamming'], { input: 'ab\tcd\nab\tabc\n' });
    expect(got.code).toBe(1);
    expect(got.stdout).toBe('2\n');
    expect(got.stderr).toMatch(/^editops: stdin:2: .*same length[^\n]*\n$/u);
  });

  it.each(library.METRIC_NAMES.filter((metric) => metric !== 'hamming'))('--metric %s gives the library distance per line', async (metric) => {
    const pairs = [['kitten', 'sitting'], ['martha', 'marhta'], ['', 'abc']];
    const want = pairs.map(([a, b]) => `${library.distance(a!, b!, { metric })}\n`).join('');
    expect(await runCli(['batch', '-', '--metric', metric], { input: pairs.map((pair) => pair.join('\t')).join('\n') })).toEqual({ code: 0, stdout: want, stderr: '' });
  });

  it.each(library.SCORER_NAMES)('--scorer %s gives the library score per line', async (scorer) => {
    const pairs = [['new york mets', 'the wonderful new york mets'], ['fuzzy was a bear', 'fuzzy fuzzy was a bear']];
    const want = pairs.map(([a, b]) => `${library[scorer](a!, b!)}\n`).join('');
    expect(await runCli(['batch', '-', '--scorer', scorer], { input: pairs.map((pair) => pair.join('\t')).join('\n') })).toEqual({ code: 0, stdout: want, stderr: '' });
  });

  it('an empty file gives no output', async () => {
    const path = join(dir.path, 'empty.tsv');
    writeFileSync(path, '');
    expect(await runCli(['batch', path])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  // util-linux `script` runs the command on a pseudo-terminal: stderr is a terminal, stdout a file.
  it.skipIf(!existsSync('/usr/bin/script'))('draws a progress bar on stderr when it is a terminal', () => {
    const input = join(dir.path, 'progress.tsv');
    const output = join(dir.path, 'progress.out');
    writeFileSync(input, toTsv(makePairs(20_000, 3)));
    const command = `'${process.execPath}' '${BIN}' batch '${input}' > '${output}'`;
    const result = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { env: childEnv(), encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/editops batch \[=+\] 100% \| 20000 lines/u);
    expect(readFileSync(output, 'utf8').split('\n')).toHaveLength(20_001);
  });
});
