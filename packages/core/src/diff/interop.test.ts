/**
 * Patches across tools: every patch editops writes must apply with GNU `patch` and `git apply`
 * and give the new text; patches GNU `diff -u` and jsdiff write must apply with applyPatch.
 * Random texts (with and without final newlines, some with CRLF) and real ones (this repository's
 * docs, edited).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPatch as jsdiffCreatePatch } from 'diff';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { applyPatch } from './apply-patch';
import { createPatch } from './structured-patch';
import { textPairArbitrary } from './test-oracles';

const dir = mkdtempSync(join(tmpdir(), 'editops-patch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const repo = join(__dirname, '..', '..', '..', '..');
const real = (path: string) => readFileSync(join(repo, path), 'utf8');

/** Edits a real text the way people do: a paragraph dropped, lines changed, lines added, moved. */
function edit(text: string, seed: number): string {
  const lines = text.split('\n');
  let state = seed;
  const next = (n: number) => ((state = (state * 1103515245 + 12345) % 2147483648) >>> 8) % n;
  for (let k = 0; k < 12; k++) {
    const at = next(lines.length);
    switch (next(4)) {
      case 0:
        lines.splice(at, 1 + next(4));
        break;
      case 1:
        lines[at] = `${lines[at]} (edited)`;
        break;
      case 2:
        lines.splice(at, 0, 'an added line', '');
        break;
      default:
        lines.splice(next(lines.length), 0, ...lines.splice(at, 2));
    }
  }
  return lines.join('\n');
}

const crlf = (text: string) => text.replace(/\r?\n/gu, '\r\n');
const semantics = real('docs/semantics.md');
const readme = real('README.md');
const license = real('LICENSE');

const REAL_PAIRS: [string, string, string][] = [
  ['docs/semantics.md, edited', semantics, edit(semantics, 1)],
  ['README.md, edited, final newline removed', readme, edit(readme, 2).replace(/\n$/u, '')],
  ['README.md, final newline added back', edit(readme, 3).replace(/\n$/u, ''), readme],
  ['LICENSE with CRLF, edited', crlf(license), crlf(edit(license, 4))],
  ['LICENSE, LF to CRLF', license, crlf(license)],
  ['from empty', '', license],
  ['to empty', license, ''],
];

const RANDOM_PAIRS = fc
  .sample(textPairArbitrary, { numRuns: 60, seed: 19 })
  .filter(([a, b]) => a !== b)
  .map(([a, b], i): [string, string, string] => [`random pair ${i}`, a, b]);

const PAIRS = [...REAL_PAIRS, ...RANDOM_PAIRS];

function tool(command: string, args: readonly string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}${result.stdout}`);
}

let caseNumber = 0;
/** A fresh folder holding the old text as "f" and the patch as "change.patch". */
function stage(old: string, patch: string): string {
  const folder = join(dir, String(caseNumber++));
  execFileSync('mkdir', ['-p', folder]);
  writeFileSync(join(folder, 'f'), old);
  writeFileSync(join(folder, 'change.patch'), patch);
  return folder;
}

describe('patches editops writes', () => {
  it.each(PAIRS)('apply with GNU patch: %s', (_, old, now) => {
    const folder = stage(old, createPatch('a/f', 'b/f', old, now));
    tool('patch', ['--batch', '--silent', '--output=out', 'f', 'change.patch'], folder);
    expect(readFileSync(join(folder, 'out'), 'utf8')).toBe(now);
  });

  it.each(PAIRS)('apply with git apply: %s', (_, old, now) => {
    const folder = stage(old, createPatch('a/f', 'b/f', old, now));
    tool('git', ['apply', '--whitespace=nowarn', 'change.patch'], folder);
    expect(readFileSync(join(folder, 'f'), 'utf8')).toBe(now);
  });
});

describe('patches other tools write apply with applyPatch', () => {
  it.each(PAIRS)('GNU diff -u: %s', (_, old, now) => {
    const folder = stage(old, '');
    writeFileSync(join(folder, 'g'), now);
    const result = spawnSync('diff', ['-u', 'f', 'g'], { cwd: folder, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(applyPatch(old, result.stdout)).toBe(now);
  });

  it.each(PAIRS)('jsdiff createPatch: %s', (_, old, now) => {
    expect(applyPatch(old, jsdiffCreatePatch('f', old, now))).toBe(now);
  });
});
