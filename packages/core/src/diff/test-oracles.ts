/** Naive oracles and generators shared by the diff tests (not part of the build's API). */
import fc from 'fast-check';

/** Length of a longest common subsequence: the O(n * m) dynamic program. */
export function lcsLength<T>(a: readonly T[], b: readonly T[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, row[j - 1]!);
    }
    previous = row;
  }
  return previous[b.length]!;
}

/** Levenshtein distance: the O(n * m) dynamic program. */
export function levenshtein<T>(a: readonly T[], b: readonly T[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/** Lines drawn from a small pool, so that texts share many lines and repeat some. */
const LINE_POOL = ['a', 'b', 'c', 'alpha beta', 'a line longer than the 256 characters compared one by one: '.padEnd(300, 'z'), '', ' ', 'x\r', 'the same line', '}', '\t{'];

/** A text of lines, ending with "\n" or not, and sometimes with CRLF line ends. */
export const textArbitrary = fc
  .record({
    lines: fc.array(fc.constantFrom(...LINE_POOL), { maxLength: 30 }),
    finalNewline: fc.boolean(),
    crlf: fc.boolean(),
  })
  .map(({ lines, finalNewline, crlf }) => {
    const eol = crlf ? '\r\n' : '\n';
    const text = lines.join(eol);
    return finalNewline && lines.length > 0 ? text + eol : text;
  });

/** A text and an edited copy of it: a few lines replaced, inserted or deleted. */
export const textPairArbitrary = fc
  .tuple(textArbitrary, fc.array(fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom(...LINE_POOL)), { maxLength: 8 }), fc.boolean())
  .map(([text, edits, flipEnd]) => {
    const lines = text.split('\n');
    for (const [at, kind, line] of edits) {
      const i = lines.length === 0 ? 0 : at % lines.length;
      if (kind === 'insert') lines.splice(i, 0, line);
      else if (kind === 'delete') lines.splice(i, 1);
      else lines[i] = line;
    }
    let edited = lines.join('\n');
    if (flipEnd) edited = edited.endsWith('\n') ? edited.slice(0, -1) : edited + '\n';
    return [text, edited] as const;
  });
