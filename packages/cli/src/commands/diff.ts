/** `editops diff FILE1 FILE2`: the files compared by code point, word or line. */
import { readFile } from 'node:fs/promises';
import { countKinds, runs } from '../alignment';
import { fileError } from '../errors';
import type { CommandOptions } from '../options';
import { paint } from '../render/aligned';
import { inlineDiff, INLINE_LEGEND, lineDiff, LINE_LEGEND } from '../render/diff';
import { describeDistance, stdoutColors, writeLines, type Output } from './context';
import { computeScript, scriptJson } from './script';

/** Unchanged lines kept around each change in a line diff. */
const CONTEXT_LINES = 3;

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw fileError(path, error);
  }
}

const PAST = { delete: 'deleted', insert: 'inserted', replace: 'replaced', transpose: 'transposed' } as const;

export async function diffCommand(file1: string, file2: string, options: CommandOptions, output: Output): Promise<void> {
  const [a, b] = await Promise.all([readText(file1), readText(file2)]);
  const script = computeScript(a, b, options);
  if (options.json) {
    writeLines(output, [scriptJson(script, options)]);
    return;
  }
  const c = stdoutColors(options, output);
  const lines = [c.bold(`--- ${file1}`), c.bold(`+++ ${file2}`)];
  if (script.ops === null || script.columns === null) {
    lines.push(describeDistance(script.distance, options), 'no edit script within --max-distance');
    writeLines(output, lines);
    return;
  }
  const counts = countKinds(script.ops);
  const summary = (Object.keys(PAST) as (keyof typeof PAST)[])
    .filter((kind) => counts[kind] > 0)
    .map((kind) => `${counts[kind]} ${PAST[kind]}`);
  lines.push(describeDistance(script.distance, options) + (summary.length > 0 ? `: ${summary.join(', ')}` : ''));
  if (c.isColorSupported) {
    lines.push('legend: ' + (Object.keys(PAST) as (keyof typeof PAST)[]).map((kind) => paint(c, kind, PAST[kind])).join(' '));
  } else if (script.ops.length > 0) {
    lines.push(options.unit === 'line' ? LINE_LEGEND : INLINE_LEGEND);
  }
  lines.push('');
  const aligned = runs(script.columns);
  if (options.unit === 'line') {
    lines.push(...lineDiff(aligned, { colors: c, context: CONTEXT_LINES }));
    writeLines(output, lines);
  } else {
    const body = inlineDiff(aligned, { colors: c, joiner: options.unit === 'word' ? ' ' : '' });
    writeLines(output, [...lines, body.endsWith('\n') ? body.slice(0, -1) : body]);
  }
}
