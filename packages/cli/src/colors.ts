/**
 * Whether to colour output, decided here rather than by picocolors' own check (which also turns
 * colour on whenever CI is set, even when output is piped): an explicit --color / --no-color wins,
 * then NO_COLOR (any non-empty value: off), then FORCE_COLOR, then "is it a terminal?".
 */
import { createColors } from 'picocolors';

export type Colors = ReturnType<typeof createColors>;

export function colorEnabled(
  flag: boolean | undefined,
  stream: { readonly isTTY?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export function colors(enabled: boolean): Colors {
  return createColors(enabled);
}
