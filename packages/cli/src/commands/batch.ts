/**
 * `editops batch PAIRS.tsv`: one distance per input line `a<TAB>b`, as TSV (the distance alone) or
 * JSON Lines ({"a", "b", "distance"}). The input is streamed line by line and the output written
 * in chunks that wait for the stream to drain, so memory stays flat however long the file is.
 * `-` reads standard input. A progress bar goes to stderr only when stderr is a terminal and
 * stdout is not (else the bar and the results would garble each other).
 */
import { once } from 'node:events';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { SingleBar } from 'cli-progress';
import { CliError, errorLine, fileError } from '../errors';
import { loadLibrary } from '../library';
import type { CommandOptions } from '../options';
import { toSequence } from '../units';
import type { Output } from './context';
import type { ScorerName } from './score';

/** `batch --scorer`: a fuzzy score per line instead of a distance. */
export interface BatchScoring {
  readonly scorer?: ScorerName;
  readonly process?: boolean;
}

/** Output is gathered into chunks of about this many characters before each write. */
const CHUNK = 64 * 1024;
/** The progress bar is updated every this many lines. */
const PROGRESS_EVERY = 4096;

interface Input {
  readonly stream: Readable & { readonly bytesRead?: number };
  /** Bytes in the input, when known (a regular file). */
  readonly size: number | undefined;
  readonly name: string;
  close(): Promise<void>;
}

async function openInput(path: string): Promise<Input> {
  if (path === '-') return { stream: process.stdin, size: undefined, name: 'stdin', close: async () => {} };
  try {
    const handle = await open(path, 'r');
    const stat = await handle.stat();
    if (stat.isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    }
    const stream = handle.createReadStream({ autoClose: false, highWaterMark: 256 * 1024 });
    return { stream, size: stat.isFile() ? stat.size : undefined, name: path, close: () => handle.close() };
  } catch (error) {
    throw fileError(path, error);
  }
}

function progressBar(input: Input, output: Output): SingleBar | undefined {
  if (!output.stderr.isTTY || output.stdout.isTTY || input.size === undefined) return undefined;
  const bar = new SingleBar({
    stream: output.stderr,
    format: 'editops batch [{bar}] {percentage}% | {lines} lines | ETA {eta_formatted}',
    hideCursor: true,
    clearOnComplete: false,
    etaBuffer: 50,
  });
  bar.start(Math.max(1, input.size), 0, { lines: 0 });
  return bar;
}

export async function batchCommand(path: string, options: CommandOptions, output: Output, scoring: BatchScoring = {}): Promise<void> {
  const input = await openInput(path);
  const library = loadLibrary(options.backend);
  const { scorer } = scoring;
  const processor = scoring.process ? library.defaultProcess : undefined;
  const bar = progressBar(input, output);
  const lines = createInterface({ input: input.stream, crlfDelay: Infinity });
  // Ctrl-C while the bar hides the cursor: give the cursor back before leaving.
  const interrupted = () => {
    bar?.stop();
    process.exit(130);
  };
  if (bar) process.once('SIGINT', interrupted);
  let pending = '';
  let lineNumber = 0;
  const flush = async () => {
    if (pending === '') return;
    const ok = output.stdout.write(pending);
    pending = '';
    if (!ok) await once(output.stdout, 'drain');
  };
  try {
    for await (const line of lines) {
      lineNumber++;
      const tab = line.indexOf('\t');
      if (tab < 0 || line.indexOf('\t', tab + 1) >= 0) {
        const fields = line.split('\t').length;
        throw new CliError(`${input.name}:${lineNumber}: expected 2 tab-separated fields, found ${fields}`);
      }
      const a = line.slice(0, tab);
      const b = line.slice(tab + 1);
      let value: number;
      try {
        const x = toSequence(a, options.unit);
        const y = toSequence(b, options.unit);
        value = scorer === undefined ? library.distance(x, y, options.distance) : library[scorer](x, y, { processor });
      } catch (error) {
        throw new CliError(`${input.name}:${lineNumber}: ${errorLine(error).replace(/^editops: /u, '')}`);
      }
      pending += options.json ? `${JSON.stringify(scorer === undefined ? { a, b, distance: value } : { a, b, score: value })}\n` : `${value}\n`;
      if (pending.length >= CHUNK) await flush();
      if (bar && lineNumber % PROGRESS_EVERY === 0) bar.update(input.stream.bytesRead ?? 0, { lines: lineNumber });
    }
    bar?.update(input.size ?? 0, { lines: lineNumber });
  } finally {
    // The lines before a failure are answered too.
    await flush();
    bar?.stop();
    process.off('SIGINT', interrupted);
    lines.close();
    await input.close();
  }
}
