/**
 * The one list of the API's functions, each with the one-line summary its export carries (the
 * full TSDoc is on EditopsApi, api-contract.ts). Every entry file (native, wasm, wasm's browser
 * entry, auto, auto's browser entry) exports exactly these: `node scripts/api-entries.mjs` writes
 * their export blocks from this list, and its `--check` (a test) fails when one is out of date.
 * `satisfies` makes TypeScript refuse a list that misses a function of EditopsApi or names one
 * it lacks.
 */
import type { EditopsApi } from './api-contract';

export const API_FUNCTIONS = {
  distance: 'The edit distance between `a` and `b`; `maxDistance + 1` over the cutoff.',
  similarity: 'The largest possible distance for these lengths minus the distance.',
  normalizedDistance: 'The distance divided by the largest possible one, in [0, 1].',
  normalizedSimilarity: '1 minus the normalized distance, in [0, 1].',
  editops: 'The canonical edit script turning `a` into `b` (`null` only over `maxDistance`).',
  opcodes: 'The canonical edit script as difflib-style blocks (`null` only over `maxDistance`).',
  closest: 'The choice nearest to `query`, or `null`.',
  extract: 'The choices nearest to `query`, best first, at most `limit`.',
  distanceMatrix: 'The distance of every query to every choice, row-major.',
  closestAsync: '`closest` off the main thread.',
  extractAsync: '`extract` off the main thread.',
  distanceMatrixAsync: '`distanceMatrix` off the main thread.',
  ratio: 'The normalized Indel similarity as a score, 0 to 100.',
  partialRatio: 'The best ratio of the shorter side against every window of the longer.',
  tokenSortRatio: 'ratio of the words sorted and joined.',
  tokenSetRatio: "RapidFuzz's token_set_ratio: common words against each side's own.",
  tokenRatio: 'The larger of tokenSetRatio and tokenSortRatio.',
  partialTokenSortRatio: 'partialRatio of the words sorted and joined.',
  partialTokenSetRatio: '100 on a common word, else partialRatio of the differences.',
  partialTokenRatio: 'The larger of partialTokenSetRatio and partialTokenSortRatio.',
  WRatio: "RapidFuzz's weighted ratio.",
  QRatio: 'ratio, but 0 when either side is empty.',
  partialRatioAlignment: 'partialRatio with the window it found (null below scoreCutoff).',
  search: 'Every match of `pattern` in `text` within `maxDistance` edits, with its script.',
  searchBest: "edlib's answer: the least distance anywhere, every end with it, the first one's alignment.",
  searchAsync: '`search` in parts, on `threads` threads of the backend where it has them (native, wasm in Node).',
  searchStream: '`search` over a text that arrives in chunks, yielding matches in order.',
} as const satisfies Record<keyof EditopsApi, string>;

export type ApiFunctionName = keyof typeof API_FUNCTIONS;
