/**
 * Fresh consumer projects in this run's temp dir, each with an .npmrc that sends only @editops/*
 * to the local registry (everything else, such as typescript or vite, comes from the npm registry).
 */
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from './harness.mjs';
import { run } from './proc.mjs';

export const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export const kittenSitting = [
  { type: 'replace', srcPos: 0, destPos: 0 },
  { type: 'replace', srcPos: 4, destPos: 4 },
  { type: 'insert', srcPos: 6, destPos: 6 },
];

/** Creates an empty project directory with package.json and the scoped .npmrc. */
export async function createProject(ctx, name, manifest = {}) {
  const dir = join(ctx.root, 'projects', name);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: `e2e-${name}`, version: '1.0.0', private: true, ...manifest }, null, 2)}\n`);
  await writeFile(join(dir, '.npmrc'), `@editops:registry=${ctx.registry.url}/\n`);
  await copyFile(join(fixtures, 'probe.cjs'), join(dir, 'probe.cjs'));
  await copyFile(join(fixtures, 'probe.mjs'), join(dir, 'probe.mjs'));
  return dir;
}

export async function npmInstall(ctx, dir, args) {
  return run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=warn', ...args], { cwd: dir, env: ctx.env, timeoutMs: 240_000 });
}

/** Runs one of the probes; resolves to its JSON answer (or the raw result with `allowFailure`). */
export async function probe(ctx, dir, file, { env = {}, allowFailure = false } = {}) {
  const result = await run(process.execPath, [file], { cwd: dir, env: { ...ctx.env, ...env }, timeoutMs: 30_000, allowFailure });
  if (allowFailure) return result;
  const line = result.stdout.trim().split('\n').at(-1);
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`node ${file} printed no JSON:\n${result.stdout}${result.stderr}`);
  }
}

/** The @editops packages installed in a project's node_modules (names). */
export async function installedEditops(dir) {
  const scope = join(dir, 'node_modules', '@editops');
  const names = await readdir(scope).catch(() => []);
  return names.map((name) => `@editops/${name}`).sort();
}

/**
 * Checks that every installed @editops package holds exactly the files of the tarball this run
 * packed, byte for byte: proof that it came from the local registry and not from anywhere else.
 */
export async function checkInstalledMatchPacked(ctx, dir, names) {
  for (const name of names) {
    const packed = ctx.packed.get(name);
    check(packed, `${name} is installed but this run did not pack it`);
    const installedRoot = join(dir, 'node_modules', ...name.split('/'));
    const want = await listFiles(packed.root);
    const have = await listFiles(installedRoot);
    const missing = want.filter((file) => !have.includes(file));
    check(missing.length === 0, () => `${name} installed without ${missing.join(', ')}`);
    for (const file of want) {
      const [a, b] = await Promise.all([readFile(join(packed.root, file)), readFile(join(installedRoot, file))]);
      check(a.equals(b), `${name}/${file} differs from the packed tarball`);
    }
  }
}

async function listFiles(root, dir = root) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.name === 'node_modules') continue; // pnpm and npm may nest dependencies here
    const info = await stat(path);
    if (info.isDirectory()) out.push(...(await listFiles(root, path)));
    else out.push(relative(root, path));
  }
  return out.sort();
}
