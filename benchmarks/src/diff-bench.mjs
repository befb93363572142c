/**
 * The diff benchmark (issue 19). Three workloads, each against its target:
 *
 * 1. createPatch on a 25k-line text with 1% of its lines changed, editops vs jsdiff's createPatch
 *    (target: >= 50x). Each contestant is timed in a loop of its own (its own call site), the
 *    rounds interleaved, and every patch is checked to apply before anything is timed.
 * 2. createPatch on 1M lines (0.1% and 1% changed) in a child process that reports its peak RSS
 *    (target: bounded memory: linear in the input, no N*M or D*D tables; and bounded time, since
 *    a huge change set falls back to GNU diff's heuristic).
 * 3. `editops diff` on two 100 MB files with a few changed lines vs GNU `diff -u`, wall time, the
 *    runs interleaved (target: within 2x), after checking both print the same hunks.
 *
 * Usage: node src/diff-bench.mjs [--quick] [--out benchmarks/results]
 * Without --out the report goes to the ignored benchmarks/results/tmp/. The lead's report can
 * include the section through `runDiffBenchmarks()` and `diffMarkdown()`.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const CLI = resolve(here, '..', '..', 'packages', 'cli', 'dist', 'bin.js');

/** A seeded generator (mulberry32), so that every run diffs the same texts. */
function rng(seed) {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

const WORDS = 'the of and to in is that for it as was with be by on not he this are or his from at which but have an they you were her she there had been one all we their has would when if so no what out up more can who some time could them into only then now'.split(' ');

/** Lines of 3 to 14 words, like prose or code comments; numbered so most lines are unique. */
function makeLines(count, random) {
  const lines = new Array(count);
  for (let i = 0; i < count; i++) {
    let line = `${i}`;
    const words = 3 + random(12);
    for (let w = 0; w < words; w++) line += ' ' + WORDS[random(WORDS.length)];
    lines[i] = line;
  }
  return lines;
}

/** A copy with `fraction` of the lines changed: replaced, deleted or inserted in equal parts. */
function editLines(lines, fraction, random) {
  const out = lines.slice();
  const edits = Math.max(1, Math.round(lines.length * fraction));
  for (let e = 0; e < edits; e++) {
    const at = random(out.length);
    switch (random(3)) {
      case 0:
        out[at] = `changed ${out[at]}`;
        break;
      case 1:
        out.splice(at, 1);
        break;
      default:
        out.splice(at, 0, `inserted line ${e}`);
    }
  }
  return out;
}

const median = (values) => values.slice().sort((x, y) => x - y)[values.length >> 1];
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

/** Workload 1: editops vs jsdiff createPatch, 25k lines, 1% changed. */
export function benchCreatePatch({ rounds = 5 } = {}) {
  const editops = require('@editops/auto');
  const jsdiff = require('diff');
  const random = rng(25_000);
  const oldLines = makeLines(25_000, random);
  const oldText = oldLines.join('\n') + '\n';
  const newText = editLines(oldLines, 0.01, random).join('\n') + '\n';

  // Correctness first: both patches turn the old text into the new one.
  const ours = editops.createPatch('a/file', 'b/file', oldText, newText);
  const theirs = jsdiff.createPatch('file', oldText, newText);
  if (editops.applyPatch(oldText, ours) !== newText) throw new Error('editops patch does not apply');
  if (jsdiff.applyPatch(oldText, ours) !== newText) throw new Error('jsdiff cannot apply the editops patch');
  if (editops.applyPatch(oldText, theirs) !== newText) throw new Error('editops cannot apply the jsdiff patch');

  // One loop per contestant, each with its own call site.
  function timeEditops(times) {
    const t0 = process.hrtime.bigint();
    let size = 0;
    for (let i = 0; i < times; i++) size += editops.createPatch('a/file', 'b/file', oldText, newText).length;
    if (size === 0) throw new Error('empty');
    return ms(t0) / times;
  }
  function timeJsdiff(times) {
    const t0 = process.hrtime.bigint();
    let size = 0;
    for (let i = 0; i < times; i++) size += jsdiff.createPatch('file', oldText, newText).length;
    if (size === 0) throw new Error('empty');
    return ms(t0) / times;
  }
  timeEditops(3); // warm-up
  timeJsdiff(1);
  const editopsTimes = [];
  const jsdiffTimes = [];
  for (let r = 0; r < rounds; r++) {
    editopsTimes.push(timeEditops(10));
    jsdiffTimes.push(timeJsdiff(1));
  }
  const hunks = (ours.match(/^@@/gmu) ?? []).length;
  return {
    lines: oldLines.length,
    changedLines: Math.round(oldLines.length * 0.01),
    hunks,
    editopsMs: median(editopsTimes),
    jsdiffMs: median(jsdiffTimes),
    speedup: median(jsdiffTimes) / median(editopsTimes),
    rounds,
  };
}

/** jsdiff#239's case: 25k lines of 20 random digits, cut to the first 10,000 characters. */
export function benchTruncation({ rounds = 5 } = {}) {
  const editops = require('@editops/auto');
  const jsdiff = require('diff');
  const random = rng(239);
  const oldText = Array.from({ length: 25_000 }, () => Array.from({ length: 20 }, () => random(10)).join('')).join('\n') + '\n';
  const newText = oldText.slice(0, 10_000) + '\n';
  const ours = editops.createPatch('a/file', 'b/file', oldText, newText);
  if (jsdiff.applyPatch(oldText, ours) !== newText) throw new Error('jsdiff cannot apply the editops patch');
  if (editops.applyPatch(oldText, jsdiff.createPatch('file', oldText, newText)) !== newText) throw new Error('editops cannot apply the jsdiff patch');
  function timeEditops(times) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < times; i++) if (editops.createPatch('a/file', 'b/file', oldText, newText).length === 0) throw new Error('empty');
    return ms(t0) / times;
  }
  function timeJsdiff(times) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < times; i++) if (jsdiff.createPatch('file', oldText, newText).length === 0) throw new Error('empty');
    return ms(t0) / times;
  }
  timeEditops(2);
  timeJsdiff(1);
  const editopsTimes = [];
  const jsdiffTimes = [];
  for (let r = 0; r < rounds; r++) {
    editopsTimes.push(timeEditops(3));
    jsdiffTimes.push(timeJsdiff(1));
  }
  return { editopsMs: median(editopsTimes), jsdiffMs: median(jsdiffTimes), speedup: median(jsdiffTimes) / median(editopsTimes), rounds };
}

/**
 * Workload 2: the texts are written to files first, and a child process (this file with
 * --child-1m) reads them, so that its RSS before the call is the texts alone and its peak RSS is
 * what createPatch adds.
 */
function childOneMillion(oldPath, newPath) {
  const editops = require('@editops/auto');
  const oldText = readFileSync(oldPath, 'latin1');
  const newText = readFileSync(newPath, 'latin1');
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  const patch = editops.createPatch('a/file', 'b/file', oldText, newText);
  const took = ms(t0);
  const peak = process.resourceUsage().maxRSS * 1024;
  const applied = editops.applyPatch(oldText, patch) === newText;
  process.stdout.write(
    JSON.stringify({ textBytes: oldText.length + newText.length, patchBytes: patch.length, ms: took, rssBefore: before, peakRss: peak, applied }),
  );
}

export function benchOneMillion() {
  const dir = mkdtempSync(join(tmpdir(), 'editops-diff-1m-'));
  try {
    const results = [];
    for (const fraction of [0.001, 0.01]) {
      const random = rng(1_000_000 + Math.round(fraction * 1e4));
      const oldLines = makeLines(1_000_000, random);
      writeFileSync(join(dir, 'old'), oldLines.join('\n') + '\n');
      writeFileSync(join(dir, 'new'), editLines(oldLines, fraction, random).join('\n') + '\n');
      const run = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child-1m', join(dir, 'old'), join(dir, 'new')], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      if (run.status !== 0) throw new Error(`1M-line child failed: ${run.stderr}`);
      const result = JSON.parse(run.stdout);
      if (!result.applied) throw new Error('the 1M-line patch does not apply');
      results.push({ fraction, ...result });
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Workload 3: two ~100 MB files, 20 lines changed, editops diff vs GNU diff -u. */
export async function benchCli({ rounds = 3, megabytes = 100 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'editops-diff-bench-'));
  try {
    const random = rng(100);
    const [a, b] = [join(dir, 'old.txt'), join(dir, 'new.txt')];
    const lines = [];
    let size = 0;
    while (size < megabytes * 1e6) {
      const line = makeLines(1, random)[0].replace(/^0/u, String(lines.length));
      lines.push(line);
      size += line.length + 1;
    }
    const writeAll = async (path, all) => {
      const out = createWriteStream(path);
      for (let i = 0; i < all.length; i += 10_000) {
        if (!out.write(all.slice(i, i + 10_000).join('\n') + '\n')) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');
    };
    await writeAll(a, lines);
    for (let e = 0; e < 20; e++) {
      const at = random(lines.length);
      lines[at] = `changed ${lines[at]}`;
    }
    await writeAll(b, lines);
    const lineCount = lines.length;
    lines.length = 0;

    const timeRun = (command, args) => {
      const t0 = process.hrtime.bigint();
      const run = spawnSync(command, args, { maxBuffer: 1 << 30, env: { ...process.env, TZ: 'UTC' } });
      const took = ms(t0);
      if (run.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
      return { took, stdout: run.stdout };
    };
    const ours = timeRun(process.execPath, [CLI, 'diff', a, b]);
    const gnu = timeRun('diff', ['-u', a, b]);
    if (!ours.stdout.equals(gnu.stdout)) throw new Error('editops diff and GNU diff -u print different patches');
    const editopsTimes = [];
    const gnuTimes = [];
    for (let r = 0; r < rounds; r++) {
      editopsTimes.push(timeRun(process.execPath, [CLI, 'diff', a, b]).took);
      gnuTimes.push(timeRun('diff', ['-u', a, b]).took);
    }
    return {
      bytes: size,
      lines: lineCount,
      changedLines: 20,
      editopsMs: median(editopsTimes),
      gnuMs: median(gnuTimes),
      ratio: median(editopsTimes) / median(gnuTimes),
      rounds,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** All three workloads. */
export async function runDiffBenchmarks({ quick = false } = {}) {
  return {
    createPatch: benchCreatePatch({ rounds: quick ? 3 : 7 }),
    truncation: benchTruncation({ rounds: quick ? 3 : 5 }),
    oneMillion: benchOneMillion(),
    cli: await benchCli({ rounds: quick ? 1 : 3, megabytes: quick ? 20 : 100 }),
    node: process.version,
    date: new Date().toISOString(),
  };
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;

/** The report section, in Markdown. */
export function diffMarkdown(results) {
  const { createPatch: cp, truncation: cut, oneMillion, cli } = results;
  const yes = (ok) => (ok ? 'met' : '**not met**');
  return [
    '## Diffs and patches',
    '',
    `Node ${results.node}, ${results.date}. Medians of interleaved rounds; the machine is shared, so read the ratios, not the absolute times.`,
    '',
    '| workload | editops | peer | ratio | target |',
    '| --- | --- | --- | --- | --- |',
    `| createPatch, ${cp.lines} lines, ${cp.changedLines} edits (${cp.hunks} hunks) | ${cp.editopsMs.toFixed(2)} ms | jsdiff ${cp.jsdiffMs.toFixed(0)} ms | ${cp.speedup.toFixed(0)}x faster | >= 50x: ${yes(cp.speedup >= 50)} |`,
    `| createPatch, jsdiff#239: 25k lines cut to 10,000 characters | ${cut.editopsMs.toFixed(2)} ms | jsdiff ${cut.jsdiffMs.toFixed(0)} ms | ${cut.speedup.toFixed(0)}x faster | (no target) |`,
    `| editops diff, two ${mb(cli.bytes)} files (${cli.lines} lines), ${cli.changedLines} lines changed | ${(cli.editopsMs / 1000).toFixed(2)} s | GNU diff -u ${(cli.gnuMs / 1000).toFixed(2)} s | ${cli.ratio.toFixed(2)}x GNU's time | <= 2x: ${yes(cli.ratio <= 2)} |`,
    '',
    'createPatch on 1M lines, in a child process that reads the two texts from files: "RSS before" is Node plus the texts, "peak RSS" adds what createPatch takes:',
    '',
    '| lines changed | texts | patch | time | RSS before | peak RSS |',
    '| --- | --- | --- | --- | --- | --- |',
    ...oneMillion.map(
      (r) => `| ${(r.fraction * 100).toFixed(1)}% | ${mb(r.textBytes)} | ${mb(r.patchBytes)} | ${(r.ms / 1000).toFixed(2)} s | ${mb(r.rssBefore)} | ${mb(r.peakRss)} |`,
    ),
    '',
  ].join('\n');
}

async function main(argv) {
  if (argv[0] === '--child-1m') return childOneMillion(argv[1], argv[2]);
  let out;
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') continue;
    if (argv[i] === '--quick') quick = true;
    else if (argv[i] === '--out') out = argv[++i];
    else throw new Error(`unknown argument ${argv[i]}; use --quick and --out DIR`);
  }
  const folder = out ? resolve(out) : resolve(here, '..', 'results', 'tmp');
  mkdirSync(folder, { recursive: true });
  const results = await runDiffBenchmarks({ quick });
  writeFileSync(join(folder, 'diff.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(folder, 'diff.md'), diffMarkdown(results));
  process.stdout.write(diffMarkdown(results));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`diff-bench: ${error.stack ?? error}\n`);
    process.exitCode = 1;
  });
}
