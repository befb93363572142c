// Writes the seed corpus, fuzz/corpus/<target>/seed-*, in the input layout of decode.hpp. Run it
// again after changing that layout (regression cases, regress-*, are never touched).
//
//   node fuzz/make-seeds.mjs
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const targets = readdirSync(here).filter((f) => /^fuzz_\w+\.cpp$/.test(f)).map((f) => f.slice(5, -4));

// A small deterministic PRNG (mulberry32), so the seeds are the same on every run.
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const FLAG = { cutoff: 1, derived: 2, batch: 4, stray: 8 };
const CLASS = { two: 0, four: 1, mid: 2, raw: 3 };

/**
 * One input. a, b: arrays of symbol bytes (classes 0-2) or code points (class 3). edits: for a
 * derived b, [op, pos, symbol?] triples as decode.cpp reads them. batch: { recipes, begin, end, limit }.
 */
function encode({ flags = 0, cls = CLASS.raw, wide = false, size = 0, cutoff = 0, weights = [0, 0, 0], path = 0, a, b, edits, batch }) {
  const bytes = [flags | (path << 4), cls | (wide ? 4 : 0) | (size << 3), cutoff, ...weights];
  const symbol = (v) => (cls === CLASS.raw ? [v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255] : [v]);
  bytes.push(a.length, ...a.flatMap(symbol));
  if (flags & FLAG.derived) {
    bytes.push(edits.length);
    for (const [op, pos, sym] of edits) bytes.push(op, pos, ...(sym === undefined ? [] : symbol(sym)));
  } else {
    bytes.push(b.length, ...b.flatMap(symbol));
  }
  if (flags & FLAG.batch) {
    bytes.push(batch.recipes.length, ...batch.recipes, batch.begin, batch.end, batch.limit);
  }
  return Buffer.from(bytes);
}

const text = (s) => Array.from(s, (c) => c.codePointAt(0));
const randomSymbols = (next, n, k) => Array.from({ length: n }, () => Math.floor(next() * k));

function seeds() {
  const next = rng(20240611);
  const all = {
    'kitten-sitting': { a: text('kitten'), b: text('sitting') },
    'ca-abc': { a: text('ca'), b: text('abc') },
    'absolute-bsiluti-cutoff-2': { flags: FLAG.cutoff, cutoff: 2, a: text('absolute'), b: text('bsiluti') },
    'empty-vs-abc': { a: [], b: text('abc') },
    'aab-ab': { a: text('aab'), b: text('ab') },
    'emoji-nul-astral': { a: [0, 0x1f600, 0x61, 0xffffffff, 0x10ffff], b: [0x1f600, 0, 0x61, 0x10ffff, 0xffffffff, 0] },
    'binary-150-derived': {
      flags: FLAG.derived | FLAG.cutoff, cls: CLASS.two, cutoff: 6, a: randomSymbols(next, 150, 2),
      edits: [[3, 40], [1, 70], [0, 100, 1], [4 | (1 << 3), 120], [2, 5, 0]],
    },
    'four-200-independent-batch': {
      flags: FLAG.batch, cls: CLASS.four, a: randomSymbols(next, 200, 4), b: randomSymbols(next, 190, 4),
      batch: { recipes: [0, 1, 2, 3 | (20 << 3), 4 | (7 << 3), 5, 6, 7], begin: 1, end: 7, limit: 3 },
    },
    'wide-pool-derived-batch': {
      flags: FLAG.derived | FLAG.batch | FLAG.cutoff, cls: CLASS.four, wide: true, cutoff: 4, a: randomSymbols(next, 90, 4),
      edits: [[3, 10], [3, 63], [4, 64], [0, 65, 2], [1, 128]],
      batch: { recipes: [0, 5, 1, 3 | (9 << 3)], begin: 0, end: 4, limit: 2 },
    },
    'mid-alphabet-130': { cls: CLASS.mid, size: 20, a: randomSymbols(next, 130, 256), b: randomSymbols(next, 129, 256) },
    'raw-70-swaps': {
      flags: FLAG.derived, cls: CLASS.raw,
      a: Array.from({ length: 70 }, () => Math.floor(next() * 2 ** 32)),
      edits: [[3, 0], [3, 63], [4 | (3 << 3), 30], [0, 69, 0x1f600], [2, 64, 7]],
    },
    'banded-path-cutoff-3': {
      flags: FLAG.derived | FLAG.cutoff, cls: CLASS.four, cutoff: 3, path: 2, a: randomSymbols(next, 250, 4),
      edits: [[0, 3, 1], [1, 128], [3, 200]],
    },
    'split-path': { path: 3, cls: CLASS.two, a: randomSymbols(next, 255, 2), b: randomSymbols(next, 250, 2) },
  };
  const weighted = {
    'weights-replace-3': { weights: [0, 0, 2], a: text('kitten'), b: text('sitting') },
    'weights-insert-5-delete-2': { weights: [4, 1, 0], a: text('saturday'), b: text('sunday') },
    'weights-uniform-3': { flags: FLAG.cutoff, cutoff: 7, weights: [2, 2, 2], a: text('flaw'), b: text('lawn') },
    'weights-max-2-20': { weights: [240, 0, 3], cls: CLASS.four, a: randomSymbols(next, 80, 4), b: randomSymbols(next, 70, 4) },
    'weights-huge': { weights: [252, 0, 0], cls: CLASS.two, a: randomSymbols(next, 40, 2), b: randomSymbols(next, 33, 2) },
    'weights-negative': { weights: [0, 254, 0], a: text('abc'), b: text('acb') },
  };
  const hamming = {
    'karolin-kathrin': { a: text('karolin'), b: text('kathrin') },
    'hamming-padded': { a: text('abcdef'), b: text('abc') },
  };
  return { all, weighted, hamming };
}

const { all, weighted, hamming } = seeds();
for (const target of targets) {
  const dir = join(here, 'corpus', target);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir).filter((name) => name.startsWith('seed-'))) rmSync(join(dir, f));
  const set = { ...all, ...(target === 'weighted' ? weighted : {}), ...(target === 'hamming' ? hamming : {}) };
  if (target !== 'weighted' && target !== 'levenshtein') {
    // Stray weights: every metric but levenshtein must ignore them.
    set['stray-weights'] = { flags: FLAG.stray, weights: [3, 254, 252], a: text('abcdef'), b: text('badcfe') };
  }
  for (const [name, spec] of Object.entries(set)) writeFileSync(join(dir, `seed-${name}`), encode(spec));
}
console.log(`wrote seeds for ${targets.join(', ')}`);
