#!/usr/bin/env node
/**
 * pnpm bench [--quick] [--workloads a,b] [--contestants x,y] [--out DIR] [--cpp] [--base label=DIR,...] [--list]
 *
 * Times the editops backends and npm peers on the workload registry and writes
 * results/latest.md + latest.json + SVG charts (results/quick/ for --quick). Exits 1 when any
 * contestant gave a wrong answer; timings never fail the run.
 */
import { measureBundleSize } from './bundle-size.mjs';
import { outputDir } from './out-dir.mjs';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from './args.mjs';
import { loadBases, parseBases } from './base-commits.mjs';
import { loadContestants } from './contestants.mjs';
import { coreTargetsTable, evaluateCoreTargets } from './core-targets.mjs';
import { runCppBench } from './cpp.mjs';
import { DATASETS, loadDataset, wordSource } from './datasets.mjs';
import { machineInfo, machineLine } from './machine.mjs';
import { stdoutTable, targetsTable, writeReport } from './report.mjs';
import { runWorkloads } from './run.mjs';
import { PROFILES, sinkValue } from './timing.mjs';
import { WORKLOADS, selectWorkloads } from './workloads.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = resolve(here, '..');
const repoRoot = resolve(packageRoot, '..');
const log = (line) => process.stdout.write(`${line}\n`);

/** Version of an installed dependency, for the report (read from node_modules: not every
 * package exports its package.json). */
function versionOf(name) {
  try {
    return JSON.parse(readFileSync(join(packageRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2), {
    quick: 'boolean',
    workloads: 'list',
    contestants: 'list',
    out: 'string',
    cpp: 'boolean',
    base: 'list',
    list: 'boolean',
    help: 'boolean',
  });
  const bases = parseBases(args.base);
  const loadedBases = await loadBases(bases);
  const { all, reference, autoBackend } = await loadContestants(loadedBases);

  if (args.help || args.list) {
    log('pnpm bench [--quick] [--workloads a,b] [--contestants x,y] [--out DIR] [--cpp] [--base label=DIR,...]\n');
    log('workloads (also selectable by dataset, group or call):');
    for (const w of WORKLOADS) log(`  ${w.id.padEnd(42)} ${w.group}; needs ${w.needs.join(', ')}`);
    log(`\ncontestants: ${all.map((c) => c.id).join(', ')}`);
    return 0;
  }

  const quick = Boolean(args.quick);
  const profile = quick ? PROFILES.quick : PROFILES.full;
  const workloads = selectWorkloads(args.workloads);
  const wanted = args.contestants;
  if (wanted) {
    const unknown = wanted.filter((id) => !all.some((c) => c.id === id));
    if (unknown.length > 0) throw new Error(`unknown contestant(s): ${unknown.join(', ')}. Known: ${all.map((c) => c.id).join(', ')}`);
  }
  const contestants = wanted ? all.filter((c) => wanted.includes(c.id)) : all;
  const outDir = outputDir(args.out, packageRoot, quick);
  mkdirSync(outDir, { recursive: true });

  const machine = machineInfo();
  log(`editops benchmarks (${quick ? 'quick' : 'full'} run) -> ${outDir}`);
  log(`machine: ${machineLine(machine)}`);
  log(`@editops/auto uses: ${autoBackend.name}`);
  if (!globalThis.gc) log('note: run with node --expose-gc for a GC between contestants');

  const started = performance.now();
  const referenceCaps = all.find((c) => c.id === 'native').capabilities;
  const { results, workloadNotes, baselines } = await runWorkloads({
    workloads,
    contestants,
    reference,
    referenceCaps,
    profile,
    quick,
    selectors: args.workloads,
    log,
  });

  let cpp = null;
  if (args.cpp) {
    log('\nC++ core vs edlib (--cpp)');
    // The pairs' .u32 files go next to the report (results/tmp for the full run, gitignored).
    cpp = runCppBench({ repoRoot, tmpDir: join(outDir, 'tmp'), quick, log });
    if (cpp.note) log(`  ${cpp.note}`);
    for (const r of cpp.rows) log(`  ${r.pair} ${r.library} ${r.task}: ${r.status === 'ok' ? `${r.ms.toFixed(2)} ms` : r.status}${r.note ? ` (${r.note})` : ''}`);
  }

  const failures = results.filter((r) => r.status === 'wrong' || r.status === 'error');
  if (cpp?.status === 'wrong') failures.push({ workload: 'cpp', label: 'native-core/bench', reason: 'edlib and the core disagree (see the C++ table)' });

  const datasets = {};
  for (const id of new Set(workloadNotes.filter((n) => n.status === 'ran').map((n) => n.dataset))) {
    const d = loadDataset(id, { quick });
    datasets[id] = { description: DATASETS[id].description, input: d.input, pairs: d.pairs.length, symbols: d.symbols, maxLength: d.maxLength };
    if (d.input === 'queries') Object.assign(datasets[id], { queries: d.queries.length, choices: d.choices.length, choiceSource: d.choiceSource, choiceFallback: d.choiceFallback });
  }

  const run = {
    kind: quick ? 'quick' : 'full',
    quick,
    machine,
    profile,
    autoBackend: { name: autoBackend.name, pinned: autoBackend.pinned ?? false },
    wordSource: wordSource(),
    contestants: contestants.map((c) => ({
      id: c.id,
      label: c.label,
      kind: c.kind,
      version: c.packageVersion ?? versionOf(c.packageName),
      note: c.note,
      capabilities: c.capabilities ? [...c.capabilities] : undefined,
    })),
    workloads: workloads.map((w) => ({ id: w.id, group: w.group, dataset: w.dataset, call: w.call, options: w.options, needs: w.needs, unit: w.unit })),
    workloadNotes,
    datasets,
    baselines,
    results,
    cpp,
    bases: bases.map(({ label }) => ({ label, commit: loadedBases.find((b) => b.label === label)?.commit })),
    failures: failures.map((f) => ({ workload: f.workload, label: f.label, reason: f.reason })),
    elapsedSec: Math.round((performance.now() - started) / 100) / 10,
    sink: sinkValue(),
  };
  run.coreTargets = evaluateCoreTargets(run);
  // The browser bundle's size (issue 21): measured in a second, so every run reports it.
  run.bundleSize = await measureBundleSize().catch((error) => ({ json: null, markdown: `## Browser bundle size\n\nnot measured: ${error.message}` }));

  await writeReport(outDir, run);
  log(`\n${stdoutTable(run)}`);
  const targets = targetsTable(run);
  if (targets) log(`\n${targets}`);
  const coreTargets = coreTargetsTable(run);
  if (coreTargets) log(`\n${coreTargets}`);
  log(`\nwrote ${join(outDir, 'latest.md')}, latest.json and charts in ${run.elapsedSec} s`);
  if (failures.length > 0) {
    log(`\nCORRECTNESS GATE FAILED (${failures.length}):`);
    for (const f of failures) log(`  ${f.workload} / ${f.label}: ${f.reason}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`bench: ${error?.stack ?? error}\n`);
    process.exitCode = 2;
  },
);
