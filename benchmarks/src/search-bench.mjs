/**
 * Approximate search in JavaScript: editops (native and wasm) against approx-string-match and
 * levenshtein-search, on the same job with the same answers.
 *
 *   node src/search-bench.mjs [--mb N] [--min-ms N]
 *
 * The job, the one all three can answer: on English text made of /usr/share/dict/words
 * (deterministic), with patterns of 32 and 200 characters cut from the text and edited, and
 * k = 10% of the pattern: the least distance of any window and every end offset that has it
 * (edlib's HW answer, editops' searchBest). approx-string-match and levenshtein-search list their
 * matches within k; the answer is read off them. Each contestant has a call site of its own, and
 * the answers are compared before any timing is reported. Times are medians of wall time; ratios
 * come from one run (the machine may be shared: compare ratios, not times across runs).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import approx from 'approx-string-match';
import { createRng } from './prng.mjs';

const require = createRequire(import.meta.url);
const { fuzzySearch } = require('levenshtein-search');

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const MB = flag('--mb', 1);
const MIN_MS = flag('--min-ms', 1000);

function englishText(bytes) {
  const words = readFileSync('/usr/share/dict/words', 'utf8')
    .split('\n')
    .filter((w) => /^[a-z]+$/u.test(w));
  const rng = createRng(18);
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const word = words[rng.int(words.length)] + (rng.int(12) === 0 ? '. ' : ' ');
    parts.push(word);
    size += word.length;
  }
  return parts.join('').slice(0, bytes);
}

function makePattern(text, m, edits) {
  const at = Math.floor(text.length / 2);
  const chars = Array.from(text.slice(at, at + m));
  for (let e = 0; e < edits; e++) {
    const i = Math.floor(((2 * e + 1) * m) / (2 * edits));
    chars[i] = chars[i] === 'q' ? 'z' : 'q';
  }
  return chars.join('');
}

/** The least distance among `matches` ({ end, distance }) and its ends, sorted and unique. */
function answerOf(matches) {
  let least = Infinity;
  for (const m of matches) least = Math.min(least, m.distance);
  const ends = [...new Set(matches.filter((m) => m.distance === least).map((m) => m.end))].sort((x, y) => x - y);
  return { distance: least, ends };
}

// One function per contestant: its own call site.
const contestants = {
  'editops native': (api) => (pattern, text, k) => {
    const best = api.searchBest(pattern, text, { maxDistance: k, unit: 'utf16' });
    return best === undefined ? { distance: Infinity, ends: [] } : { distance: best.distance, ends: best.ends };
  },
  'editops wasm': (api) => (pattern, text, k) => {
    const best = api.searchBest(pattern, text, { maxDistance: k, unit: 'utf16' });
    return best === undefined ? { distance: Infinity, ends: [] } : { distance: best.distance, ends: best.ends };
  },
  'approx-string-match': () => (pattern, text, k) => answerOf(approx(text, pattern, k).map((m) => ({ end: m.end, distance: m.errors }))),
  'levenshtein-search': () => (pattern, text, k) => answerOf([...fuzzySearch(pattern, text, k)].map((m) => ({ end: m.end, distance: m.dist }))),
};

function time(fn) {
  fn();
  const samples = [];
  let total = 0;
  while (samples.length < 15 && (samples.length < 3 || total < MIN_MS)) {
    const start = performance.now();
    fn();
    const ms = performance.now() - start;
    samples.push(ms);
    total += ms;
    if (ms > 20_000) break; // one slow contestant must not hold the bench for minutes
  }
  samples.sort((x, y) => x - y);
  return samples[Math.floor(samples.length / 2)];
}

const native = await import('@editops/native');
const wasm = await import('@editops/wasm');
const apis = { 'editops native': native, 'editops wasm': wasm };
const text = englishText(MB * 1e6);
let status = 0;
console.log(`${MB} MB of dictionary text; ms are medians of wall time; ratio = contestant / editops native`);
console.log('| pattern | contestant | ms | ratio | answer |');
console.log('| --- | --- | ---: | ---: | --- |');
for (const m of [32, 200]) {
  const k = Math.floor(m / 10);
  const pattern = makePattern(text, m, Math.floor(k / 2) + 1);
  const reference = contestants['editops native'](native)(pattern, text, k);
  const rows = [];
  for (const [name, make] of Object.entries(contestants)) {
    if (name === 'levenshtein-search' && m > 64) {
      console.log(`| ${m} chars, k=${k} | ${name} | - | - | not run: its candidate scan takes minutes per call at this length |`);
      continue;
    }
    const run = make(apis[name]);
    const answer = run(pattern, text, k);
    const same = answer.distance === reference.distance && JSON.stringify(answer.ends) === JSON.stringify(reference.ends);
    if (!same) status = 1;
    rows.push({ name, ms: time(() => run(pattern, text, k)), same, answer });
  }
  const base = rows[0].ms;
  for (const row of rows) {
    const verdict = row.same ? `same (d=${row.answer.distance}, ${row.answer.ends.length} ends)` : `DIFFERENT: ${JSON.stringify(row.answer).slice(0, 80)}`;
    console.log(`| ${m} chars, k=${k} | ${row.name} | ${row.ms.toFixed(2)} | ${(row.ms / base).toFixed(1)}x | ${verdict} |`);
  }
}
process.exitCode = status;
