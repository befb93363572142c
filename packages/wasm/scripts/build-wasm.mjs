// Compiles the C++ core into two wasm modules with emscripten, each exporting its C API as it is
// (every EO_API function of native-core/include/editops/c_api.h; c-api-exports.mjs reads them):
//
//   wasm/editops.wasm          the scalar module, for every engine (the fallback)
//   wasm/editops-simd128.wasm  built with -msimd128: the core's multi-pattern lanes run on
//                              128-bit vectors (native-core/src/multi_lanes_dispatch.cpp). The
//                              loader picks it where WebAssembly.validate accepts a simd probe
//                              (src/wasm-modules.ts).
//
// BUILD_WASM_ONLY=scalar or =simd128 builds one of them (for quick rebuilds while working).
//
// We ask emscripten for a bare .wasm (STANDALONE_WASM, no entry) and instantiate it ourselves
// (src/instantiate.ts) instead of using its JS glue: the glue of Debian's emscripten 3.1.6 breaks
// in Node ESM (__dirname), and plain exported functions over linear memory are all we need.
import { spawn } from 'node:child_process';
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
const modules = [
  { name: 'scalar', file: 'editops.wasm', flags: [] },
  { name: 'simd128', file: 'editops-simd128.wasm', flags: ['-msimd128'] },
].filter(({ name }) => !process.env.BUILD_WASM_ONLY || process.env.BUILD_WASM_ONLY === name);

/** Builds one module; resolves to em++'s exit status. The two build side by side (two cores). */
function build({ file, flags }) {
  const args = [
    '-std=c++17',
    ...flags,
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
    join(outDir, file),
  ];
  return new Promise((resolve) => {
    const child = spawn('em++', args, { stdio: 'inherit', env });
    child.on('error', (error) => {
      console.error(`build-wasm: could not run em++ (${error.message}). Install emscripten: apt-get install emscripten`);
      resolve(1);
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const statuses = await Promise.all(modules.map(build));
const failed = statuses.find((status) => status !== 0);
if (failed !== undefined) process.exit(failed);
console.log(`build-wasm: ${readdirSync(outDir).join(', ')}`);
