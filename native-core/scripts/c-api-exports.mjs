// The names of the C API's entry points: every function declared EO_API in
// include/editops/c_api.h. The wasm build exports exactly these (plus malloc and free), and
// packages/conformance's bridge-contract test compares them with what the TypeScript side calls.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const cApiHeader = join(dirname(fileURLToPath(import.meta.url)), '..', 'include', 'editops', 'c_api.h');

export function cApiExports(header = readFileSync(cApiHeader, 'utf8')) {
  // `EO_API <return type> <name>(`, the declaration form the header uses for every entry point.
  return [...header.matchAll(/^EO_API\s+[^;(]*?\b(eo_\w+)\s*\(/gm)].map((match) => match[1]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(cApiExports().join('\n'));
