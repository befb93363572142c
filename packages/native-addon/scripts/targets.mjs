// Which addons this machine builds, and where each lands: the host's own platform (node-gyp in
// src/, as before) and every platform that scripts/platforms.json cross-compiles from the host
// (node-gyp in build-<key>/, so the two builds never share object files).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const addonDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(addonDir, '..', '..');
const platforms = JSON.parse(readFileSync(join(repoRoot, 'scripts', 'platforms.json'), 'utf8')).platforms;

/** The platform key of this process, as the loader computes it (packages/native/src/load-binding.ts). */
export function hostKey() {
  if (process.platform !== 'linux') return `${process.platform}-${process.arch}`;
  const glibc = Boolean(process.report?.getReport().header.glibcVersionRuntime);
  return `linux-${process.arch}-${glibc ? 'gnu' : 'musl'}`;
}

/** { key, dir (where node-gyp runs), output (the .node file), cross? } for each addon built here. */
export function buildTargets(host = hostKey()) {
  const targets = [{ key: host, dir: join(addonDir, 'src'), output: join(addonDir, 'src', 'build', 'Release', 'editops.node') }];
  for (const platform of platforms.filter((p) => p.build === 'cross' && p.cross.from === host)) {
    const dir = join(addonDir, `build-${platform.key}`);
    targets.push({ key: platform.key, dir, output: join(dir, 'build', 'Release', 'editops.node'), cross: platform.cross });
  }
  return targets;
}
