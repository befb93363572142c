/** `editops distance A B`: the distance, as a number on one line (or JSON). */
import { loadLibrary } from '../library';
import type { CommandOptions } from '../options';
import { toSequence } from '../units';
import { writeLines, type Output } from './context';

export function distanceCommand(a: string, b: string, options: CommandOptions, output: Output): void {
  const library = loadLibrary(options.backend);
  const distance = library.distance(toSequence(a, options.unit), toSequence(b, options.unit), options.distance);
  writeLines(output, [
    options.json ? JSON.stringify({ distance, metric: options.metric, unit: options.unit }) : String(distance),
  ]);
}
