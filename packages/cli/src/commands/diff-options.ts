/**
 * The options of `diff` and `wer`. They are not the shared distance options: a unified diff is
 * always a minimal line diff, so --metric, --max-distance and --backend do not apply. `-u` keeps
 * the meaning it has in every other command (--unit); the unified format is the default, and
 * `-U N` sets its context as in GNU diff.
 */
import { Command, InvalidArgumentError, Option } from 'commander';

function parseContext(value: string): number {
  if (!/^\d+$/u.test(value) || !Number.isSafeInteger(Number(value))) throw new InvalidArgumentError('Expected a non-negative integer.');
  return Number(value);
}

export function addDiffOptions(command: Command): Command {
  return command
    .addOption(
      new Option('-U, --unified <n>', 'lines of context around each change').argParser(parseContext).default(3),
    )
    .addOption(new Option('-u, --unit <unit>', 'line: unified diff; word, char: inline diff within the changed lines').choices(['line', 'word', 'char']).default('line'))
    .addOption(new Option('--stat', 'print how many lines changed, as git diff --stat'))
    .addOption(new Option('-a, --text', 'compare files as text even when they look binary'))
    .addOption(new Option('--json', 'print the patch as JSON (names, headers, hunks)'))
    .addOption(new Option('--color', 'colour the output even when it is not a terminal'))
    .addOption(new Option('--no-color', 'never colour the output (as does NO_COLOR=1)'))
    .hook('preAction', (_, action) => {
      const raw = action.opts<{ unified: number; stat?: boolean; text?: boolean; json?: boolean }>();
      action.setOptionValue('context', raw.unified);
      action.setOptionValue('stat', raw.stat === true);
      action.setOptionValue('text', raw.text === true);
      action.setOptionValue('json', raw.json === true);
    });
}

export function addWerOptions(command: Command): Command {
  return command
    .addOption(new Option('-u, --unit <unit>', 'word: words split at white space; char: characters').choices(['word', 'char']).default('word'))
    .addOption(new Option('--json', 'print the rates and counts as JSON'))
    .hook('preAction', (_, action) => {
      action.setOptionValue('json', action.opts<{ json?: boolean }>().json === true);
    });
}
