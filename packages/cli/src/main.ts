/**
 * The `editops` program: commands, shared options, and exit codes
 *   0 success, 2 bad usage (unknown command or option, missing argument, bad option value),
 *   1 anything else (a missing file, a malformed batch line, a backend that fails to load ...).
 * Every error is one line on stderr, starting with "editops: ".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { batchCommand } from './commands/batch';
import { processOutput, type Output } from './commands/context';
import { diffCommand, type DiffOptions } from './commands/diff';
import { addDiffOptions, addWerOptions } from './commands/diff-options';
import { distanceCommand } from './commands/distance';
import { addScoreOptions, scoreCommand, SCORERS, type ScorerName } from './commands/score';
import { GREP_METRICS, grepCommand, type GrepOptions } from './commands/grep';
import { opsCommand } from './commands/ops';
import { werCommand, type WerOptions } from './commands/wer';
import { errorLine, UsageError } from './errors';
import { addSharedOptions, BACKENDS, parseMaxDistance, resolveOptions, type RawOptions } from './options';
import type { Unit } from './units';

export const EXIT = { ok: 0, error: 1, usage: 2 } as const;

function version(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

const COMMAND_NAMES = ['distance', 'ops', 'diff', 'wer', 'batch', 'score', 'grep'];

/** A command's own exit code (diff: 0 same, 1 differ, 2 trouble), when it sets one. */
let commandExit: number | undefined;

export function buildProgram(output: Output): Command {
  const program = new Command('editops')
    .description('Edit distances and edit scripts (insert, delete, replace, transpose) between texts.')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print help')
    .helpCommand('help [command]', 'print help for a command')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => output.stdout.write(text),
      writeErr: (text) => output.stderr.write(text),
      // commander says "error: ..." and may add "\n(Did you mean ...?)": make it one line.
      outputError: (text, write) => write(`editops: ${text.replace(/^error: /u, '').replace(/\s*\n(?!$)/gu, ' ')}`),
    })
    .addHelpText(
      'after',
      `
Exit codes: 0 success, 2 bad usage, 1 other errors; diff: 0 same, 1 different, 2 trouble; grep: 0 found, 1 none, 2 trouble.
Environment: EDITOPS_BACKEND=native|wasm pins the backend; NO_COLOR=1 turns colour off.`,
    );

  // Each command's subcommand inherits the program's output and error settings.
  const command = (name: string, description: string, defaultUnit: Unit, colored: boolean, json: string) =>
    addSharedOptions(program.command(name).description(description), { defaultUnit, colored, json });
  const run = (raw: RawOptions, defaultUnit: Unit) => resolveOptions(raw, defaultUnit);

  command('distance', 'print the edit distance between A and B', 'codepoint', false, 'print {"distance", "metric", "unit"}')
    .argument('<a>', 'the first text')
    .argument('<b>', 'the second text')
    .action((a: string, b: string, raw: RawOptions) => distanceCommand(a, b, run(raw, 'codepoint'), output));

  command('ops', 'show the edit script turning A into B, aligned', 'codepoint', true, 'print the distance and the ops as JSON')
    .argument('<a>', 'the source text')
    .argument('<b>', 'the destination text')
    .action((a: string, b: string, raw: RawOptions) => opsCommand(a, b, run(raw, 'codepoint'), output));

  addDiffOptions(program.command('diff').description('a unified diff of two files (- for stdin), or an inline word or char diff'))
    .argument('<file1>', 'the old file')
    .argument('<file2>', 'the new file')
    .action(async (file1: string, file2: string, options: DiffOptions) => {
      commandExit = await diffCommand(file1, file2, options, output);
    });

  addWerOptions(program.command('wer').description('word and character error rates of HYP against REF, line by line'))
    .argument('<ref>', 'the reference file, one utterance per line')
    .argument('<hyp>', 'the hypothesis file, the same number of lines')
    .action((ref: string, hyp: string, options: WerOptions) => werCommand(ref, hyp, options, output));

  command(
    'batch',
    'one distance per line "a<TAB>b" of PAIRS.tsv (- for stdin), streamed',
    'codepoint',
    false,
    'print JSON Lines {"a", "b", "distance"} instead of one distance per line',
  )
    .argument('<pairs.tsv>', 'tab-separated pairs, one per line')
    .addOption(new Option('-s, --scorer <name>', 'print this fuzzy score (0 to 100) per line instead of the distance').choices(SCORERS))
    .option('-p, --process', 'with --scorer: apply defaultProcess to both texts first')
    .action((path: string, raw: RawOptions & { scorer?: ScorerName; process?: boolean }) =>
      batchCommand(path, run(raw, 'codepoint'), output, { scorer: raw.scorer, process: raw.process }),
    );

  addScoreOptions(program.command('score').description('print a fuzzy score (0 to 100, RapidFuzz semantics) of A and B'))
    .argument('<a>', 'the first text')
    .argument('<b>', 'the second text')
    .action((a: string, b: string, options: Parameters<typeof scoreCommand>[2]) => scoreCommand(a, b, options, output));

  program
    .command('grep')
    .description('approximate grep (agrep style): lines holding PATTERN within N edits; exit 0 found, 1 none, 2 trouble')
    .argument('<pattern>', 'the text to look for')
    .argument('[files...]', 'files to search (none, or -, for stdin)')
    .addOption(new Option('-k, --max-distance <n>', 'edits allowed in a match').argParser(parseMaxDistance).default(0))
    .addOption(new Option('-m, --metric <metric>', 'the edit distance').choices(GREP_METRICS).default('levenshtein'))
    .option('-o, --only-matching', 'print each matched text, not the line')
    .option('-c, --count', 'print the number of matching lines per file')
    .option('--json', 'print JSON Lines {"file", "line", "column", "distance", "match", "cigar"}, one per match')
    .addOption(new Option('-b, --backend <name>', 'pin the backend').choices(BACKENDS))
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output (as does NO_COLOR=1)')
    .action(async (pattern: string, files: string[], options: GrepOptions) => {
      commandExit = await grepCommand(pattern, files, options, output);
    });

  return program;
}

/** Runs the program on `argv` (the arguments after the command name) and returns the exit code. */
export async function main(argv: readonly string[], output: Output = processOutput): Promise<number> {
  const program = buildProgram(output);
  try {
    if (argv.length === 0) {
      throw new UsageError(`missing command: one of ${COMMAND_NAMES.join(', ')} (see editops --help)`);
    }
    commandExit = undefined;
    await program.parseAsync([...argv], { from: 'user' });
    return commandExit ?? EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander has printed its message (or the help / version) already.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;

    }
    output.stderr.write(errorLine(error) + '\n');
    return error instanceof UsageError ? EXIT.usage : EXIT.error;
  }
}
