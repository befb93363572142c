// Writes an ES module entry next to a CommonJS build: `export * from './index.js'`, and its type
// declarations (index.d.mts): without them, TypeScript reads index.d.ts as CommonJS types for the
// ESM entry ("masquerading as CJS"), which publint and arethetypeswrong report.
//
// Why a re-export instead of a second ESM build: a second build would load a second copy of the
// module, so ESM and CJS users in one process would get two wasm instances (the dual-package
// hazard). Re-exporting keeps one instance; Node's CJS named-export detection finds the
// `exports.name = ...` assignments that tsc emits.
import { writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const [cjsEntry] = process.argv.slice(2);
if (!cjsEntry) {
  console.error('usage: write-esm-entry.mjs <dist/index.js>');
  process.exit(2);
}
const esmEntry = join(dirname(cjsEntry), basename(cjsEntry, '.js') + '.mjs');
writeFileSync(esmEntry, `export * from './${basename(cjsEntry)}';\n`);
writeFileSync(join(dirname(cjsEntry), basename(cjsEntry, '.js') + '.d.mts'), `export * from './${basename(cjsEntry)}';\n`);
