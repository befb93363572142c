/**
 * The packages a release would publish: every packages/<name>/package.json that is not private.
 * Each is packed with `pnpm pack` (which turns `workspace:*` into exact versions), unpacked for
 * inspection, and published with `npm publish <tarball>` to the local registry.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from './harness.mjs';
import { run } from './proc.mjs';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const dependencyFields = ['dependencies', 'optionalDependencies', 'peerDependencies'];

/** [{ name, version, dir, manifest }] for every public package under packages/, sorted by name. */
export async function discoverPackages() {
  const packagesDir = join(repoRoot, 'packages');
  const found = [];
  for (const entry of await readdir(packagesDir, { withFileTypes: true })) {
    const manifestPath = join(packagesDir, entry.name, 'package.json');
    if (!entry.isDirectory() || !existsSync(manifestPath)) continue;
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    if (manifest.private === true) continue;
    found.push({ name: manifest.name, version: manifest.version, dir: join(packagesDir, entry.name), manifest });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** Packs one package into `destination`; resolves to { tarball, unpacked, manifest } (the packed manifest). */
export async function packPackage(pkg, { destination, env }) {
  const { stdout } = await run('pnpm', ['pack', '--json', '--pack-destination', destination], { cwd: pkg.dir, env, timeoutMs: 60_000 });
  const tarball = JSON.parse(stdout.slice(stdout.indexOf('{'))).filename;
  check(tarball && existsSync(tarball), `pnpm pack for ${pkg.name} reported no tarball:\n${stdout}`);
  const unpacked = join(destination, 'unpacked', pkg.name.replace('/', '__'));
  await mkdir(unpacked, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', unpacked], { timeoutMs: 30_000 });
  const root = join(unpacked, 'package');
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  return { tarball, root, manifest };
}

/** Problems a user would hit with this packed manifest: workspace: ranges, inexact sibling versions. */
export function manifestProblems(manifest, versions) {
  const problems = [];
  for (const field of dependencyFields) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (String(range).startsWith('workspace:')) problems.push(`${field}.${name} is still "${range}"`);
      else if (versions.has(name) && range !== versions.get(name)) {
        problems.push(`${field}.${name} is "${range}", not the exact version ${versions.get(name)} published with it`);
      }
    }
  }
  return problems;
}

/** Every file the manifest points to (main, types, bin, exports targets) that the tarball lacks. */
export function missingFiles(manifest, root) {
  const targets = new Set();
  const add = (value) => {
    if (typeof value === 'string') targets.add(value);
  };
  add(manifest.main);
  add(manifest.types);
  add(manifest.typings);
  add(manifest.module);
  if (typeof manifest.browser === 'string') add(manifest.browser);
  if (typeof manifest.bin === 'string') add(manifest.bin);
  else Object.values(manifest.bin ?? {}).forEach(add);
  const walk = (node) => {
    if (typeof node === 'string') add(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(manifest.exports);
  return [...targets]
    .filter((target) => !target.includes('*'))
    .filter((target) => !existsSync(join(root, posix.normalize(target))))
    .sort();
}

/** Publishes one tarball to the local registry as the e2e user. */
export async function publishTarball(tarball, { registry, userconfig, env }) {
  await run(
    'npm',
    ['publish', tarball, '--registry', `${registry.url}/`, '--userconfig', userconfig, '--access', 'public', '--tag', 'latest', '--loglevel=warn'],
    { cwd: dirname(tarball), env, timeoutMs: 90_000 },
  );
}

export async function writePublisherConfig(path, registry) {
  const host = registry.url.replace(/^http:/, '');
  await writeFile(path, `${host}/:_authToken=${registry.token}\n`, { mode: 0o600 });
}

/** Runs `fn` over `items` with at most `limit` at a time; resolves to the settled results in order. */
export async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]).then(
        (value) => ({ status: 'fulfilled', value }),
        (reason) => ({ status: 'rejected', reason }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
