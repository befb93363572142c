/**
 * Installing @editops/auto in Node projects the ways users do: npm (plain, --omit=optional,
 * --ignore-scripts) and pnpm, then loading it with require and import, with and without
 * EDITOPS_BACKEND.
 */
import { deepStrictEqual } from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { check, step } from '../harness.mjs';
import { run } from '../proc.mjs';
import { checkInstalledMatchPacked, createProject, installedEditops, kittenSitting, npmInstall, probe } from '../projects.mjs';

const backendPackages = ['@editops/auto', '@editops/core', '@editops/native', '@editops/native-linux-x64-gnu', '@editops/wasm'];

/** Both probes, require and import, must give this backend and the kitten/sitting answers. */
async function expectBackend(ctx, dir, expected, env = {}) {
  const answers = {};
  for (const file of ['probe.cjs', 'probe.mjs']) {
    const out = await probe(ctx, dir, file, { env });
    const system = file.endsWith('.cjs') ? 'require' : 'import';
    check(out.backend === expected, () => `${system}: backend().name is ${out.backend}, expected ${expected}; skipped: ${JSON.stringify(out.skipped)}`);
    check(out.distance === 3, `${system}: distance('kitten', 'sitting') is ${out.distance}, expected 3`);
    deepStrictEqual(out.editops, kittenSitting, `${system}: editops('kitten', 'sitting').toArray()`);
    if (system === 'import') check(out.oneInstance === true, 'import and require of @editops/auto in one process gave two different module instances');
    answers[system] = out;
  }
  return answers;
}

export function registerNodeScenarios(h, ctx) {
  const needs = ctx.needsPublished;

  const npmDefault = step('npm install @editops/auto', async () => {
    await needs();
    const dir = await createProject(ctx, 'npm-default');
    await npmInstall(ctx, dir, ['@editops/auto']);
    return dir;
  });
  const npmOmitOptional = step('npm install --omit=optional @editops/auto', async () => {
    await needs();
    const dir = await createProject(ctx, 'npm-omit-optional');
    await npmInstall(ctx, dir, ['--omit=optional', '@editops/auto']);
    return dir;
  });
  const npmIgnoreScripts = step('npm install --ignore-scripts @editops/auto', async () => {
    await needs();
    const dir = await createProject(ctx, 'npm-ignore-scripts');
    await npmInstall(ctx, dir, ['--ignore-scripts', '@editops/auto']);
    return dir;
  });
  const pnpmAdd = step('pnpm add @editops/auto', async () => {
    await needs();
    const dir = await createProject(ctx, 'pnpm');
    const result = await run(
      'pnpm',
      ['add', '@editops/auto', '--store-dir', join(ctx.root, 'pnpm-store'), '--cache-dir', join(ctx.root, 'pnpm-cache'), '--reporter=append-only'],
      { cwd: dir, env: ctx.env, timeoutMs: 240_000 },
    );
    return { dir, output: result.stdout + result.stderr };
  });
  ctx.prefetch.push(npmDefault, npmOmitOptional, npmIgnoreScripts, pnpmAdd);

  h.test('npm install: require and import both load native and answer kitten/sitting', async () => {
    const dir = await npmDefault();
    const installed = await installedEditops(dir);
    deepStrictEqual(installed, backendPackages, 'the @editops packages npm installed');
    await checkInstalledMatchPacked(ctx, dir, installed);
    const { require } = await expectBackend(ctx, dir, 'native');
    check(require.pinned === false && require.skipped.length === 0, `backend() is ${JSON.stringify(require)}`);
  });

  h.test('npm install --omit=optional: falls back to wasm, backend().skipped[0] is native', async () => {
    const dir = await npmOmitOptional();
    const installed = await installedEditops(dir);
    check(!installed.includes('@editops/native-linux-x64-gnu'), 'npm installed the optional @editops/native-linux-x64-gnu anyway');
    check(installed.includes('@editops/native') && installed.includes('@editops/wasm'), `installed: ${installed.join(', ')}`);
    const answers = await expectBackend(ctx, dir, 'wasm');
    for (const [system, out] of Object.entries(answers)) {
      check(out.skipped[0]?.name === 'native', () => `${system}: backend().skipped is ${JSON.stringify(out.skipped)}, expected native first`);
      check(/native/.test(out.skipped[0].reason ?? ''), () => `${system}: the skip reason says nothing useful: ${out.skipped[0].reason}`);
    }
  });

  h.test('npm install --ignore-scripts: native, same answers (no install script needed)', async () => {
    const dir = await npmIgnoreScripts();
    deepStrictEqual(await installedEditops(dir), backendPackages, 'the @editops packages npm installed');
    await expectBackend(ctx, dir, 'native');
  });

  h.test('pnpm add (pnpm 10 blocks install scripts): native, same answers', async () => {
    const { dir, output } = await pnpmAdd();
    check(!/Ignored build scripts/i.test(output), () => `pnpm ignored build scripts of a dependency:\n${output}`);
    check(existsSync(join(dir, 'node_modules', '@editops', 'auto')), 'pnpm did not link @editops/auto');
    await expectBackend(ctx, dir, 'native');
  });

  h.test('EDITOPS_BACKEND=wasm pins wasm in the npm-installed project', async () => {
    const dir = await npmDefault();
    const answers = await expectBackend(ctx, dir, 'wasm', { EDITOPS_BACKEND: 'wasm' });
    for (const [system, out] of Object.entries(answers)) check(out.pinned === true, `${system}: backend().pinned is ${out.pinned}`);
  });

  h.test('EDITOPS_BACKEND=native without the native binary (--omit=optional) throws, never falls back', async () => {
    const dir = await npmOmitOptional();
    for (const file of ['probe.cjs', 'probe.mjs']) {
      const result = await probe(ctx, dir, file, { env: { EDITOPS_BACKEND: 'native' }, allowFailure: true });
      check(result.code !== 0, () => `node ${file} exited 0 with EDITOPS_BACKEND=native and no binary; it printed ${result.stdout.trim()}`);
      check(/EDITOPS_BACKEND/.test(result.stderr), () => `node ${file} failed without naming EDITOPS_BACKEND:\n${result.stderr}`);
      check(!result.stdout.includes('"backend"'), `node ${file} printed an answer before failing: ${result.stdout}`);
    }
  });
  return { npmDefault };
}
