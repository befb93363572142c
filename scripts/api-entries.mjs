// Writes the export block of every entry file from the one list of API functions
// (packages/core/src/api-functions.ts), so the entries cannot drift from it or from each other.
// Each entry marks its block:
//   // <api-functions export="export const NAME: EditopsApi['NAME'] = api.NAME;">
//   ...generated lines...
//   // </api-functions>
// `export` is the line per function (NAME is replaced); `docs` after it adds each function's
// one-line TSDoc. `--check` changes nothing and exits 1 when a block is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const entryFiles = [
  'packages/native/src/index.ts',
  'packages/wasm/src/index.ts',
  'packages/wasm/src/browser.ts',
  'packages/auto/src/index.ts',
  'packages/auto/src/browser.ts',
];

/** [name, summary] of every API function, in the list's order. */
export function apiFunctions() {
  const source = readFileSync(join(root, 'packages/core/src/api-functions.ts'), 'utf8');
  const body = source.slice(source.indexOf('API_FUNCTIONS = {'), source.indexOf('} as const'));
  // `name: 'summary',` or `name: "summary",` (for a summary with an apostrophe).
  return [...body.matchAll(/^ {2}(\w+): (?:'([^']*)'|"([^"]*)"),$/gm)].map(([, name, single, double]) => [name, single ?? double]);
}

const block = /^( *)\/\/ <api-functions export="([^"]+)"( docs)?>\n[\s\S]*?^\1\/\/ <\/api-functions>$/m;

export function generated(text, functions = apiFunctions()) {
  const match = block.exec(text);
  if (!match) return undefined;
  const [whole, indent, template, docs] = match;
  const lines = functions.flatMap(([name, summary]) => [
    ...(docs ? [`${indent}/** ${summary} See {@link EditopsApi.${name}}. */`] : []),
    indent + template.replaceAll('NAME', name),
  ]);
  const opening = whole.slice(0, whole.indexOf('\n'));
  return text.replace(whole, [opening, ...lines, `${indent}// </api-functions>`].join('\n'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const file of entryFiles) {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    const next = generated(text);
    if (next === undefined) throw new Error(`api-entries: ${file} has no // <api-functions ...> block`);
    if (next === text) continue;
    stale.push(relative(root, path));
    if (!check) writeFileSync(path, next);
  }
  if (check && stale.length > 0) {
    console.error(`api-entries: out of date: ${stale.join(', ')}; run node scripts/api-entries.mjs`);
    process.exit(1);
  }
  console.log(check ? 'api-entries: up to date' : `api-entries: wrote ${stale.length} file(s)`);
}
