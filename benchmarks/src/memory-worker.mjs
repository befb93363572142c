/**
 * One backend's memory soak, run in its own process by memory-cli.mjs so that backends do not
 * share a heap: `calls` distance calls, then `calls` editops calls, sampling memory (after a GC)
 * at regular intervals. Prints one JSON object on stdout.
 *
 *   node --expose-gc memory-worker.mjs --backend native|wasm --calls N --samples S
 */
import { parseArgs } from './args.mjs';
import { loadDataset } from './datasets.mjs';

const args = parseArgs(process.argv.slice(2), { backend: 'string', calls: 'number', samples: 'number' });
const backend = args.backend;
const calls = Math.round(args.calls);
const samples = Math.round(args.samples ?? 100);

/**
 * The size of the wasm linear memory, from `wasmMemoryBytes()` of @editops/wasm. Builds without
 * it get rss / external / arrayBuffers only, and the report says so.
 */
let api;
if (backend === 'wasm') api = await import('@editops/wasm');
else if (backend === 'native') api = await import('@editops/native');
else throw new Error(`--backend must be native or wasm, got ${backend}`);

/** @returns {{ read: (() => number) | null, how: string }} */
function wasmMemoryReader() {
  if (typeof api.wasmMemoryBytes === 'function') {
    return { read: () => api.wasmMemoryBytes(), how: 'wasmMemoryBytes() of @editops/wasm' };
  }
  return { read: null, how: 'not available: this @editops/wasm does not export wasmMemoryBytes()' };
}
const wasm = backend === 'wasm' ? wasmMemoryReader() : { read: null, how: 'n/a' };

// 99 of 100 calls on short real pairs, 1 on a ~100-code-point sentence pair, so both the short
// path and the growth of the reused input buffers are exercised.
// The short pairs mix real typos, unrelated words and names, so that the TypeScript short-string
// kernel runs its pass and walk back (and its pooled scripts) as well as its trivial answers.
const short = ['misspellings', 'word-pairs', 'names'].flatMap((id) => loadDataset(id).pairs);
const long = loadDataset('sentences').pairs;

const gc = globalThis.gc ?? (() => {});
const out = [];
const started = performance.now();
let sink = 0;
let k = 0; // calls made so far, over both phases

function sample(phase) {
  gc();
  const m = process.memoryUsage();
  out.push({
    phase,
    calls: k,
    ms: Math.round(performance.now() - started),
    rss: m.rss,
    heapUsed: m.heapUsed,
    external: m.external,
    arrayBuffers: m.arrayBuffers,
    wasmMemory: wasm.read ? wasm.read() : null,
  });
}

const step = Math.max(1, Math.ceil(calls / samples));
const phases = {
  distance: (a, b) => api.distance(a, b),
  editops: (a, b) => api.editops(a, b).length,
};
const timings = {};
for (const [phase, call] of Object.entries(phases)) {
  sample(phase);
  let callMs = 0; // time in calls only, not in the GCs and sampling between chunks
  let done = 0;
  while (done < calls) {
    const chunk = Math.min(step, calls - done);
    const t0 = performance.now();
    for (let i = 0; i < chunk; i++, k++) {
      const pair = k % 100 === 99 ? long[k % long.length] : short[k % short.length];
      sink += call(pair[0], pair[1]);
    }
    callMs += performance.now() - t0;
    done += chunk;
    sample(phase);
  }
  timings[phase] = { calls, seconds: callMs / 1000 };
}

process.stdout.write(
  `${JSON.stringify({ backend, calls, step, gcExposed: Boolean(globalThis.gc), wasmMemory: wasm.how, timings, samples: out, sink })}\n`,
);
