/**
 * Change ranges (element indices) as DiffChange blocks (text and UTF-16 offsets). Each side is
 * a text with the offset where each element starts (starts[count] === text.length).
 */
import type { ChangeRanges } from './change-ranges';
import type { DiffChange } from './diff-types';

export interface Elements {
  readonly text: string;
  readonly starts: Int32Array;
  readonly count: number;
}

export function changeBlocks(ranges: ChangeRanges, a: Elements, b: Elements): DiffChange[] {
  const blocks: DiffChange[] = [];
  let i = 0;
  let j = 0;
  const equal = (untilI: number, untilJ: number) => {
    if (untilI === i) return;
    const oldStart = a.starts[i]!;
    const oldEnd = a.starts[untilI]!;
    blocks.push({
      type: 'equal',
      value: a.text.slice(oldStart, oldEnd),
      count: untilI - i,
      oldStart,
      oldEnd,
      newStart: b.starts[j]!,
      newEnd: b.starts[untilJ]!,
    });
  };
  for (let r = 0; r < ranges.length; r += 4) {
    const [oldStart, oldEnd, newStart, newEnd] = [ranges[r]!, ranges[r + 1]!, ranges[r + 2]!, ranges[r + 3]!];
    equal(oldStart, newStart);
    const oldFrom = a.starts[oldStart]!;
    const oldTo = a.starts[oldEnd]!;
    const newFrom = b.starts[newStart]!;
    const newTo = b.starts[newEnd]!;
    if (oldEnd > oldStart) {
      blocks.push({
        type: 'delete',
        value: a.text.slice(oldFrom, oldTo),
        count: oldEnd - oldStart,
        oldStart: oldFrom,
        oldEnd: oldTo,
        newStart: newFrom,
        newEnd: newFrom,
      });
    }
    if (newEnd > newStart) {
      blocks.push({
        type: 'insert',
        value: b.text.slice(newFrom, newTo),
        count: newEnd - newStart,
        oldStart: oldTo,
        oldEnd: oldTo,
        newStart: newFrom,
        newEnd: newTo,
      });
    }
    i = oldEnd;
    j = newEnd;
  }
  equal(a.count, b.count);
  return blocks;
}
