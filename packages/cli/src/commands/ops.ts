/** `editops ops A B`: the script as an aligned view plus a list of ops, or as JSON. */
import type { CommandOptions } from '../options';
import { alignedView, legend } from '../render/aligned';
import { opsList } from '../render/ops-list';
import { isTokenUnit } from '../units';
import { describeDistance, stdoutColors, terminalWidth, writeLines, type Output } from './context';
import { computeScript, scriptJson } from './script';

export function opsCommand(a: string, b: string, options: CommandOptions, output: Output): void {
  const script = computeScript(a, b, options);
  if (options.json) {
    writeLines(output, [scriptJson(script, options)]);
    return;
  }
  const c = stdoutColors(options, output);
  const lines = [c.bold(describeDistance(script.distance, options))];
  if (script.ops === null || script.columns === null) {
    lines.push('no edit script within --max-distance');
  } else {
    const view = alignedView(script.columns, { colors: c, width: terminalWidth(output), spaced: isTokenUnit(options.unit) });
    lines.push('', ...view, '', legend(c));
    if (script.ops.length > 0) lines.push('', ...opsList(script.ops, script.src, script.dest, c));
  }
  writeLines(output, lines);
}
