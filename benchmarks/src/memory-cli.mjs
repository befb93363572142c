#!/usr/bin/env node
/**
 * pnpm bench:memory [--calls N] [--quick] [--backends native,wasm] [--samples S] [--out DIR]
 *
 * The memory soak: for each backend, in a process of its own, N `distance` calls then N
 * `editops` calls (default N = 10 million), sampling memory after a GC. Reports the growth after
 * warm-up (the issue expects < 5 MB) and writes memory.md, memory.json and memory.svg. Growth
 * never fails the run; a worker that crashes does.
 */
import { outputDir } from './out-dir.mjs';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from './args.mjs';
import { memoryChart, writeChart } from './charts.mjs';
import { fmtMB, mdTable, textTable } from './format.mjs';
import { machineInfo, machineLine } from './machine.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = resolve(here, '..');
const log = (line) => process.stdout.write(`${line}\n`);

const DEFAULT_CALLS = 10_000_000;
const QUICK_CALLS = 200_000;
const WARMUP_SHARE = 0.2; // the first 20% of each phase's calls are warm-up
const WINDOW_SHARE = 0.1; // growth compares the median of the 10% after warm-up with the last 10%
const EXPECTED_MAX_GROWTH = 5 * 2 ** 20;
const MEASURES = ['rss', 'heapUsed', 'external', 'arrayBuffers', 'wasmMemory'];

const median = (values) => {
  const s = [...values].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Least-squares slope of y over x. */
function slope(points) {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.x - mx) * (p.y - my);
    den += (p.x - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

/**
 * Growth of each measure in one phase. rss steps up and down by whole V8 pages from one GC to the
 * next, so single samples are noisy: the growth compares medians of windows, the first window
 * right after the warm-up and the last one at the end of the phase; the trend is the slope of a
 * least-squares line through every sample after the warm-up, in bytes per million calls.
 */
function growth(samples, phase, calls) {
  const inPhase = samples.filter((s) => s.phase === phase);
  const first = inPhase[0].calls;
  const at = (share) => first + calls * share;
  const after = inPhase.filter((s) => s.calls >= at(WARMUP_SHARE));
  const startWindow = after.filter((s) => s.calls <= at(WARMUP_SHARE + WINDOW_SHARE));
  const endWindow = after.filter((s) => s.calls >= at(1 - WINDOW_SHARE));
  const result = { warmupCalls: calls * WARMUP_SHARE, windowCalls: calls * WINDOW_SHARE };
  for (const m of MEASURES) {
    if (after.length === 0 || after[0][m] == null) continue;
    const start = median(startWindow.map((s) => s[m]));
    result[m] = {
      afterWarmup: start,
      atEnd: median(endWindow.map((s) => s[m])),
      growth: median(endWindow.map((s) => s[m])) - start,
      peakGrowth: Math.max(...after.map((s) => s[m])) - start,
      trendPerMillion: slope(after.map((s) => ({ x: (s.calls - first) / 1e6, y: s[m] }))),
    };
  }
  return result;
}

async function main() {
  const args = parseArgs(process.argv.slice(2), {
    calls: 'number',
    quick: 'boolean',
    backends: 'list',
    samples: 'number',
    out: 'string',
  });
  const quick = Boolean(args.quick);
  const calls = Math.round(args.calls ?? (quick ? QUICK_CALLS : DEFAULT_CALLS));
  const backends = args.backends ?? ['native', 'wasm'];
  const samples = Math.round(args.samples ?? 100);
  const outDir = outputDir(args.out, packageRoot, quick);
  mkdirSync(outDir, { recursive: true });
  const machine = machineInfo();
  log(`editops memory soak: ${calls.toLocaleString('en-US')} distance + ${calls.toLocaleString('en-US')} editops calls per backend`);
  log(`machine: ${machineLine(machine)}`);

  const runs = [];
  for (const backend of backends) {
    log(`\n${backend}: running...`);
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', join(here, 'memory-worker.mjs'), '--backend', backend, '--calls', String(calls), '--samples', String(samples)],
      { encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    if (child.status !== 0) throw new Error(`the ${backend} soak worker failed (exit ${child.status ?? child.signal})`);
    const run = JSON.parse(child.stdout.trim().split('\n').pop());
    run.growth = { distance: growth(run.samples, 'distance', calls), editops: growth(run.samples, 'editops', calls) };
    for (const phase of ['distance', 'editops']) {
      const g = run.growth[phase];
      const t = run.timings[phase];
      log(
        `  ${phase}: ${t.seconds.toFixed(1)} s (${((t.seconds / calls) * 1e9).toFixed(0)} ns/call); rss growth after warm-up ${fmtMB(g.rss.growth)} (peak ${fmtMB(g.rss.peakGrowth)}, trend ${fmtMB(g.rss.trendPerMillion)} per million calls)` +
          (g.wasmMemory ? `; wasm memory ${fmtMB(g.wasmMemory.atEnd)} (growth ${fmtMB(g.wasmMemory.growth)})` : ''),
      );
    }
    runs.push(run);
  }

  const rows = [];
  for (const run of runs) {
    for (const phase of ['distance', 'editops']) {
      const g = run.growth[phase];
      const t = run.timings[phase];
      const over = g.rss.growth > EXPECTED_MAX_GROWTH ? ' (over the 5 MB expected)' : '';
      rows.push([
        run.backend,
        phase,
        `${(t.calls / 1e6).toFixed(2)} M`,
        `${((t.seconds / t.calls) * 1e9).toFixed(0)} ns`,
        fmtMB(g.rss.afterWarmup),
        `${fmtMB(g.rss.growth)}${over}`,
        fmtMB(g.rss.peakGrowth),
        fmtMB(g.rss.trendPerMillion),
        fmtMB(g.heapUsed.growth),
        fmtMB(g.external.growth),
        fmtMB(g.arrayBuffers.growth),
        g.wasmMemory ? `${fmtMB(g.wasmMemory.atEnd)} (${fmtMB(g.wasmMemory.growth)})` : 'n/a',
      ]);
    }
  }
  const header = ['backend', 'phase', 'calls', 'per call', 'rss after warm-up', 'rss growth', 'rss peak growth', 'rss trend / M calls', 'heapUsed growth', 'external growth', 'arrayBuffers growth', 'wasm memory (growth)'];
  log(`\n${textTable(header, rows)}`);

  const chartRows = [];
  for (const run of runs) {
    for (const s of run.samples) {
      for (const m of MEASURES) {
        if (s[m] == null) continue;
        chartRows.push({ backend: run.backend, millions: s.calls / 1e6, measure: m, mb: s[m] / 2 ** 20 });
      }
    }
  }
  await writeChart(join(outDir, 'memory.svg'), memoryChart(chartRows));

  const wasmRun = runs.find((r) => r.backend === 'wasm');
  const md = [
    `# editops memory soak${quick ? ' (quick)' : ''}`,
    '',
    `Generated by \`pnpm bench:memory${calls !== DEFAULT_CALLS ? ` --calls ${calls}` : ''}\` on ${machine.date}${machine.commit ? ` at commit ${machine.commit}` : ''}.`,
    '',
    `- **Machine:** ${machineLine(machine)}`,
    `- **Calls:** ${calls.toLocaleString('en-US')} \`distance\` then ${calls.toLocaleString('en-US')} \`editops\` calls per backend, each backend in a fresh process. ` +
      '99 of 100 calls compare a short pair (in turn a misspelling, two unrelated dictionary words, a name with typos: the TypeScript short-string kernel answers most of them), 1 in 100 a ~100-code-point sentence pair.',
    `- **Sampling:** ${samples} samples per phase of \`process.memoryUsage()\` (rss, heapUsed, external, arrayBuffers), each after a forced GC ` +
      '(`--expose-gc`), so JS garbage not yet collected does not count as growth.',
    `- **Growth** = median of the samples in the last ${WINDOW_SHARE * 100}% of a phase minus the median of the ${WINDOW_SHARE * 100}% right after ` +
      `its warm-up (the first ${WARMUP_SHARE * 100}% of its calls): rss moves up and down by whole pages from one GC to the next, so single samples would mislead. ` +
      '**Peak growth** = the highest sample after warm-up minus that start; **trend** = slope of a least-squares line through all samples after warm-up. ' +
      'The issue expects rss growth < 5 MB; growth is reported, never a failure.',
    `- **wasm memory:** the size of the wasm linear memory, read through ${wasmRun?.wasmMemory ?? 'n/a (wasm not run)'}. ` +
      'A linear memory never shrinks, so its size is the high-water mark of the core\'s allocations.',
    '',
    mdTable(header, rows),
    '',
    '![memory during the soak](memory.svg)',
    '',
  ].join('\n');
  writeFileSync(join(outDir, 'memory.md'), md);
  writeFileSync(
    join(outDir, 'memory.json'),
    `${JSON.stringify({ kind: quick ? 'quick' : 'full', machine, calls, samples, warmupShare: WARMUP_SHARE, windowShare: WINDOW_SHARE, runs }, null, 2)}\n`,
  );
  log(`\nwrote ${join(outDir, 'memory.md')}, memory.json and memory.svg`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`bench:memory: ${error?.stack ?? error}\n`);
    process.exitCode = 2;
  },
);
