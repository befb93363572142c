/** esbuild (pinned in e2e/package.json), as wrangler and most users bundle for workers. */
import { build } from 'esbuild';

/** Bundles `entry` into `outfile` as one ES module; @editops/* stay imports unless `inline`. */
export async function bundle(entry, outfile, { inline = false, conditions = [], platform = 'node', external = [] } = {}) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform,
    conditions,
    external: inline ? external : ['@editops/*', ...external],
    logLevel: 'warning',
  });
  return outfile;
}
