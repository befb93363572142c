// Prints the absolute paths of the core's translation units, one per line. binding.gyp and the
// wasm build both ask this script, so a new file under src/ reaches every backend without edits.
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const srcDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const cppFilesIn = (dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.cpp'))
    .sort()
    .map((name) => join(dir, name));
// src/fuzzy holds the fuzzy scores and src/search approximate search (include/editops/search.hpp),
// each in a folder of its own: one concept per file, many files.
export const coreSources = [...cppFilesIn(srcDir), ...cppFilesIn(join(srcDir, 'fuzzy')), ...cppFilesIn(join(srcDir, 'search'))];
export const coreIncludeDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'include');

// `--relative` prints paths relative to the working directory: node-gyp turns absolute source
// paths into broken object-file paths.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const relativeOutput = process.argv.includes('--relative');
  console.log(coreSources.map((path) => (relativeOutput ? relative(process.cwd(), path) : path)).join('\n'));
}
