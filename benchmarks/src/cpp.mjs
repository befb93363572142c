/**
 * The optional --cpp section: builds native-core/bench (the bare C++ core vs edlib) with CMake,
 * hands it the same long similar texts the JS workloads use, and collects its JSON lines.
 * Missing CMake or compiler: a note, no failure. edlib missing: the C++ bench says so itself.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from './datasets.mjs';

const CPP_DATASETS = ['text-10k-similar', 'text-100k-similar'];

function writeSymbols(file, text) {
  const symbols = Uint32Array.from(Array.from(text), (c) => c.codePointAt(0));
  // Little-endian on every platform Node runs on; the C++ side reads bytes explicitly.
  writeFileSync(file, Buffer.from(symbols.buffer, symbols.byteOffset, symbols.byteLength));
}

/**
 * @param {{ repoRoot: string, tmpDir: string, quick: boolean, log: (line: string) => void }} args
 * @returns {{ status: 'ok' | 'unavailable' | 'failed', note?: string, rows: any[], notes: string[] }}
 */
export function runCppBench({ repoRoot, tmpDir, quick, log }) {
  const source = join(repoRoot, 'native-core', 'bench');
  const build = join(source, 'build');
  const notes = [];
  const run = (cmd, args) => spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });

  if (run('cmake', ['--version']).status !== 0) {
    return { status: 'unavailable', note: 'cmake is not installed; C++ section skipped', rows: [], notes };
  }
  log('  building native-core/bench with CMake');
  const configure = run('cmake', ['-S', source, '-B', build, '-DCMAKE_BUILD_TYPE=Release']);
  const compile = configure.status === 0 ? run('cmake', ['--build', build, '-j', '2']) : configure;
  if (compile.status !== 0) {
    const tail = `${compile.stdout}\n${compile.stderr}`.trim().split('\n').slice(-8).join('\n');
    return { status: 'unavailable', note: `the C++ bench did not build:\n${tail}`, rows: [], notes };
  }
  if (/edlib not found/.test(configure.stdout)) notes.push('edlib not found by CMake (apt-get install libedlib-dev)');

  mkdirSync(tmpDir, { recursive: true });
  const args = quick ? ['--min-ms', '100', '--max-runs', '3'] : ['--min-ms', '1500', '--max-runs', '15'];
  for (const id of CPP_DATASETS) {
    const [[a, b]] = loadDataset(id).pairs;
    const fa = join(tmpDir, `${id}.a.u32`);
    const fb = join(tmpDir, `${id}.b.u32`);
    writeSymbols(fa, a);
    writeSymbols(fb, b);
    args.push(id, fa, fb);
  }
  log(`  running editops_bench on ${CPP_DATASETS.join(', ')}`);
  const bench = run(join(build, 'editops_bench'), args);
  const rows = bench.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
  for (const line of bench.stderr.split('\n').filter(Boolean)) notes.push(line.replace(/^note: /, ''));
  let compiler = null;
  try {
    compiler = execFileSync('c++', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  } catch {
    // not essential
  }
  if (compiler) notes.push(`compiler: ${compiler}, CMake Release (-O3)`);
  if (bench.status === 2 || bench.status === null) {
    return { status: 'failed', note: `editops_bench failed: ${bench.stderr.trim()}`, rows, notes };
  }
  return { status: bench.status === 0 ? 'ok' : 'wrong', rows, notes };
}
