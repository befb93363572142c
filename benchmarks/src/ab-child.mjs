/**
 * One side of an A/B measurement (ab-commits.mjs): one editops package of one checkout, on one
 * pair workload, in a process of its own, so that nothing else in the process shares its JIT
 * state. Prints one JSON line: the CPU time of a pass, median and fastest of its timed runs.
 *
 * node ab-child.mjs TREE PACKAGE WORKLOAD
 */
import { pathToFileURL } from 'node:url';
import { entryOf } from './base-commits.mjs';
import { compilePass } from './call-site.mjs';
import { loadDataset } from './datasets.mjs';
import { median } from './timing.mjs';
import { WORKLOADS } from './workloads.mjs';

const [tree, pkg, workloadId] = process.argv.slice(2);
const workload = WORKLOADS.find((w) => w.id === workloadId);
if (!workload) throw new Error(`unknown workload ${workloadId}`);
const api = await import(entryOf(tree, pkg));
const { pairs } = loadDataset(workload.dataset, { quick: false });
const pass = compilePass({ fn: api[workload.call], options: workload.options, result: workload.call === 'distance' ? 'number' : 'length' }, `${pkg} of ${tree} on ${workloadId}`);

const WARMUP_MS = 400;
const RUN_MS = 120;
const MAX_RUNS = 11;
const MIN_RUNS = 3;
const BUDGET_MS = 3000;
let sink = 0;
const now = () => performance.now();
// CPU time of this process (user + system), so that time spent descheduled while other work has
// the core is not counted. Sharing a core's caches with other work still slows the runs down: the
// fastest run and the fastest process are what the parent compares.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
for (const until = now() + WARMUP_MS; now() < until; ) sink += pass(pairs);
const samples = [];
const started = now();
while (samples.length < MAX_RUNS && (samples.length < MIN_RUNS || now() - started < BUDGET_MS)) {
  const t0 = cpuMs();
  let passes = 0;
  do {
    sink += pass(pairs);
    passes++;
  } while (cpuMs() - t0 < RUN_MS);
  samples.push((cpuMs() - t0) / passes);
}
process.stdout.write(`${JSON.stringify({ medianMs: median(samples), minMs: Math.min(...samples), runs: samples.length, sink: sink % 2 })}\n`);
