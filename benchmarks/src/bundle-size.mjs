// The browser bundle's size: what a page pays to use @editops/auto, measured the way a bundler
// ships it. esbuild bundles the `browser` entry (wasm only, no Node built-ins) minified, as an ES
// module; the wasm modules ship beside it, and a page downloads one of them: `wasm` is
// `@editops/wasm/editops-simd128.wasm`, which every current browser loads, and `wasmScalar` is
// `editops.wasm`, the fallback for engines without simd128. Each is measured raw, gzipped
// (level 9) and brotli-compressed (quality 11), the encodings a CDN serves; the total is the JS
// plus the simd128 module.
//
//   node src/bundle-size.mjs          the markdown section
//   node src/bundle-size.mjs --json   the numbers
//
// `measureBundleSize()` returns { json, markdown } for the benchmark report; the budget in
// ../bundle-budget.json is enforced by bundle-size.test.mjs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const benchmarksDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(benchmarksDir, 'package.json'));
export const budgetPath = join(benchmarksDir, 'bundle-budget.json');

/** What a page imports: the whole API, so nothing is left out by tree shaking. */
const entry = "export * from '@editops/auto';";

function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
  };
}

/** Bundles and measures; resolves to { js, wasm, total } with { raw, gzip, brotli } bytes each. */
export async function bundleSizes() {
  const result = await build({
    stdin: { contents: entry, resolveDir: benchmarksDir, sourcefile: 'page.mjs', loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const js = Buffer.from(result.outputFiles[0].contents);
  const text = js.toString('utf8');
  // The browser entry must not drag in the native loader or Node built-ins.
  for (const forbidden of ['editops.node', 'node:fs', 'native-linux']) {
    if (text.includes(forbidden)) throw new Error(`the browser bundle contains "${forbidden}"`);
  }
  const wasm = readFileSync(require.resolve('@editops/wasm/editops-simd128.wasm'));
  const wasmScalar = readFileSync(require.resolve('@editops/wasm/editops.wasm'));
  const measured = { js: sizes(js), wasm: sizes(wasm), wasmScalar: sizes(wasmScalar) };
  const total = Object.fromEntries(['raw', 'gzip', 'brotli'].map((k) => [k, measured.js[k] + measured.wasm[k]]));
  return { ...measured, total };
}

/** Every [part, encoding] over its budget, as readable lines (empty when within budget). */
export function overBudget(measured, budget) {
  const over = [];
  for (const [part, limits] of Object.entries(budget)) {
    if (part.startsWith('$')) continue;
    for (const [encoding, limit] of Object.entries(limits)) {
      const size = measured[part]?.[encoding];
      if (typeof size !== 'number') over.push(`${part}.${encoding}: not measured`);
      else if (size > limit) over.push(`${part}.${encoding}: ${size} bytes, over the budget of ${limit}`);
    }
  }
  return over;
}

export function readBudget() {
  return JSON.parse(readFileSync(budgetPath, 'utf8'));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** { json, markdown }: the numbers and a report section with a table and the budget's status. */
export async function measureBundleSize() {
  const measured = await bundleSizes();
  const budget = readBudget();
  const over = overBudget(measured, budget);
  const row = (label, part) => {
    const limit = budget[part] ?? {};
    const cell = (encoding) => `${kb(measured[part][encoding])}${limit[encoding] ? ` (budget ${kb(limit[encoding])})` : ''}`;
    return `| ${label} | ${cell('raw')} | ${cell('gzip')} | ${cell('brotli')} |`;
  };
  const markdown = [
    '## Browser bundle size',
    '',
    "`@editops/auto`'s browser entry (the whole API) bundled by esbuild, minified, plus the wasm module a",
    'page downloads: `editops-simd128.wasm` (every current browser), or `editops.wasm` where the engine has',
    'no simd128; the total counts the first. gzip level 9, brotli quality 11. The budget is in',
    '`benchmarks/bundle-budget.json`, enforced by `benchmarks/src/bundle-size.test.mjs`.',
    '',
    '| part | raw | gzip | brotli |',
    '| --- | --- | --- | --- |',
    row('JS (minified)', 'js'),
    row('wasm (simd128)', 'wasm'),
    row('wasm (scalar fallback)', 'wasmScalar'),
    row('**total**', 'total'),
    '',
    over.length === 0 ? 'Within budget.' : `**Over budget:** ${over.join('; ')}.`,
    '',
  ].join('\n');
  return { json: { ...measured, budget, withinBudget: over.length === 0 }, markdown };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { json, markdown } = await measureBundleSize();
  console.log(process.argv.includes('--json') ? JSON.stringify(json, null, 2) : markdown);
}
