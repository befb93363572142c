/**
 * `editops wer REF HYP`: word (or character) error rates of a hypothesis file against a
 * reference file, one utterance per line (line i of HYP is compared with line i of REF), summed
 * over the corpus as jiwer does.
 */
import { readFile } from 'node:fs/promises';
import { CliError, fileError } from '../errors';
import { loadLibrary } from '../library';
import { writeLines, type Output } from './context';

export interface WerOptions {
  readonly unit: 'word' | 'char';
  readonly json: boolean;
}

async function utterances(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw fileError(path, error);
  }
  const lines = text.split(/\r?\n/u);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const rate = (value: number) => value.toFixed(4);

export async function werCommand(refPath: string, hypPath: string, options: WerOptions, output: Output): Promise<void> {
  const [references, hypotheses] = await Promise.all([utterances(refPath), utterances(hypPath)]);
  if (references.length !== hypotheses.length) {
    throw new CliError(`${refPath} has ${references.length} lines and ${hypPath} has ${hypotheses.length}: they must pair up line by line`);
  }
  const library = loadLibrary(undefined);
  let rates;
  try {
    rates = library.errorRates(references, hypotheses, { unit: options.unit });
  } catch (error) {
    throw new CliError(`${refPath}: ${(error as Error).message.replace(/^editops: /u, '')}`);
  }
  if (options.json) {
    writeLines(output, [JSON.stringify({ unit: options.unit, lines: references.length, ...rates })]);
    return;
  }
  const unit = options.unit === 'word' ? 'words' : 'characters';
  writeLines(output, [
    `wer ${rate(rates.wer)}`,
    `mer ${rate(rates.mer)}`,
    `wil ${rate(rates.wil)}`,
    `wip ${rate(rates.wip)}`,
    `cer ${rate(rates.cer)}`,
    `hits ${rates.hits}, substitutions ${rates.substitutions}, deletions ${rates.deletions}, insertions ${rates.insertions}`,
    `${rates.referenceLength} reference ${unit}, ${rates.hypothesisLength} hypothesis ${unit}, ${references.length} lines`,
  ]);
}
