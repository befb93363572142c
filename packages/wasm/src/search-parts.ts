/**
 * searchAsync's parts on the wasm worker pool (kernel.searchParts, see @editops/core's
 * search-kernel.ts): each part is a search session of its own, in whichever instance runs it,
 * with core's searchOnePart, as the calling thread runs it (search-api.ts), so the answers are the same.
 */
import { searchOnePart, type KernelOptionsBlock, type SearchKernel, type SearchModeCode } from '@editops/core';

/** One part: its text (a string's UTF-16 units, or symbols), and the ends it may report from. */
export interface SearchPart {
  readonly pattern: Uint32Array;
  readonly patternLength: number;
  readonly options: KernelOptionsBlock;
  readonly mode: SearchModeCode;
  readonly limit: number;
  readonly firstEnd: number;
  readonly text: string | Uint32Array;
  readonly byUnit: boolean;
}

/** The part's matches, packed as a session packs them (offsets relative to the part's text). */
export function runSearchPart(kernel: SearchKernel, part: SearchPart): Float64Array {
  const { pattern, patternLength, options, mode, limit, firstEnd, text, byUnit } = part;
  if (!(pattern instanceof Uint32Array && options instanceof Int32Array && (typeof text === 'string' || text instanceof Uint32Array))) {
    throw new TypeError('editops: the search part is malformed');
  }
  return searchOnePart(kernel, pattern, patternLength, options, { mode, limit, firstEnd, withWindows: false }, { text, start: 0, end: text.length, byUnit });
}

/** Cuts searchParts' text into the parts named by `bounds` (see SearchKernel.searchParts). */
export function cutSearchParts(
  pattern: Uint32Array,
  patternLength: number,
  options: KernelOptionsBlock,
  mode: SearchModeCode,
  limit: number,
  text: string | Uint32Array,
  bounds: Float64Array,
  byUnit: boolean,
): SearchPart[] {
  const parts: SearchPart[] = [];
  const ownPattern = pattern.slice(0, patternLength);
  for (let at = 0; at + 2 < bounds.length; at += 3) {
    const [begin, end, firstEnd] = [bounds[at]!, bounds[at + 1]!, bounds[at + 2]!];
    parts.push({ pattern: ownPattern, patternLength, options, mode, limit, firstEnd, text: text.slice(begin, end), byUnit });
  }
  return parts;
}
