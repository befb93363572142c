/**
 * The soak: EDITOPS_SOAK_CALLS (default 2,000,000) mixed calls on one backend (SOAK_BACKEND, one
 * vitest project and so one process per backend), about 1% of them bad input. Memory is sampled
 * after full GCs once a tenth of the calls has warmed everything up, then after every further 5%;
 * from the warm-up sample to the end, RSS may grow less than 20 MB and wasm linear memory less
 * than 4 MB. Every answer is checked as it comes. Speed is reported, never asserted.
 */
import { expect, it } from 'vitest';
import { backendFromEnv } from './backends';
import { MB, mb, sample, signedMb, type Sample } from './memory';
import { Runner } from './runner';
import { badCalls, budgetCall, buildPool } from './workload';

const RSS_LIMIT = 20 * MB;
const WASM_LIMIT = 4 * MB;

function callsFromEnv(): number {
  const raw = process.env.EDITOPS_SOAK_CALLS;
  if (raw === undefined || raw === '') return 2_000_000;
  const calls = Number(raw.replace(/_/g, ''));
  if (!Number.isSafeInteger(calls) || calls < 10_000) throw new Error(`EDITOPS_SOAK_CALLS must be an integer >= 10000, got ${raw}`);
  return calls;
}

const backend = backendFromEnv();
const calls = callsFromEnv();

it(`${backend.name}: ${calls.toLocaleString('en')} mixed calls keep memory bounded and answers right`, () => {
  const started = performance.now();
  const runner = new Runner(backend.api, buildPool(4096, 0x5eed), badCalls(), budgetCall);
  runner.runPoolOnce(); // learns the first answers of the calls without a JS oracle

  const warmup = Math.floor(calls / 10);
  runner.run(0, warmup);
  const samples: Sample[] = [sample(backend, warmup)];
  for (let step = 3; step <= 20 && runner.failures.length === 0; step++) {
    const to = Math.floor((calls * step) / 20);
    runner.run(samples.at(-1)!.calls, to);
    samples.push(sample(backend, to));
  }
  const seconds = (performance.now() - started) / 1000;

  const base = samples[0]!;
  const last = samples.at(-1)!;
  const rssGrowth = last.rss - base.rss;
  const wasmGrowth = base.wasm === undefined ? undefined : last.wasm! - base.wasm;
  const c = runner.counts;
  console.log(
    [
      `soak ${backend.name}: ${last.calls.toLocaleString('en')} calls in ${seconds.toFixed(1)} s ` +
        `(${c.distance} distance, ${c.editops} editops, ${c.bad} bad; ${c.oracleChecked} checked against a JS oracle, ${c.applied} scripts applied)`,
      `  rss after warm-up ${mb(base.rss)}, at the end ${mb(last.rss)}: growth ${signedMb(rssGrowth)} (limit ${mb(RSS_LIMIT)})`,
      `  rss every 5% from the warm-up: ${samples.map((s) => mb(s.rss)).join(' ')}`,
      `  heapUsed ${mb(base.heapUsed)} -> ${mb(last.heapUsed)}, heapTotal ${mb(base.heapTotal)} -> ${mb(last.heapTotal)}, external ${mb(base.external)} -> ${mb(last.external)}`,
      ...(wasmGrowth === undefined
        ? []
        : [`  wasm memory after warm-up ${mb(base.wasm!)}, at the end ${mb(last.wasm!)}: growth ${signedMb(wasmGrowth)} (limit ${mb(WASM_LIMIT)})`]),
    ].join('\n'),
  );

  expect(runner.failures).toEqual([]);
  expect(last.calls).toBe(calls);
  expect(rssGrowth).toBeLessThan(RSS_LIMIT);
  if (wasmGrowth !== undefined) expect(wasmGrowth).toBeLessThan(WASM_LIMIT);
});
