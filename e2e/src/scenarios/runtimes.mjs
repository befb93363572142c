/**
 * The runtimes people run besides Node: Bun and Deno (the npm-installed packages, and npm:
 * specifiers), and Cloudflare's workerd (the `worker` condition, init(WebAssembly.Module)). Each
 * runs fixtures/runtimes/checks.mjs and must match the oracle: distance, editops, extract,
 * extractAsync, backend(), and the EDITOPS_BACKEND pin where a runtime has an environment.
 */
import { deepStrictEqual } from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { query, words } from '../../fixtures/runtimes/checks.mjs';
import { bundle } from '../bundle.mjs';
import { check, step } from '../harness.mjs';
import { naiveExtract } from '../oracle.mjs';
import { freePort } from '../ports.mjs';
import { killGroup, run, tail } from '../proc.mjs';
import { createProject, fixtures, kittenSitting, npmInstall } from '../projects.mjs';

const require = createRequire(import.meta.url);
const runtimeFixtures = join(fixtures, 'runtimes');
/** workerd accepts any date up to its own release; a fixed one keeps the worker's behaviour fixed. */
const compatibilityDate = '2025-09-01';

/** The binary inside an npm package that e2e/package.json pins, or a failure saying how to get it. */
function binaryIn(pkg, file) {
  let dir;
  try {
    dir = dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    check(false, `${pkg} is not installed: it is in e2e/package.json (run pnpm install on linux x64)`);
  }
  const path = join(dir, file);
  check(existsSync(path), `${path} is missing`);
  return path;
}

export function expectChecks(what, out, { backend, pinned }) {
  check(out.backend?.name === backend, () => `${what}: backend().name is ${out.backend?.name}, expected ${backend}; skipped: ${JSON.stringify(out.backend?.skipped)}`);
  check(out.backend.pinned === pinned, `${what}: backend().pinned is ${out.backend.pinned}, expected ${pinned}`);
  if (!pinned) check(out.backend.skipped.length === 0, () => `${what}: backend().skipped is ${JSON.stringify(out.backend.skipped)}`);
  check(out.distance === 3, `${what}: distance('kitten', 'sitting') is ${out.distance}`);
  deepStrictEqual(out.editops, kittenSitting, `${what}: editops('kitten', 'sitting').toArray()`);
  check(out.osa === 3 && out.damerau === 2, `${what}: ca/abc is ${out.osa} under osa (expected 3) and ${out.damerau} under damerau (expected 2)`);
  const expected = naiveExtract(query, words, 4);
  deepStrictEqual(out.extract, expected, `${what}: extract('${query}', words, { limit: 4 })`);
  deepStrictEqual(out.extractAsync, expected, `${what}: extractAsync('${query}', words, { limit: 4, threads: 2 })`);
}

/** Runs a command that prints one JSON line last; resolves to it. */
async function jsonOf(command, args, options) {
  const result = await run(command, args, { timeoutMs: 120_000, ...options });
  const line = result.stdout.trim().split('\n').at(-1);
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`\`${[command, ...args].join(' ')}\` printed no JSON:\n${tail(result)}`);
  }
}

async function copyChecks(dir, ...files) {
  for (const file of ['checks.mjs', ...files]) await copyFile(join(runtimeFixtures, file), join(dir, file));
}

export function registerRuntimeScenarios(h, ctx) {
  const npmProject = (name) =>
    step(`npm install @editops/auto (${name})`, async () => {
      await ctx.needsPublished();
      const dir = await createProject(ctx, name);
      await npmInstall(ctx, dir, ['@editops/auto']);
      await copyChecks(dir, 'runtime-probe.mjs');
      return dir;
    });
  const bunProject = npmProject('bun');
  const workerProject = npmProject('workerd');
  ctx.prefetch.push(bunProject, workerProject);

  h.test('Bun (@oven/bun-linux-x64): npm-installed @editops/auto loads native; distance, editops, extract, extractAsync; EDITOPS_BACKEND=wasm pins', async () => {
    const bun = binaryIn('@oven/bun-linux-x64', join('bin', 'bun'));
    const dir = await bunProject();
    const version = (await run(bun, ['--version'], { cwd: dir, env: ctx.env })).stdout.trim();
    console.log(`     bun ${version}`);
    expectChecks('bun', await jsonOf(bun, ['runtime-probe.mjs'], { cwd: dir, env: ctx.env }), { backend: 'native', pinned: false });
    expectChecks('bun, EDITOPS_BACKEND=wasm', await jsonOf(bun, ['runtime-probe.mjs'], { cwd: dir, env: { ...ctx.env, EDITOPS_BACKEND: 'wasm' } }), {
      backend: 'wasm',
      pinned: true,
    });
  });

  h.test('Deno (@deno/linux-x64-glibc): npm:@editops/auto from the registry loads native; the same checks; EDITOPS_BACKEND=wasm pins', async () => {
    const deno = binaryIn('@deno/linux-x64-glibc', 'deno');
    await ctx.needsPublished();
    // A Deno project: deno.json and no package.json, so npm: specifiers resolve into Deno's own
    // cache; Deno reads the .npmrc beside deno.json for the @editops registry.
    const dir = join(ctx.root, 'projects', 'deno');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'deno.json'), `${JSON.stringify({ lock: false }, null, 2)}\n`);
    await writeFile(join(dir, '.npmrc'), `@editops:registry=${ctx.registry.url}/\n`);
    await copyChecks(dir);
    const template = await readFile(join(runtimeFixtures, 'deno-probe.template.mjs'), 'utf8');
    await writeFile(join(dir, 'deno-probe.mjs'), template.replaceAll('{{VERSION}}', ctx.versions.get('@editops/auto')));
    const env = { ...ctx.env, DENO_DIR: join(ctx.root, 'deno-dir'), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' };
    // Deno 2.9 refuses versions published less than a day ago by default; this run's were
    // published seconds ago, so the age check is off for it.
    const args = ['run', '--allow-all', '--quiet', '--minimum-dependency-age=0', 'deno-probe.mjs'];
    const out = await jsonOf(deno, args, { cwd: dir, env });
    console.log(`     ${out.runtime}`);
    expectChecks('deno', out, { backend: 'native', pinned: false });
    expectChecks('deno, EDITOPS_BACKEND=wasm', await jsonOf(deno, args, { cwd: dir, env: { ...env, EDITOPS_BACKEND: 'wasm' } }), { backend: 'wasm', pinned: true });
  });

  const worker = step('esbuild bundle of the workerd worker', async () => {
    const dir = await workerProject();
    await copyChecks(dir, 'worker.mjs');
    // The `worker` condition picks the wasm-only entry; anything Node-only would fail to resolve
    // on the neutral platform, which is the point.
    await bundle(join(dir, 'worker.mjs'), join(dir, 'worker.bundle.mjs'), {
      inline: true,
      platform: 'neutral',
      conditions: ['worker'],
      external: ['./editops.wasm'],
    });
    const wasm = createRequire(join(dir, 'package.json')).resolve('@editops/wasm/editops.wasm');
    await copyFile(wasm, join(dir, 'editops.wasm'));
    return dir;
  });

  h.test('workerd (npm workerd): a worker bundled with the `worker` condition calls init(WebAssembly.Module); the same checks on wasm', async () => {
    const dir = await worker();
    const text = await readFile(join(dir, 'worker.bundle.mjs'), 'utf8');
    check(!/native-linux|editops\.node|node:fs/.test(text), 'the worker bundle contains the native loader or node:fs');
    const workerd = require('workerd').default;
    const port = await freePort();
    const config = (await readFile(join(runtimeFixtures, 'worker.capnp.template'), 'utf8'))
      .replaceAll('{{PORT}}', String(port))
      .replaceAll('{{COMPATIBILITY_DATE}}', compatibilityDate);
    await writeFile(join(dir, 'worker.capnp'), config);
    const server = spawn(workerd, ['serve', 'worker.capnp'], { cwd: dir, env: ctx.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    server.stdout.on('data', (chunk) => (log += chunk));
    server.stderr.on('data', (chunk) => (log += chunk));
    const stop = () => killGroup(server, 'SIGKILL');
    ctx.onCleanup(stop);
    try {
      const out = await fetchJson(`http://127.0.0.1:${port}/`, 30_000, () => log);
      check(out.wasmIsModule === true, 'the worker did not get editops.wasm as a WebAssembly.Module');
      expectChecks('workerd', out, { backend: 'wasm', pinned: false });
    } finally {
      stop();
    }
  });
}

/** GETs `url` until the server answers (it needs a moment to start); resolves to the JSON body. */
async function fetchJson(url, timeoutMs, log) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      const body = await response.text();
      check(response.ok, () => `GET ${url} answered ${response.status}: ${body}\nworkerd said:\n${log()}`);
      return JSON.parse(body);
    } catch (error) {
      if (error.name === 'CheckError') throw error;
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`workerd did not answer ${url} within ${timeoutMs / 1000}s (${lastError?.message})\nworkerd said:\n${log()}`);
}
