/**
 * editops end-to-end install test. Packs every public package, publishes it to a throwaway local
 * verdaccio, and installs it in fresh temp projects the ways users do: npm (plain,
 * --omit=optional, --ignore-scripts), pnpm, a TypeScript consumer, and a Vite page in Chromium.
 *
 *   pnpm --filter @editops/e2e run test     (after `pnpm build`; or `pnpm test:e2e` at the root)
 *
 * EDITOPS_E2E_KEEP=1 keeps the temp dir (projects, registry log, screenshot) for a look afterwards.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, Harness, step } from './harness.mjs';
import {
  discoverPackages,
  manifestProblems,
  mapLimit,
  missingFiles,
  packPackage,
  publishTarball,
  repoRoot,
  writePublisherConfig,
} from './packages.mjs';
import { killAll, run, userEnv } from './proc.mjs';
import { registryGet, startRegistry } from './registry.mjs';
import { registerBinScenarios } from './scenarios/bins.mjs';
import { registerBrowserScenarios } from './scenarios/browser.mjs';
import { registerNodeScenarios } from './scenarios/node.mjs';
import { registerTypeScriptScenarios } from './scenarios/typescript.mjs';
import { writePlaceholder } from './placeholders.mjs';
import { registerArm64Scenarios } from './scenarios/arm64.mjs';
import { registerRuntimeScenarios } from './scenarios/runtimes.mjs';
import { packageName, platforms } from '../../scripts/platforms.mjs';

const overallDeadlineMs = 10 * 60_000;
/** What @editops/auto needs on a registry before any install scenario can run. */
const needed = ['@editops/auto', '@editops/core', '@editops/native', '@editops/native-linux-x64-gnu', '@editops/wasm'];

const started = Date.now();
const root = await mkdtemp(join(tmpdir(), 'editops-e2e-'));
const home = join(root, 'home');
await mkdir(home);

const cleanups = [];
const ctx = {
  root,
  home,
  env: userEnv(home),
  registry: undefined,
  versions: new Map(),
  packed: new Map(),
  published: new Set(),
  prefetch: [],
  onCleanup: (fn) => cleanups.push(fn),
};

let cleaning;
function cleanup() {
  cleaning ??= (async () => {
    await killAll();
    for (const fn of cleanups.reverse()) await Promise.resolve().then(fn).catch(() => {});
    await ctx.registry?.stop().catch(() => {});
    if (process.env.EDITOPS_E2E_KEEP === '1') console.log(`e2e: kept ${root}`);
    else await rm(root, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
  })();
  return cleaning;
}
const h = new Harness();

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    h.stop();
    console.log(`e2e: ${signal}, stopping`);
    await cleanup();
    process.exit(130);
  });
}
const deadline = setTimeout(async () => {
  h.stop();
  console.log(`FAIL e2e: the whole run passed its ${overallDeadlineMs / 60_000}-minute deadline`);
  console.log('e2e: 0 passed, 1 failed');
  await cleanup();
  process.exit(1);
}, overallDeadlineMs);
deadline.unref();

// ---- shared setup steps -------------------------------------------------------------------

const registry = step('start verdaccio', async () => {
  ctx.registry = await startRegistry({ root, env: ctx.env });
  return ctx.registry;
});

// The packages a release publishes: every packages/*/package.json without "private": true,
// less the per-platform addon packages that only the release workflow builds (no binary here),
// which get stand-ins on the throwaway registry instead (src/placeholders.mjs).
const releaseOnly = new Set(platforms.filter((p) => p.build === 'release').map((p) => packageName(p.key)));
const allPackages = await discoverPackages();
const packages = allPackages.filter((pkg) => !releaseOnly.has(pkg.name));
for (const pkg of allPackages) ctx.versions.set(pkg.name, pkg.version);

const packed = step('pnpm pack', async () => {
  check(packages.length > 0, 'no public package found under packages/');
  const destination = join(root, 'tarballs');
  await mkdir(destination);
  // Two at a time is enough on 2 cores.
  const results = await mapLimit(packages, 2, (pkg) => packPackage(pkg, { destination, env: ctx.env }));
  return packages.map((pkg, i) => {
    const result = results[i];
    if (result.status === 'fulfilled') ctx.packed.set(pkg.name, result.value);
    return { pkg, ...(result.status === 'fulfilled' ? { packed: result.value } : { error: result.reason }) };
  });
});

const published = step('npm publish', async () => {
  const [reg, packs] = await Promise.all([registry(), packed()]);
  const userconfig = join(root, 'publisher.npmrc');
  await writePublisherConfig(userconfig, reg);
  const ready = packs.filter((p) => p.packed);
  const results = await mapLimit(ready, 3, (p) => publishTarball(p.packed.tarball, { registry: reg, userconfig, env: ctx.env }));
  const standIns = allPackages.filter((pkg) => releaseOnly.has(pkg.name));
  const standInResults = await mapLimit(standIns, 3, async (pkg) =>
    publishTarball(await writePlaceholder(root, pkg.manifest), { registry: reg, userconfig, env: ctx.env }),
  );
  standIns.forEach((pkg, i) => {
    if (standInResults[i].status === 'rejected') throw new Error(`the stand-in for ${pkg.name} was not published: ${standInResults[i].reason.message}`);
  });
  return ready.map((p, i) => {
    const error = results[i].status === 'rejected' ? results[i].reason : undefined;
    if (!error) ctx.published.add(p.pkg.name);
    return { name: p.pkg.name, version: p.pkg.version, error };
  });
});

ctx.needsPublished = step('publish what @editops/auto needs', async () => {
  const results = await published();
  for (const name of needed) {
    const result = results.find((r) => r.name === name);
    check(result && !result.error, `${name} was not published${result?.error ? `: ${result.error.message}` : ''}`);
  }
});

// ---- tests --------------------------------------------------------------------------------

h.test('registry: verdaccio on 127.0.0.1, storage in a temp dir, no uplinks', async () => {
  const reg = await registry();
  console.log(`     verdaccio ${reg.version} at ${reg.url}`);
  // Nothing is proxied: a well-known package and a not yet published @editops name are absent
  // (verdaccio answers 404, or 401 for names no package rule covers).
  for (const name of ['lodash', '@editops%2fauto']) {
    const { status, body } = await registryGet(reg.url, name);
    check(status >= 400 && status < 500 && !body?.versions, `GET /${name} answered ${status}; an uplink or old storage is in play`);
  }
});

h.test('pack: pnpm pack of every public package writes exact versions for workspace:*', async () => {
  const packs = await packed();
  console.log(`     packages: ${packs.map((p) => `${p.pkg.name}@${p.pkg.version}`).join(', ')}`);
  const failures = packs.filter((p) => p.error).map((p) => `${p.pkg.name}: ${p.error.message}`);
  // turbo orders this test after the builds of e2e's workspace devDependencies only.
  const own = JSON.parse(await readFile(join(repoRoot, 'e2e', 'package.json'), 'utf8')).devDependencies ?? {};
  for (const { pkg } of packs.filter((p) => own[p.pkg.name] !== 'workspace:*')) {
    failures.push(`${pkg.name}: add "${pkg.name}": "workspace:*" to e2e/package.json devDependencies, so turbo builds it before this test`);
  }
  for (const p of packs.filter((p) => p.packed)) {
    for (const problem of manifestProblems(p.packed.manifest, ctx.versions)) failures.push(`${p.pkg.name}: ${problem}`);
  }
  check(failures.length === 0, () => failures.join('\n'));
});

h.test('pack: only the release workflow\'s platform packages are left out (stand-ins on the registry), and they hold no binary here', async () => {
  const left = allPackages.filter((pkg) => releaseOnly.has(pkg.name)).map((pkg) => pkg.name);
  console.log(`     stand-ins for (built by .github/workflows/release.yml): ${left.join(', ')}`);
  check(left.length === releaseOnly.size, `platforms.json names ${[...releaseOnly].join(', ')}, but packages/ holds ${left.join(', ')}`);
  const withBinary = left.filter((name) => existsSync(join(repoRoot, 'packages', name.split('/')[1], 'editops.node')));
  check(withBinary.length === 0, `${withBinary.join(', ')} hold an editops.node, but this machine does not build them`);
});

h.test('pack: every tarball holds each file its package.json points to (main, types, bin, exports)', async () => {
  const packs = (await packed()).filter((p) => p.packed);
  const failures = [];
  for (const p of packs) {
    const missing = missingFiles(p.packed.manifest, p.packed.root);
    if (missing.length) failures.push(`${p.pkg.name}: the tarball lacks ${missing.join(', ')}`);
  }
  check(failures.length === 0, () => `${failures.join('\n')}\n(is everything built? run \`pnpm build\` at the repository root)`);
});

h.test('publish: npm publish puts every tarball on the local registry', async () => {
  const reg = await registry();
  const results = await published();
  const failures = results.filter((r) => r.error).map((r) => `${r.name}: ${r.error.message}`);
  for (const r of results.filter((r) => !r.error)) {
    const { status, body } = await registryGet(reg.url, r.name.replace('/', '%2f'));
    const tarball = body?.versions?.[r.version]?.dist?.tarball ?? '';
    if (status !== 200) failures.push(`${r.name}: GET answered ${status}`);
    else if (body['dist-tags']?.latest !== r.version) failures.push(`${r.name}: latest is ${body['dist-tags']?.latest}, not ${r.version}`);
    else if (!tarball.startsWith(`${reg.url}/`)) failures.push(`${r.name}: tarball URL ${tarball} is not on the local registry`);
  }
  check(failures.length === 0, () => failures.join('\n'));
});

const { npmDefault } = registerNodeScenarios(h, ctx);
registerArm64Scenarios(h, ctx, { x64Project: npmDefault });
registerRuntimeScenarios(h, ctx);
registerTypeScriptScenarios(h, ctx);
registerBrowserScenarios(h, ctx);
registerBinScenarios(h, ctx, packages);

// Start the registry (mostly an npm ci) and the packing together; the tests await both.
registry.start();
packed.start();

// Installs are mostly waiting on the network and disk: once the packages are published, start
// the consumer projects' installs, three at a time, while the tests above run in order.
ctx.needsPublished().then(
  () => mapLimit(ctx.prefetch, 3, (s) => s()),
  () => {},
);

const tools = await Promise.all(
  [['npm', '--version'], ['pnpm', '--version']].map(([cmd, arg]) =>
    run(cmd, [arg], { cwd: root, env: ctx.env, timeoutMs: 30_000 }).then(
      (r) => `${cmd} ${r.stdout.trim()}`,
      () => `${cmd} missing`,
    ),
  ),
);
console.log(`e2e: node ${process.version}, ${tools.join(', ')}; temp dir ${root}`);

let failed = 1;
try {
  failed = await h.run();
} finally {
  await cleanup();
  clearTimeout(deadline);
  console.log(`e2e: finished in ${((Date.now() - started) / 1000).toFixed(0)}s`);
}
process.exitCode = failed === 0 ? 0 : 1;
