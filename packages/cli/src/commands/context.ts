/** What every command needs besides its arguments: the checked options and the output streams. */
import { colorEnabled, colors, type Colors } from '../colors';
import type { CommandOptions } from '../options';

export interface Output {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly env: NodeJS.ProcessEnv;
}

export const processOutput: Output = { stdout: process.stdout, stderr: process.stderr, env: process.env };

export function stdoutColors(options: CommandOptions, output: Output): Colors {
  return colors(colorEnabled(options.color, output.stdout, output.env));
}

/** Where to wrap: the terminal's width, else $COLUMNS, else 80. */
export function terminalWidth(output: Output): number {
  if (output.stdout.isTTY && output.stdout.columns > 0) return output.stdout.columns;
  const fromEnv = Number(output.env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
}

export function writeLines(output: Output, lines: readonly string[]): void {
  output.stdout.write(lines.length > 0 ? lines.join('\n') + '\n' : '');
}

/** The summary every human-readable result starts with. */
export function describeDistance(distance: number, options: CommandOptions): string {
  const over = options.distance.maxDistance !== undefined && distance > options.distance.maxDistance;
  const value = over ? `> ${options.distance.maxDistance} (over --max-distance)` : String(distance);
  return `distance ${value} (${options.metric}, by ${options.unit})`;
}
