// The two wasm modules side by side: distanceMatrix and extract (top 10) of misspelled words
// against the whole word list (/usr/share/dict/words, ~104k words), on the scalar module and on
// the simd128 one (EDITOPS_WASM_MODULE). Each measurement runs in its own child process, the two
// modules alternating, and the best of the rounds is kept, so that the machine's load hits both
// alike. Times are the child's CPU time (the calls are synchronous, one thread), which a shared
// machine distorts less than the wall clock.
//
//   node src/wasm-modules-bench.mjs [queries=1000] [rounds=2]
//
// Prints one markdown table (ns a pair) and the simd128 / scalar speed-up; the answers of the two
// modules are compared by checksum and must be equal.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [queryCount = 1000, rounds = 2] = process.argv.slice(2).map(Number);

/** Runs in the child: loads @editops/wasm (the module the env forces) and times the jobs. */
const child = `
import { dictionaryWords, misspelledWords } from './corpus.mjs';
import * as wasm from '@editops/wasm';
const choices = dictionaryWords().words;
const queries = misspelledWords().slice(0, ${queryCount});
const pairs = queries.length * choices.length;
const out = { module: wasm.wasmModule(), pairs, choices: choices.length, queries: queries.length };
const prepared = wasm.prepareChoices(choices);
for (const [job, run] of [
  ['distanceMatrix', (list) => {
    let sum = 0;
    for (let i = 0; i < queries.length; i += 25) {
      const { data } = wasm.distanceMatrix(queries.slice(i, i + 25), list);
      for (let k = 0; k < data.length; k += 97) sum += data[k];
    }
    return sum;
  }],
  ['extract', (list) => {
    let sum = 0;
    for (const q of queries) for (const hit of wasm.extract(q, list, { limit: 10 })) sum += hit.index * 3 + hit.distance;
    return sum;
  }],
]) {
  for (const [side, list] of [['plain', choices], ['prepared', prepared]]) {
    const start = process.cpuUsage();
    const checksum = run(list);
    const used = process.cpuUsage(start);
    const ns = (used.user + used.system) * 1000;
    out[job + ' ' + side] = { nsPerPair: ns / pairs, checksum };
  }
}
process.stdout.write(JSON.stringify(out));
`;

function measure(module) {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', child], {
    cwd: fileURLToPath(new URL('.', import.meta.url)),
    env: { ...process.env, EDITOPS_WASM_MODULE: module },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (result.status !== 0) throw new Error(`the ${module} run failed:\n${result.stderr}`);
  const out = JSON.parse(result.stdout);
  if (out.module !== module) throw new Error(`asked for the ${module} module, got ${out.module}`);
  return out;
}

const best = { scalar: undefined, simd128: undefined };
for (let round = 0; round < rounds; ++round) {
  for (const module of ['scalar', 'simd128']) {
    const out = measure(module);
    const kept = best[module];
    if (!kept) best[module] = out;
    else for (const [key, value] of Object.entries(out)) if (value?.nsPerPair < kept[key].nsPerPair) kept[key] = value;
  }
}

const jobs = Object.keys(best.scalar).filter((key) => best.scalar[key]?.nsPerPair !== undefined);
console.log(`${best.scalar.queries} misspellings x ${best.scalar.choices} words, best of ${rounds} rounds, ns a pair\n`);
console.log('| job | scalar | simd128 | speed-up |');
console.log('| --- | --- | --- | --- |');
for (const job of jobs) {
  const [s, v] = [best.scalar[job], best.simd128[job]];
  if (s.checksum !== v.checksum) throw new Error(`${job}: the modules' answers differ (checksums ${s.checksum} and ${v.checksum})`);
  console.log(`| ${job} | ${s.nsPerPair.toFixed(1)} | ${v.nsPerPair.toFixed(1)} | ${(s.nsPerPair / v.nsPerPair).toFixed(2)}x |`);
}
