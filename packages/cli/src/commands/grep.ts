/**
 * `editops grep PATTERN [FILE...] -k N`: approximate grep in the style of agrep. Each line is a
 * record: a line matches when it holds a window within N edits of PATTERN (the library's
 * `search`, so the matches and their edits are the ones docs/semantics.md describes). Prints
 * `[FILE:]LINE:COLUMN:DISTANCE:` and the line with its matches highlighted; `-o` prints each
 * matched text instead, `-c` the number of matching lines per file, `--json` one JSON object per
 * match. Files are read as streams, line by line, and output waits for stdout to drain, so memory
 * stays flat however large the file. No FILE, or `-`, reads standard input.
 *
 * Exit codes are grep's: 0 some line matched, 1 none did, 2 trouble (a file that cannot be read;
 * the other files are still searched).
 */
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { SearchMatch } from '@editops/auto';
import { colorEnabled, colors, type Colors } from '../colors';
import { errorLine, fileError } from '../errors';
import { loadLibrary } from '../library';
import type { BackendChoice } from '../options';
import type { Output } from './context';

export const GREP_METRICS = ['levenshtein', 'indel', 'osa'] as const;

export interface GrepOptions {
  maxDistance: number;
  metric: (typeof GREP_METRICS)[number];
  onlyMatching?: boolean;
  count?: boolean;
  json?: boolean;
  color?: boolean;
  backend?: BackendChoice;
}

export const GREP_EXIT = { found: 0, none: 1, trouble: 2 } as const;

/** Output is gathered into chunks of about this many characters before each write. */
const CHUNK = 64 * 1024;

async function openInput(path: string): Promise<Readable> {
  if (path === '-') {
    process.stdin.setEncoding('utf8');
    return process.stdin;
  }
  try {
    if ((await stat(path)).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (error) {
    throw fileError(path, error);
  }
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  return stream;
}

/**
 * A quick test that lets most lines skip the search: cut the pattern into k + 1 pieces (2k + 1
 * for osa, whose one transposition can break two neighbouring pieces); a line within k edits of
 * the pattern holds at least one piece unbroken, since each edit touches at most one piece (an
 * insertion between two pieces touches neither). Without enough symbols for the pieces, every
 * line goes to the search.
 */
export function piecesFilter(pattern: string, maxDistance: number, metric: GrepOptions['metric']): (line: string) => boolean {
  const points = Array.from(pattern);
  const count = metric === 'osa' ? 2 * maxDistance + 1 : maxDistance + 1;
  if (points.length < count || count < 1) return () => true;
  const pieces: string[] = [];
  for (let i = 0; i < count; i++) {
    pieces.push(points.slice(Math.floor((i * points.length) / count), Math.floor(((i + 1) * points.length) / count)).join(''));
  }
  return (line) => pieces.some((piece) => line.includes(piece));
}

/** The line with each match's window highlighted (matches never share an end; overlaps merge). */
function highlight(line: string, matches: readonly SearchMatch<string>[], paint: Colors): string {
  const points = Array.from(line);
  let out = '';
  let at = 0;
  for (const { start, end } of matches) {
    const from = Math.max(start, at);
    out += points.slice(at, from).join('');
    if (end > from) out += paint.bold(paint.red(points.slice(from, end).join('')));
    at = Math.max(at, end);
  }
  return out + points.slice(at).join('');
}

export async function grepCommand(pattern: string, files: readonly string[], options: GrepOptions, output: Output): Promise<number> {
  const library = loadLibrary(options.backend);
  const paint = colors(colorEnabled(options.color, output.stdout, output.env));
  const inputs = files.length > 0 ? files : ['-'];
  const named = inputs.length > 1;
  const searchOptions = { maxDistance: options.maxDistance, metric: options.metric };
  const mayMatch = piecesFilter(pattern, options.maxDistance, options.metric);
  let found = false;
  let trouble = false;
  let pending = '';
  const flush = async () => {
    if (pending === '') return;
    const ok = output.stdout.write(pending);
    pending = '';
    if (!ok) await once(output.stdout, 'drain');
  };
  for (const path of inputs) {
    const name = path === '-' ? '(standard input)' : path;
    const prefix = named ? `${paint.magenta(name)}${paint.cyan(':')}` : '';
    let count = 0;
    try {
      const stream = await openInput(path);
      const lines = createInterface({ input: stream, crlfDelay: Infinity });
      let lineNumber = 0;
      for await (const line of lines) {
        lineNumber++;
        if (!mayMatch(line)) continue;
        const matches = library.search(pattern, line, searchOptions);
        if (matches.length === 0) continue;
        found = true;
        count++;
        if (options.count) continue;
        if (options.json) {
          const points = Array.from(line);
          for (const m of matches) {
            const record = { file: name, line: lineNumber, column: m.start + 1, distance: m.distance, match: points.slice(m.start, m.end).join(''), cigar: m.editops.toCigar() };
            pending += JSON.stringify(record) + '\n';
          }
        } else if (options.onlyMatching) {
          const points = Array.from(line);
          for (const m of matches) {
            pending += `${prefix}${lineNumber}:${m.start + 1}:${m.distance}:${paint.bold(paint.red(points.slice(m.start, m.end).join('')))}\n`;
          }
        } else {
          const first = matches[0]!;
          pending += `${prefix}${lineNumber}:${first.start + 1}:${first.distance}:${highlight(line, matches, paint)}\n`;
        }
        if (pending.length >= CHUNK) await flush();
      }
    } catch (error) {
      trouble = true;
      await flush();
      output.stderr.write(errorLine(error instanceof Error && 'code' in error ? fileError(path, error) : error) + '\n');
      continue;
    }
    if (options.count) pending += `${prefix}${count}\n`;
  }
  await flush();
  return trouble ? GREP_EXIT.trouble : found ? GREP_EXIT.found : GREP_EXIT.none;
}
