/**
 * One process of an A/B measurement (ab-commits.mjs): one editops package of today's checkout and
 * of an earlier one, on one pair workload, in runs that take turns within this process.
 *
 * Why in turns, in one process: the machine's speed drifts (other work on the host shares the
 * cores' caches; the same pass took 0.9 to 3.4 ms within one process, in CPU time), and a run of
 * A beside a run of B a few milliseconds apart sees the same drift, so their ratio cancels it
 * where separate processes cannot. Each side has its own module instances (its own checkout's
 * files) and its own generated call site, so they share no JIT state or type feedback.
 *
 * node ab-child.mjs TODAY_TREE BASE_TREE PACKAGE WORKLOAD ORDER [PAIRS]   (ORDER: today-first | base-first;
 *   PAIRS: pairs of runs, 60 by default; fewer for workloads whose one pass takes a second)
 * Prints one JSON line: the median and quartiles of the paired ratios (base time / today's time),
 * and each side's fastest and median run, in ms of CPU time per pass.
 */
import { entryOf } from './base-commits.mjs';
import { compilePass } from './call-site.mjs';
import { loadDataset } from './datasets.mjs';
import { median } from './timing.mjs';
import { WORKLOADS } from './workloads.mjs';

const [todayTree, baseTree, pkg, workloadId, order, pairsArg] = process.argv.slice(2);
const workload = WORKLOADS.find((w) => w.id === workloadId);
if (!workload) throw new Error(`unknown workload ${workloadId}`);
const { pairs } = loadDataset(workload.dataset, { quick: false });
const sides = order === 'base-first' ? ['base', 'today'] : ['today', 'base'];
const trees = { today: todayTree, base: baseTree };
const passes = {};
for (const side of sides) {
  const api = await import(entryOf(trees[side], pkg));
  passes[side] = compilePass({ fn: api[workload.call], options: workload.options, result: workload.call === 'distance' ? 'number' : 'length' }, `${side}: ${pkg} of ${trees[side]} on ${workloadId}`);
}

const WARMUP_MS = 300;
const RUN_MS = 25;
const PAIRS_OF_RUNS = pairsArg ? Number(pairsArg) : 60;
let sink = 0;
const now = () => performance.now();
// CPU time of this process (user + system): time spent descheduled is not counted.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
for (const side of sides) for (const until = now() + WARMUP_MS; now() < until; ) sink += passes[side](pairs);

function run(side) {
  const t0 = cpuMs();
  let count = 0;
  do {
    sink += passes[side](pairs);
    count++;
  } while (cpuMs() - t0 < RUN_MS);
  return (cpuMs() - t0) / count;
}

const ratios = [];
const runs = { today: [], base: [] };
for (let k = 0; k < PAIRS_OF_RUNS; k++) {
  // The order flips every pair, so neither side always runs right after the other.
  const turn = k % 2 === 0 ? sides : [...sides].reverse();
  const got = {};
  for (const side of turn) runs[side].push((got[side] = run(side)));
  ratios.push(got.base / got.today);
}
ratios.sort((x, y) => x - y);
const quantile = (q) => ratios[Math.round(q * (ratios.length - 1))];
process.stdout.write(
  `${JSON.stringify({
    ratio: median(ratios),
    q1: quantile(0.25),
    q3: quantile(0.75),
    todayMinMs: Math.min(...runs.today),
    baseMinMs: Math.min(...runs.base),
    todayMedianMs: median(runs.today),
    baseMedianMs: median(runs.base),
    sink: sink % 2,
  })}\n`,
);
