/**
 * Where a run writes its report. By default into the ignored `results/tmp/`, so that a benchmark
 * run (and CI's smoke run) never changes a committed file; the committed report in `results/`
 * changes only when asked for with `--out benchmarks/results`. A relative --out is taken from the
 * directory the command was started in (pnpm runs the script in benchmarks/, and says where it
 * was started in INIT_CWD).
 */
import { join, resolve } from 'node:path';

export function outputDir(out, packageRoot, quick) {
  if (out !== undefined) return resolve(process.env.INIT_CWD ?? process.cwd(), out);
  return join(packageRoot, 'results', 'tmp', quick ? 'quick' : 'full');
}
