// Configures, builds and tests the C++ core twice: build/ (Release) and build-asan/ (Debug with
// AddressSanitizer, LeakSanitizer and UBSan; clang++ if installed, else g++). Runs CTest in both
// and exits non-zero if any step fails. `node scripts/ctest.mjs release` or `... asan` runs one.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const jobs = String(availableParallelism());

const has = (command) => {
  const probe = spawnSync(command, ['--version'], { stdio: 'ignore' });
  return !probe.error && probe.status === 0;
};

const builds = {
  release: { dir: 'build', cmakeArgs: ['-DCMAKE_BUILD_TYPE=Release'], env: {} },
  asan: {
    dir: 'build-asan',
    cmakeArgs: [
      '-DCMAKE_BUILD_TYPE=Debug',
      '-DEDITOPS_SANITIZE=ON',
      `-DCMAKE_CXX_COMPILER=${has('clang++') ? 'clang++' : 'g++'}`,
    ],
    env: {
      ASAN_OPTIONS: 'detect_leaks=1:abort_on_error=1:strict_string_checks=1',
      UBSAN_OPTIONS: 'print_stacktrace=1:halt_on_error=1',
    },
  },
};

const run = (command, args, env = {}) => {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const options = { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } };
  const result = spawnSync(command, args, options);
  if (result.error) console.error(`${command}: ${result.error.message}`);
  return result.status === 0;
};

const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!(name in builds)) {
    console.error(`unknown build "${name}"; expected one of: ${Object.keys(builds).join(', ')}`);
    process.exit(2);
  }
}

const failed = [];
for (const [name, build] of Object.entries(builds)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const ok =
    run('cmake', ['-S', '.', '-B', build.dir, ...build.cmakeArgs]) &&
    run('cmake', ['--build', build.dir, '--parallel', jobs]) &&
    run('ctest', ['--test-dir', build.dir, '--output-on-failure', '--parallel', jobs], build.env);
  if (!ok) failed.push(name);
}

if (failed.length > 0) {
  console.error(`\nnative-core: failed build(s): ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\nnative-core: all builds passed');
