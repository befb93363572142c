/**
 * `editops diff FILE1 FILE2`: a unified diff (`-U N` lines of context), an inline word or
 * character diff (`--unit word|char`), or `--stat`. Exit codes as GNU diff's: 0 the files are the
 * same, 1 they differ, 2 trouble (a file that cannot be read; usage errors are 2 as well).
 *
 * The unified diff works on bytes: both files are decoded as Latin-1 (one character per byte) and
 * the output encoded back the same way, so any encoding, invalid UTF-8 and CR characters come
 * out exactly as they went in. Inline diffs need characters and decode UTF-8.
 *
 * A file with a NUL byte in its first 8000 bytes is binary (git's test), unless --text: binary
 * files are only compared for equality, "Binary files A and B differ".
 */
import { readFile, stat } from 'node:fs/promises';
import type { PatchHunk } from '@editops/auto';
import { colorEnabled, colors, type Colors } from '../colors';
import { errorLine, fileError } from '../errors';
import { loadLibrary } from '../library';
import { colorUnifiedLine, inlineHunk, statLines } from '../render/diff';
import type { Output } from './context';

export type DiffUnit = 'line' | 'word' | 'char';

export interface DiffOptions {
  readonly context: number;
  readonly unit: DiffUnit;
  readonly stat: boolean;
  readonly text: boolean;
  readonly json: boolean;
  readonly color: boolean | undefined;
}

export const DIFF_EXIT = { same: 0, differ: 1, trouble: 2 } as const;

/** Bytes looked at for a NUL byte to call a file binary. */
const BINARY_SNIFF = 8000;
/** Output is written in pieces of about this many characters. */
const CHUNK = 1 << 20;

async function readInput(path: string): Promise<Buffer> {
  try {
    if (path === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    }
    return await readFile(path);
  } catch (error) {
    throw fileError(path, error);
  }
}

/** GNU diff's header: the modification time with nanoseconds. */
async function timestamp(path: string): Promise<string | undefined> {
  if (path === '-') return undefined;
  const { mtimeNs } = await stat(path, { bigint: true });
  const date = new Date(Number(mtimeNs / 1_000_000n));
  const nanos = String(mtimeNs % 1_000_000_000n).padStart(9, '0');
  return `${date.toISOString().slice(0, 19).replace('T', ' ')}.${nanos} +0000`;
}

const isBinary = (bytes: Buffer) => bytes.subarray(0, BINARY_SNIFF).includes(0);

async function write(output: Output, text: string, latin1: boolean): Promise<void> {
  if (text === '') return;
  const ok = output.stdout.write(latin1 ? Buffer.from(text, 'latin1') : text);
  if (!ok) await new Promise((resolve) => output.stdout.once('drain', resolve));
}

export async function diffCommand(file1: string, file2: string, options: DiffOptions, output: Output): Promise<number> {
  try {
    return await compare(file1, file2, options, output);
  } catch (error) {
    output.stderr.write(errorLine(error) + '\n');
    return DIFF_EXIT.trouble;
  }
}

async function compare(file1: string, file2: string, options: DiffOptions, output: Output): Promise<number> {
  const [bytes1, bytes2] = await Promise.all([readInput(file1), readInput(file2)]);
  if (bytes1.equals(bytes2)) return DIFF_EXIT.same;
  const c = colors(colorEnabled(options.color, output.stdout, output.env));
  if (!options.text && (isBinary(bytes1) || isBinary(bytes2))) {
    await write(output, options.stat ? ` ${file1 === file2 ? file1 : `${file1} => ${file2}`} | Bin ${bytes1.length} -> ${bytes2.length} bytes\n` : `Binary files ${file1} and ${file2} differ\n`, false);
    return DIFF_EXIT.differ;
  }
  const library = loadLibrary(undefined);
  const latin1 = options.unit === 'line';
  const encoding = latin1 ? 'latin1' : 'utf8';
  const [oldHeader, newHeader] = await Promise.all([timestamp(file1), timestamp(file2)]);
  const patch = library.structuredPatch(file1, file2, bytes1.toString(encoding), bytes2.toString(encoding), {
    context: options.context,
    ...(oldHeader === undefined ? {} : { oldHeader }),
    ...(newHeader === undefined ? {} : { newHeader }),
  });
  if (options.json) {
    await write(output, JSON.stringify(patch) + '\n', latin1);
  } else if (options.stat) {
    await write(output, statLines(file1 === file2 ? file1 : `${file1} => ${file2}`, patch.hunks, c).join('\n') + '\n', false);
  } else if (options.unit === 'line') {
    await writeUnified(output, patch, c);
  } else {
    const diff = options.unit === 'word' ? library.diffWords : library.diffChars;
    // The hunk headers, in order, as the patch text writes them (body lines never start with "@").
    const headers = String(patch).split('\n').filter((line) => line.startsWith('@@'));
    let text = `${c.bold(`--- ${file1}`)}\n${c.bold(`+++ ${file2}`)}\n`;
    for (const [index, hunk] of patch.hunks.entries()) {
      text += `${c.cyan(headers[index]!)}\n${inlineHunk(hunk, diff, c)}`;
      if (text.length >= CHUNK) {
        await write(output, text, false);
        text = '';
      }
    }
    await write(output, text, false);
  }
  return DIFF_EXIT.differ;
}

async function writeUnified(output: Output, patch: { toString(): string; hunks: readonly PatchHunk[] }, c: Colors): Promise<void> {
  const text = patch.toString();
  if (!c.isColorSupported) {
    // Large diffs are written in pieces, so no single buffer holds the whole patch twice.
    for (let at = 0; at < text.length; at += CHUNK) await write(output, text.slice(at, at + CHUNK), true);
    return;
  }
  await write(output, text.split('\n').map((line) => colorUnifiedLine(line, c)).join('\n'), true);
}
