// Compiles the C++ core into wasm/editops.wasm with emscripten, exporting its C API as it is:
// every EO_API function of native-core/include/editops/c_api.h (c-api-exports.mjs reads them).
//
// We ask emscripten for a bare .wasm (STANDALONE_WASM, no entry) and instantiate it ourselves
// (src/instantiate.ts) instead of using its JS glue: the glue of Debian's emscripten 3.1.6 breaks
// in Node ESM (__dirname), and plain exported functions over linear memory are all we need.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreIncludeDir, coreSources } from '../../../native-core/scripts/list-sources.mjs';
import { cApiExports } from '../../../native-core/scripts/c-api-exports.mjs';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(packageDir, 'wasm');
mkdirSync(outDir, { recursive: true });

// Debian's emscripten needs acorn from Debian's node-acorn package on NODE_PATH.
const env = { ...process.env };
const debianNodeModules = '/usr/share/nodejs';
if (existsSync(join(debianNodeModules, 'acorn'))) {
  env.NODE_PATH = [debianNodeModules, env.NODE_PATH].filter(Boolean).join(':');
}

const exported = ['malloc', 'free', ...cApiExports()];
const args = [
  '-std=c++17',
  '-O3',
  '-fno-exceptions',
  '-flto',
  `-I${coreIncludeDir}`,
  ...coreSources,
  '-sSTANDALONE_WASM=1',
  '--no-entry',
  '-sALLOW_MEMORY_GROWTH=1',
  '-sINITIAL_MEMORY=1MB',
  '-sTOTAL_STACK=256KB',
  '-sMAXIMUM_MEMORY=4GB',
  `-sEXPORTED_FUNCTIONS=${exported.map((name) => `_${name}`).join(',')}`,
  '-o',
  join(outDir, 'editops.wasm'),
];
const result = spawnSync('em++', args, { stdio: 'inherit', env });
if (result.error) {
  console.error(`build-wasm: could not run em++ (${result.error.message}). Install emscripten: apt-get install emscripten`);
  process.exit(1);
}
if (result.status !== 0) process.exit(result.status ?? 1);
console.log(`build-wasm: ${readdirSync(outDir).join(', ')}`);
