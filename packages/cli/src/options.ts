/**
 * The options every command shares, and how their values are checked. A bad value is a commander
 * InvalidArgumentError, which the program turns into one line on stderr and exit code 2, before
 * any backend loads or any file is read.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { METRIC_NAMES } from '@editops/core';
import type { DistanceOptions, Metric } from '@editops/auto';
import { UNIT_ALIASES, UNITS, libraryUnit, type Unit } from './units';

/** Every metric of the library (its one list, so a new metric is offered here without an edit). */
export const METRICS: readonly Metric[] = METRIC_NAMES;
export const BACKENDS = ['native', 'wasm'] as const;
export type BackendChoice = (typeof BACKENDS)[number];

/** The options as commander hands them over (after the parsers below). */
export interface RawOptions {
  metric?: Metric;
  maxDistance?: number;
  unit?: Unit;
  pad?: boolean;
  backend?: BackendChoice;
  json?: boolean;
  color?: boolean;
}

export interface CommandOptions {
  /** What the library receives. */
  readonly distance: DistanceOptions;
  readonly metric: Metric;
  readonly unit: Unit;
  readonly backend: BackendChoice | undefined;
  readonly json: boolean;
  /** --color / --no-color; undefined when neither was given. */
  readonly color: boolean | undefined;
}

export function parseMaxDistance(value: string): number {
  if (!/^\d+$/u.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new InvalidArgumentError('Expected a non-negative integer.');
  }
  return Number(value);
}

export function parseUnit(value: string): Unit {
  const unit = UNIT_ALIASES[value] ?? value;
  if (!(UNITS as readonly string[]).includes(unit)) {
    throw new InvalidArgumentError(`Expected one of ${UNITS.join(', ')}.`);
  }
  return unit as Unit;
}

export interface SharedOptionsConfig {
  /** The unit when --unit is not given. */
  readonly defaultUnit: Unit;
  /** Whether the command draws coloured output (adds --color / --no-color). */
  readonly colored: boolean;
  /** What --json prints, for the help text. */
  readonly json: string;
}

/** Adds the shared options to a command. */
export function addSharedOptions(command: Command, config: SharedOptionsConfig): Command {
  command
    .addOption(new Option('-m, --metric <metric>', 'the edit distance').choices(METRICS).default('levenshtein'))
    .addOption(
      new Option('-k, --max-distance <n>', 'cutoff: above it, distance is n + 1 and there is no script').argParser(
        parseMaxDistance,
      ),
    )
    .addOption(
      new Option('-u, --unit <unit>', `what one element is: ${UNITS.join(', ')} (char: an alias of codepoint)`)
        .argParser(parseUnit)
        .default(config.defaultUnit),
    )
    .addOption(new Option('--pad', 'hamming: pad the shorter sequence instead of failing on unequal lengths'))
    .addOption(
      new Option('-b, --backend <name>', 'pin the backend (default: $EDITOPS_BACKEND, else native, else wasm)').choices(
        BACKENDS,
      ),
    )
    .addOption(new Option('--json', config.json));
  if (config.colored) {
    command
      .addOption(new Option('--color', 'colour the output even when it is not a terminal'))
      .addOption(new Option('--no-color', 'never colour the output (as does NO_COLOR=1)'));
  }
  return command;
}

export function resolveOptions(raw: RawOptions, defaultUnit: Unit): CommandOptions {
  const metric = raw.metric ?? 'levenshtein';
  const unit = raw.unit ?? defaultUnit;
  const distance: DistanceOptions = { metric };
  if (raw.maxDistance !== undefined) distance.maxDistance = raw.maxDistance;
  const stringUnit = libraryUnit(unit);
  if (stringUnit !== undefined) distance.unit = stringUnit;
  if (raw.pad) distance.pad = true;
  return { distance, metric, unit, backend: raw.backend, json: raw.json === true, color: raw.color };
}
