/** `editops score A B --scorer WRatio`: a fuzzy score (0 to 100) on one line, or JSON. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { SCORER_NAMES, type ScorerName } from '@editops/core';
import { loadLibrary } from '../library';
import type { BackendChoice } from '../options';
import { writeLines, type Output } from './context';

/** Every fuzzy score of the library (its one list, as for --metric). */
export const SCORERS: readonly ScorerName[] = SCORER_NAMES;
export type { ScorerName };

interface ScoreOptions {
  readonly scorer: ScorerName;
  readonly process?: boolean;
  readonly scoreCutoff?: number;
  readonly backend?: BackendChoice;
  readonly json?: boolean;
}

function parseCutoff(value: string): number {
  const cutoff = Number(value);
  if (value.trim() === '' || !(cutoff >= 0 && cutoff <= 100)) throw new InvalidArgumentError('Expected a number from 0 to 100.');
  return cutoff;
}

/** Adds the score command's options to `command`. */
export function addScoreOptions(command: Command): Command {
  return command
    .addOption(new Option('-s, --scorer <name>', 'the score').choices(SCORERS).default('WRatio'))
    .option('-p, --process', "apply defaultProcess to both texts first (lowercase, keep letters and digits)")
    .addOption(new Option('--score-cutoff <n>', 'report scores below n as 0').argParser(parseCutoff))
    .addOption(new Option('-b, --backend <name>', 'pin the backend (default: $EDITOPS_BACKEND, else native, else wasm)').choices(['native', 'wasm']))
    .option('--json', 'print {"score", "scorer"}');
}

export function scoreCommand(a: string, b: string, options: ScoreOptions, output: Output): void {
  const library = loadLibrary(options.backend);
  const score = library[options.scorer](a, b, {
    scoreCutoff: options.scoreCutoff,
    processor: options.process ? library.defaultProcess : undefined,
  });
  writeLines(output, [options.json ? JSON.stringify({ score, scorer: options.scorer }) : String(score)]);
}
