/**
 * One part of a search, the one way every caller runs it: a session over the pattern, the text
 * fed whole, then finished, the packed records of both calls in one array (search-kernel.ts).
 * search-api.ts runs search() and searchAsync's parts through it on the calling thread, and
 * @editops/wasm's workers (search-parts.ts) run searchAsync's parts with it, so the answers of
 * the two cannot drift apart.
 */
import type { KernelOptionsBlock } from '../kernel-options';
import type { SearchKernel, SearchSessionOptions } from './search-kernel';

/** The text of one part: text[start, end) (UTF-16 units of a string, else symbols). */
export interface SearchPartText {
  readonly text: string | Uint32Array;
  readonly start: number;
  readonly end: number;
  /** A string's units each a symbol (unit 'utf16'), else decoded by code point. */
  readonly byUnit: boolean;
}

export function searchOnePart(
  kernel: SearchKernel,
  pattern: Uint32Array,
  patternLength: number,
  options: KernelOptionsBlock,
  session: SearchSessionOptions,
  part: SearchPartText,
): Float64Array {
  const { text, start, end, byUnit } = part;
  const open = kernel.openSearch(pattern, patternLength, options, session);
  const fed = typeof text === 'string' ? open.feedString(text, start, end, byUnit) : open.feed(start === 0 ? text : text.subarray(start, end), end - start);
  const last = open.finish();
  if (last.length === 0) return fed;
  if (fed.length === 0) return last;
  const out = new Float64Array(fed.length + last.length);
  out.set(fed);
  out.set(last, fed.length);
  return out;
}
