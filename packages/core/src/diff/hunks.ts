/**
 * The hunks of a unified diff: changed stretches that are close together (at most 2 * context
 * unchanged lines apart) share a hunk, with `context` unchanged lines before and after.
 */
import type { ChangeRanges } from './change-ranges';
import type { PatchHunk } from './diff-types';
import { hasNewline, lineContent, type LineIndex } from './line-index';

export const NO_NEWLINE = '\\ No newline at end of file';

/** The header number of a side: its first line (1-based), or for an empty side the line before. */
function headerStart(from: number, count: number): number {
  return count > 0 ? from + 1 : from;
}

export function buildHunks(a: LineIndex, b: LineIndex, ranges: ChangeRanges, context: number): PatchHunk[] {
  const hunks: PatchHunk[] = [];
  const stretches = ranges.length / 4;
  let first = 0;
  while (first < stretches) {
    let last = first;
    while (last + 1 < stretches && ranges[(last + 1) * 4]! - ranges[last * 4 + 1]! <= 2 * context) last++;
    const oldFrom = Math.max(0, ranges[first * 4]! - context);
    const oldTo = Math.min(a.count, ranges[last * 4 + 1]! + context);
    const newFrom = ranges[first * 4 + 2]! - (ranges[first * 4]! - oldFrom);
    const newTo = ranges[last * 4 + 3]! + (oldTo - ranges[last * 4 + 1]!);
    const lines: string[] = [];
    const emit = (prefix: string, side: LineIndex, i: number) => {
      lines.push(prefix + lineContent(side, i));
      if (!hasNewline(side, i)) lines.push(NO_NEWLINE);
    };
    let i = oldFrom;
    for (let r = first; r <= last; r++) {
      const [oldStart, oldEnd, newStart, newEnd] = [ranges[r * 4]!, ranges[r * 4 + 1]!, ranges[r * 4 + 2]!, ranges[r * 4 + 3]!];
      for (; i < oldStart; i++) emit(' ', a, i);
      for (; i < oldEnd; i++) emit('-', a, i);
      for (let j = newStart; j < newEnd; j++) emit('+', b, j);
    }
    for (; i < oldTo; i++) emit(' ', a, i);
    hunks.push({
      oldStart: headerStart(oldFrom, oldTo - oldFrom),
      oldLines: oldTo - oldFrom,
      newStart: headerStart(newFrom, newTo - newFrom),
      newLines: newTo - newFrom,
      lines,
    });
    first = last + 1;
  }
  return hunks;
}
