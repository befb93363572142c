// Writes the benchmark texts as little-endian uint32 code point files for editops_bench, using the
// seeded generators of benchmarks/src (so the C++ bench times the same texts as the JS benchmarks):
//
//   node native-core/bench/write-datasets.mjs OUT_DIR
//
// Writes <id>.a.u32 / <id>.b.u32 for text-10k-similar, text-10k-unrelated, text-100k-similar,
// text-1m-similar (1,000,000 code points, 0.1% edits), and words.pairs.u32: the misspellings list
// as [lengthA, lengthB, ...a, ...b] records (short pairs for the ns/call figures); and
// queries.list.u32 / choices.list.u32, the misspellings-queries dataset (1,000 misspelled words
// against the word list) as [length, ...symbols] records, for editops_batch_bench.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { misspellingPairs } from '../../benchmarks/src/corpus.mjs';
import { loadDataset } from '../../benchmarks/src/datasets.mjs';

const out = process.argv[2];
if (!out) {
  console.error('usage: node write-datasets.mjs OUT_DIR');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const codePoints = (s) => Array.from(s, (c) => c.codePointAt(0));
const write = (file, values) => {
  const u32 = Uint32Array.from(values);
  writeFileSync(join(out, file), Buffer.from(u32.buffer, u32.byteOffset, u32.byteLength));
};

for (const id of ['text-10k-similar', 'text-10k-unrelated', 'text-100k-similar', 'text-1m-similar']) {
  const [[a, b]] = loadDataset(id).pairs;
  write(`${id}.a.u32`, codePoints(a));
  write(`${id}.b.u32`, codePoints(b));
}
{
  const records = [];
  for (const [wrong, right] of misspellingPairs()) {
    const a = codePoints(wrong);
    const b = codePoints(right);
    records.push(a.length, b.length, ...a, ...b);
  }
  write('words.pairs.u32', records);
}
{
  const { queries, choices } = loadDataset('misspellings-queries');
  const list = (strings) => strings.flatMap((s) => {
    const symbols = codePoints(s);
    return [symbols.length, ...symbols];
  });
  write('queries.list.u32', list(queries));
  write('choices.list.u32', list(choices));
}
console.log(`wrote datasets to ${out}`);
