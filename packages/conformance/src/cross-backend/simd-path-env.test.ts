/**
 * EDITOPS_SIMD forces the native core's SIMD path (docs/limits.md). A value that names no path is
 * a RangeError when @editops/native loads, and each path that names one gives the same batch
 * answers. Each case runs in a child process, as the core reads the variable once per process.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const script = `
const native = require('@editops/native');
const words = ['kitten', 'sitting', 'saturday', 'sunday', '', 'a', 'abcdefghijklmnopqrstuvwxyz0123456789', 'x'.repeat(70), 'rosettacode', 'raisethysword'];
const out = [];
for (const metric of ['levenshtein', 'osa', 'indel']) {
  out.push(Array.from(native.distanceMatrix(words, words.concat(words.map((w) => w.split('').reverse().join(''))), { metric }).data ?? []));
  out.push(native.extract('sittin', words, { metric, limit: 4 }));
}
process.stdout.write(JSON.stringify(out));
`;

const run = (value: string) =>
  spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: __dirname, env: { ...process.env, EDITOPS_SIMD: value } });

describe('EDITOPS_SIMD', () => {
  it('rejects a value that names no SIMD path, naming the variable and the value', () => {
    const child = run('avx512');
    expect(child.status).not.toBe(0);
    expect(child.stderr).toMatch(/RangeError: EDITOPS_SIMD must be one of .*got "avx512"/);
  });

  it('gives the same batch answers on every path', () => {
    const answers = ['', 'scalar', 'sse2', 'avx2'].map((value) => {
      const child = run(value);
      expect(child.stderr).toBe('');
      expect(child.status).toBe(0);
      return child.stdout;
    });
    for (const answer of answers.slice(1)) expect(answer).toBe(answers[0]);
  }, 60_000);
});
