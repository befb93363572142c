/**
 * A Vite-built page that imports @editops/auto (browser condition: wasm only), served on
 * 127.0.0.1 and opened in Debian's headless Chromium through playwright-core.
 */
import { deepStrictEqual } from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { check, step } from '../harness.mjs';
import { run } from '../proc.mjs';
import { createProject, fixtures, kittenSitting, npmInstall } from '../projects.mjs';
import { serveStatic } from '../static-server.mjs';

export const viteVersion = '7.3.8';
export const chromiumPath = '/usr/bin/chromium';

// Flags from this machine's notes: without the background-networking ones Chromium keeps trying
// hosts that this closed network refuses.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What a browser bundle must not contain: Node built-ins and the native addon's loader. */
const forbidden = [
  ['node:fs', /node:fs/],
  ['require("fs")', /require\(\s*["']fs["']\s*\)/],
  ['an import of "fs"', /from\s*["']fs["']/],
  ['the native per-platform package', /native-linux-x64-gnu|editops\.node/],
];

export function registerBrowserScenarios(h, ctx) {
  const page = step(`vite@${viteVersion} page project`, async () => {
    await ctx.needsPublished();
    const version = ctx.versions.get('@editops/auto');
    const dir = await createProject(ctx, 'vite-page', {
      type: 'module',
      dependencies: { '@editops/auto': version, '@editops/wasm': ctx.versions.get('@editops/wasm') },
      devDependencies: { vite: viteVersion },
    });
    await cp(join(fixtures, 'vite-page'), dir, { recursive: true });
    await npmInstall(ctx, dir, []);
    return dir;
  });
  ctx.prefetch.push(page);

  const built = step('vite build', async () => {
    const dir = await page();
    await run(process.execPath, [join(dir, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: dir,
      env: { ...ctx.env, NODE_ENV: 'production' },
      timeoutMs: 180_000,
    });
    return join(dir, 'dist');
  });

  h.test('Vite build of a page importing @editops/auto: wasm emitted, no Node built-ins in the bundle', async () => {
    const dist = await built();
    const assets = await readdir(join(dist, 'assets'));
    const scripts = assets.filter((file) => file.endsWith('.js'));
    check(scripts.length > 0, `no JS in dist/assets: ${assets.join(', ')}`);
    check(
      assets.some((file) => file.endsWith('.wasm')),
      `dist/assets has no .wasm file (${assets.join(', ')}): editops.wasm?url was not emitted as an asset`,
    );
    for (const file of scripts) {
      const text = await readFile(join(dist, 'assets', file), 'utf8');
      for (const [what, pattern] of forbidden) check(!pattern.test(text), `dist/assets/${file} contains ${what}`);
    }
  });

  h.test('Chromium (headless) shows the editops and distance computed by wasm, no console errors', async () => {
    // Fail, never skip: the repository's setup installs Chromium, so a missing one is a broken setup.
    check(existsSync(chromiumPath), `${chromiumPath} is missing: apt-get install chromium (the repository's setup script installs it)`);
    const dist = await built();
    const { chromium } = await import('playwright-core');
    const server = await serveStatic(dist);
    const userDataDir = join(ctx.root, 'chromium-profile');
    await mkdir(userDataDir);
    let context;
    try {
      context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
        env: ctx.env,
        timeout: 60_000,
      });
      ctx.onCleanup(() => context.close().catch(() => {}));
      const tab = context.pages()[0] ?? (await context.newPage());
      const problems = [];
      tab.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
      });
      tab.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      tab.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
      tab.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
      });

      await tab.goto(`${server.url}/`, { waitUntil: 'load', timeout: 30_000 });
      await tab.waitForFunction(() => document.body.dataset.state, null, { timeout: 30_000 });
      const shown = await tab.evaluate(() => ({
        state: document.body.dataset.state,
        backend: document.querySelector('#backend').textContent,
        distance: document.querySelector('#distance').textContent,
        editops: document.querySelector('#editops').textContent,
        error: document.querySelector('#error').textContent,
      }));
      await tab.screenshot({ path: join(ctx.root, 'vite-page.png') }).catch(() => {});

      check(shown.state === 'ready', () => `the page failed: ${shown.error}\n${problems.join('\n')}`);
      check(shown.backend === 'wasm', `the page reports backend ${shown.backend}`);
      check(shown.distance === '3', `the page shows distance ${shown.distance}`);
      deepStrictEqual(JSON.parse(shown.editops), kittenSitting, 'editops shown by the page');
      check(problems.length === 0, () => `the page logged problems:\n${problems.join('\n')}`);
    } finally {
      await context?.close().catch(() => {});
      await server.close();
    }
  });
}
