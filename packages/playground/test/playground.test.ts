/**
 * The playground in a real browser: build it with Vite, serve dist on 127.0.0.1, drive Debian's
 * headless Chromium with playwright-core, type into the text areas and check the page, then keep
 * a screenshot: in test-output/ (ignored by git), or, with EDITOPS_UPDATE_SCREENSHOT=1
 * (`pnpm --filter @editops/playground screenshot`), as the committed screenshot.png the README shows.
 *
 * Without /usr/bin/chromium the test is skipped, with a message, unless CI is set: in CI a
 * missing browser is a failure (`apt-get install -y chromium` installs it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as library from '@editops/wasm';
import type { DistanceOptions, Metric } from '@editops/wasm';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './serve';

const CHROMIUM = '/usr/bin/chromium';
const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');
// A test run must not dirty the clone: the committed screenshot changes only on request.
const SCREENSHOT = process.env.EDITOPS_UPDATE_SCREENSHOT === '1' ? join(PACKAGE, 'screenshot.png') : join(PACKAGE, 'test-output', 'screenshot.png');
const METRICS: readonly Metric[] = ['levenshtein', 'osa', 'damerau', 'indel', 'hamming'];

const haveChromium = existsSync(CHROMIUM);
const inCI = process.env.CI !== undefined && process.env.CI !== '';
const skip = !haveChromium && !inCI;
if (skip) {
  console.warn(`SKIPPED: the playground browser test needs ${CHROMIUM} (apt-get install -y chromium); set CI to make its absence a failure.`);
}

/** What the page should show for one metric: the number, "n/a" for hamming, or "unsupported" / "error". */
function expectedDistance(a: string, b: string, metric: Metric): string {
  const options: DistanceOptions = metric === 'hamming' ? { metric, pad: false } : { metric };
  try {
    return String(library.distance(a, b, options));
  } catch (error) {
    if (metric === 'hamming' && error instanceof RangeError) return 'n/a';
    return /not supported/u.test((error as Error).message) ? 'unsupported' : 'error';
  }
}

function supports(metric: Metric): boolean {
  try {
    library.editops('ab', 'ba', { metric });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(skip)('playground in headless Chromium', () => {
  let server: StaticServer | undefined;
  let context: BrowserContext | undefined;
  let profile: string | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`CI is set but ${CHROMIUM} is missing: install it with apt-get install -y chromium`);
    const vite = join(PACKAGE, 'node_modules', 'vite', 'bin', 'vite.js');
    const env = { ...process.env };
    delete env.NODE_ENV; // vitest sets "test"; the build is a production build
    const built = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: PACKAGE, env, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`vite build failed:\n${built.stdout}\n${built.stderr}`);
    server = await serveStatic(join(PACKAGE, 'dist'));
    profile = mkdtempSync(join(tmpdir(), 'editops-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1100, height: 800 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (entry) => {
      if (entry.type() === 'error') pageErrors.push(entry.text());
    });
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready]');
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const typeInto = async (selector: string, text: string) => {
    await page.fill(selector, '');
    await page.locator(selector).pressSequentially(text);
  };
  const texts = (selector: string) => page.locator(selector).allTextContents();

  it('loads the WebAssembly module', async () => {
    expect(await page.getAttribute('body', 'data-ready')).toBe('true');
    expect(await page.textContent('#status')).toBe('ready');
  });

  it('shows the distance under every metric as you type (kitten / sitting)', async () => {
    await typeInto('#src', 'kitten');
    await typeInto('#dest', 'sitting');
    expect(await page.textContent('#distances tr[data-metric="levenshtein"] td.distance')).toBe('3');
    for (const metric of METRICS) {
      const shown = await page.textContent(`#distances tr[data-metric="${metric}"] td.distance`);
      expect(shown, metric).toBe(expectedDistance('kitten', 'sitting', metric));
    }
    expect(await page.textContent('#distances tr[data-metric="hamming"] td.distance')).toBe('n/a');
    expect(await page.textContent('#src-length')).toBe('6 code points');
  });

  it('shows the fuzzy scores of the two texts, as the library computes them', async () => {
    await typeInto('#src', 'new york mets');
    await typeInto('#dest', 'the wonderful new york mets');
    expect(await page.textContent('#scores tr[data-scorer="WRatio"] td.score')).toBe('90.00');
    expect(await page.textContent('#scores tr[data-scorer="partialRatio"] td.score')).toBe('100.00');
    expect(await page.textContent('#scores tr[data-scorer="ratio"] td.score')).toBe(library.ratio('new york mets', 'the wonderful new york mets').toFixed(2));
    // The tests below read the page as the kitten / sitting test left it.
    await typeInto('#src', 'kitten');
    await typeInto('#dest', 'sitting');
  });

  it('lists the ops in a table', async () => {
    const rows = await page.locator('#ops tbody tr').evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent)),
    );
    expect(rows).toEqual([
      ['1', 'replace', '0', '0', 'k', 's'],
      ['2', 'replace', '4', '4', 'e', 'i'],
      ['3', 'insert', '6', '6', '', 'g'],
    ]);
  });

  it('marks the aligned view and the inline diff', async () => {
    const kinds = await page.locator('#alignment .col').evaluateAll((cols) => cols.map((col) => (col as HTMLElement).dataset.kind));
    expect(kinds).toEqual(['replace', 'equal', 'equal', 'equal', 'replace', 'equal', 'insert']);
    expect((await texts('#alignment .col .src')).join('')).toBe('kitten\u2013');
    expect((await texts('#alignment .col .dest')).join('')).toBe('sitting');
    expect((await texts('#alignment .col .mark')).join('').replace(/\u00a0/gu, ' ')).toBe('R   R I');
    expect(await texts('#inline del')).toEqual(['k', 'e']);
    expect(await texts('#inline ins')).toEqual(['s', 'i', 'g']);
    expect(await page.textContent('#inline')).toBe('ksitteing') // k→s, itt, e→i, n, +g;
    expect(await texts('#legend li')).toEqual(['R replace', 'I insert', 'D delete', 'T transpose']);
  });

  it('pad turns hamming from n/a into a number', async () => {
    await page.check('#pad');
    const want = (() => {
      try {
        return String(library.distance('kitten', 'sitting', { metric: 'hamming', pad: true }));
      } catch {
        return undefined;
      }
    })();
    const shown = await page.textContent('#distances tr[data-metric="hamming"] td.distance');
    if (want !== undefined) expect(shown).toBe(want);
    else expect(shown).not.toBe('');
    await page.uncheck('#pad');
  });

  it.skipIf(!supports('osa'))('marks transpositions (osa), and keeps a screenshot', async () => {
    await page.selectOption('#metric', 'osa');
    await typeInto('#src', 'the quick brown fox');
    await typeInto('#dest', 'teh quikc bron box!');
    const script = library.editops('the quick brown fox', 'teh quikc bron box!', { metric: 'osa' })!.toArray();
    const types = await page.locator('#ops tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.type));
    expect(types).toEqual(script.map((op) => op.type));
    expect(await page.locator('#alignment .col.op-transpose').count()).toBe(2 * script.filter((op) => op.type === 'transpose').length);
    expect(await page.locator('#alignment .col.op-transpose').count()).toBeGreaterThan(0);
    expect(await page.locator('#alignment .col.op-delete').count()).toBeGreaterThan(0);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('keeps a screenshot (kitten / sitting) when osa is not built yet', async () => {
    if (supports('osa')) return;
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('runs extractAsync in Web Workers: the sync answer, off the main thread, and abortable', async () => {
    const outcome = await page.evaluate(async () => {
      const lib = (window as unknown as { editops: typeof library }).editops;
      const Original = window.Worker;
      let started = 0;
      // Counts the workers the library starts (it looks Worker up when it needs one).
      window.Worker = class extends Original {
        constructor(...args: ConstructorParameters<typeof Worker>) {
          super(...args);
          started++;
        }
      };
      try {
        const choices = Array.from({ length: 20000 }, (_, i) => `word${i * 7919 % 20000}`);
        const sync = lib.extract('wrod1234', choices, { limit: 5 });
        const inWorkers = await lib.extractAsync('wrod1234', choices, { limit: 5, threads: 2 });
        const matrix = await lib.distanceMatrixAsync(['ab', 'ba'], ['abc', 'b', ''], { threads: 2 });
        const controller = new AbortController();
        const pending = lib.extractAsync('wrod', choices, { threads: 2, signal: controller.signal });
        controller.abort();
        const aborted = await pending.then(() => 'resolved', (error: Error) => error.name);
        const after = await lib.extractAsync('wrod1234', choices, { limit: 5, threads: 2 });
        return { started, same: JSON.stringify(inWorkers) === JSON.stringify(sync), sameAfter: JSON.stringify(after) === JSON.stringify(sync), matrix: Array.from(matrix.data), aborted };
      } finally {
        window.Worker = Original;
      }
    });
    expect(outcome.started).toBeGreaterThanOrEqual(2);
    expect(outcome.same).toBe(true);
    expect(outcome.sameAfter).toBe(true);
    expect(outcome.matrix).toEqual([1, 1, 2, 2, 1, 2]);
    expect(outcome.aborted).toBe('AbortError');
  });

  it('logged no errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
