// Builds and runs the differential libFuzzer targets in fuzz/ (see fuzz/README.md) with plain
// clang++ invocations: src/*.cpp and reference/*.cpp are compiled once with ASan + UBSan (src/ and
// fuzz/ also with libFuzzer's coverage instrumentation), then linked with each fuzz/fuzz_<name>.cpp.
// No CMake involved. Objects live in build-fuzz/ and are rebuilt when a source, any header or the
// flags change.
//
//   node scripts/fuzz.mjs                      every target for 20 s (the CI setting)
//   node scripts/fuzz.mjs --seconds 600        a long run
//   node scripts/fuzz.mjs --target damerau     one target (repeatable)
//   node scripts/fuzz.mjs --jobs 1             targets run two at a time by default
//   node scripts/fuzz.mjs --build-only
//   node scripts/fuzz.mjs --minimize damerau build-fuzz/artifacts/damerau/crash-...
//
// Each run starts by replaying the committed corpus (fuzz/corpus/<name>/, seeds and regression
// cases), then mutates. New inputs go to build-fuzz/corpus/<name>/, never to the committed corpus.
// Exits non-zero if a build fails or any target crashes, printing the reproducer path and the
// command that replays it.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build-fuzz');
const fuzzDir = join(root, 'fuzz');

// The naive oracles are O(n * m) with a full int64 matrix, and each input runs some twenty core
// calls. Inputs up to 640 bytes decode to sequences of at most 255 symbols each (plus up to 16
// inserted), which keeps that fast while still reaching the multi-word (> 64 and > 128 symbol)
// paths of the bit-parallel metrics. Damerau and weighted Levenshtein are plain O(n * m) DPs in
// the core too, with no word boundaries to reach, so they get shorter inputs and more runs.
const MAX_LEN = 640;
const MAX_LEN_OF = { damerau: 256, weighted: 320 };

function parseArgs(argv) {
  const args = { seconds: 20, targets: [], jobs: Math.max(1, Math.min(2, availableParallelism())), buildOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--seconds') args.seconds = Number(value());
    else if (arg === '--target') args.targets.push(value());
    else if (arg === '--jobs') args.jobs = Number(value());
    else if (arg === '--build-only') args.buildOnly = true;
    else if (arg === '--minimize') args.minimize = { target: value(), input: value() };
    else if (arg === '--help' || arg === '-h') usage();
    else usage(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(args.seconds) || args.seconds < 1) usage('--seconds must be a positive integer');
  if (!Number.isInteger(args.jobs) || args.jobs < 1) usage('--jobs must be a positive integer');
  return args;
}

function usage(problem) {
  if (problem) console.error(`fuzz.mjs: ${problem}`);
  console.error('usage: node scripts/fuzz.mjs [--seconds N] [--target NAME]... [--jobs N] [--build-only]\n' +
    '       node scripts/fuzz.mjs --minimize TARGET CRASH_FILE');
  process.exit(2);
}

const args = parseArgs(process.argv.slice(2));

const compiler = ['clang++-14', 'clang++'].find((c) => {
  const probe = spawnSync(c, ['--version'], { stdio: 'ignore' });
  return !probe.error && probe.status === 0;
});
if (!compiler) {
  console.error('fuzz.mjs: clang++ not found (Debian: apt-get install clang; libFuzzer ships with it)');
  process.exit(1);
}

const sanitize = ['-fsanitize=address,undefined', '-fno-sanitize-recover=all', '-fno-omit-frame-pointer'];
const base = ['-std=c++17', '-g', '-O2', '-D_GLIBCXX_ASSERTIONS', '-Wall', '-Wextra', ...sanitize,
  `-I${join(root, 'include')}`, `-I${join(root, 'reference')}`];
// Edge coverage only: the core has no magic values for trace-cmp to find, and tracing every
// comparison in the DP loops costs three quarters of the run time.
const coverage = ['-fsanitize=fuzzer-no-link', '-fno-sanitize-coverage=trace-cmp'];
const groups = [
  // The core as the bindings build it (no exceptions), instrumented for coverage.
  // Its folders are list-sources.mjs's, so a metric that uses the fuzzy scores links here too.
  ...['src', 'src/fuzzy', 'src/search'].map((dir) => ({ dir, flags: [...base, ...coverage, '-fno-exceptions'] })),
  // The oracle: sanitized, but its branches are not coverage we want libFuzzer to chase.
  { dir: 'reference', flags: base },
  { dir: 'fuzz', flags: [...base, ...coverage, '-Werror'] },
];
const linkFlags = ['-fsanitize=fuzzer,address,undefined'];

const cppFiles = (dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.cpp')).sort();
const targets = cppFiles('fuzz').filter((f) => f.startsWith('fuzz_')).map((f) => f.slice('fuzz_'.length, -'.cpp'.length));

// Any header change rebuilds everything; cheap enough, and never stale.
const headerHash = (() => {
  const hash = createHash('sha256');
  for (const dir of ['include/editops', 'src', 'src/fuzzy', 'src/search', 'reference', 'fuzz']) {
    for (const f of readdirSync(join(root, dir)).filter((name) => name.endsWith('.hpp')).sort()) {
      hash.update(f).update(readFileSync(join(root, dir, f)));
    }
  }
  return hash.digest('hex');
})();

function run(command, argv, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, argv, { cwd: root, ...options });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('close', (code, signal) => resolve({ code: code ?? 128, signal, output }));
    child.on('error', (error) => resolve({ code: 127, output: String(error) }));
  });
}

async function pool(items, jobs, work) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, async () => {
    while (next < items.length) {
      const k = next++;
      results[k] = await work(items[k]);
    }
  }));
  return results;
}

async function build() {
  mkdirSync(join(out, 'obj'), { recursive: true });
  const units = groups.flatMap(({ dir, flags }) => cppFiles(dir).map((file) => ({ dir, file, flags })));
  const compileJobs = Math.max(1, availableParallelism());
  let compiled = 0;
  const failures = (await pool(units, compileJobs, async ({ dir, file, flags }) => {
    const source = join(root, dir, file);
    const object = join(out, 'obj', `${dir.replaceAll('/', '-')}-${file}.o`);
    const stamp = `${object}.hash`;
    const key = createHash('sha256').update(compiler).update(flags.join(' ')).update(headerHash)
      .update(readFileSync(source)).digest('hex');
    if (existsSync(object) && existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return null;
    const result = await run(compiler, [...flags, '-c', source, '-o', object]);
    if (result.code !== 0) return `${dir}/${file}:\n${result.output}`;
    writeFileSync(stamp, key);
    compiled++;
    return null;
  })).filter(Boolean);
  if (failures.length > 0) {
    console.error(failures.join('\n'));
    return false;
  }
  const shared = units.filter(({ dir, file }) => !(dir === 'fuzz' && file.startsWith('fuzz_')))
    .map(({ dir, file }) => join(out, 'obj', `${dir.replaceAll('/', '-')}-${file}.o`));
  const linked = await pool(targets, compileJobs, async (name) => {
    const result = await run(compiler, [...linkFlags, join(out, 'obj', `fuzz-fuzz_${name}.cpp.o`), ...shared, '-o', join(out, `fuzz_${name}`)]);
    if (result.code !== 0) console.error(`link fuzz_${name}:\n${result.output}`);
    return result.code === 0;
  });
  console.log(`fuzz: built ${targets.length} targets with ${compiler} (${compiled} of ${units.length} objects recompiled)`);
  return linked.every(Boolean);
}

const env = {
  ...process.env,
  ASAN_OPTIONS: 'abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1',
  UBSAN_OPTIONS: 'print_stacktrace=1:halt_on_error=1',
};

// The lines worth keeping from a libFuzzer log: the last status line and the final stats.
function summarize(log) {
  const status = log.split('\n').filter((l) => /^#\d+\s+(DONE|pulse|NEW|REDUCE|INITED|RELOAD)\b/.test(l) && l.includes('cov:')).pop() ?? '';
  const stat = (name) => log.match(new RegExp(`stat::${name}:\\s+(\\d+)`))?.[1];
  const field = (name) => status.match(new RegExp(`${name}: (\\S+)`))?.[1];
  return { status: status.trim(), runs: stat('number_of_executed_units'), execPerSec: stat('average_exec_per_sec'),
    cov: field('cov'), ft: field('ft'), corp: field('corp'), peakRssMb: stat('peak_rss_mb') };
}

async function fuzz(name) {
  const seeds = join(fuzzDir, 'corpus', name);
  const work = join(out, 'corpus', name);
  const artifacts = join(out, 'artifacts', name);
  for (const dir of [seeds, work, artifacts, join(out, 'logs')]) mkdirSync(dir, { recursive: true });
  const flags = [`-max_total_time=${args.seconds}`, `-max_len=${MAX_LEN_OF[name] ?? MAX_LEN}`, '-timeout=20', '-rss_limit_mb=2560',
    '-print_final_stats=1', `-artifact_prefix=${artifacts}/`, work, seeds];
  const result = await run(join(out, `fuzz_${name}`), flags, { env });
  const logPath = join(out, 'logs', `${name}.log`);
  writeFileSync(logPath, result.output);
  const crash = result.output.match(/Test unit written to (\S+)/)?.[1];
  return { name, ok: result.code === 0 && !crash, code: result.code, crash, logPath, ...summarize(result.output), output: result.output };
}

async function minimize({ target, input }) {
  const binary = join(out, `fuzz_${target}`);
  const minimized = `${input}.min`;
  console.log(`fuzz: minimizing ${input} with ${relative(process.cwd(), binary)} (60 s)`);
  const result = await run(binary, ['-minimize_crash=1', '-max_total_time=60', `-exact_artifact_path=${minimized}`, input], { env });
  writeFileSync(join(out, 'logs', `minimize-${target}.log`), result.output);
  if (!existsSync(minimized)) {
    console.error(result.output.split('\n').slice(-30).join('\n'));
    console.error('fuzz: minimization produced no output (does the input still crash?)');
    process.exit(1);
  }
  const replay = await run(binary, [minimized], { env: { ...env, EDITOPS_FUZZ_PRINT: '1' } });
  console.log(replay.output.split('\n').filter((l) => !/^(INFO:|NOTE:|\s+#\d+ 0x|\s+Combine)/.test(l)).join('\n').trim());
  console.log(`fuzz: minimized reproducer (${readFileSync(minimized).length} bytes): ${minimized}\n` +
    `      add it as a regression case: cp ${minimized} ${join(relative(process.cwd(), fuzzDir), 'corpus', target)}/regress-<what>`);
}

if (!(await build())) {
  console.error('fuzz: build failed');
  process.exit(1);
}
if (args.buildOnly) process.exit(0);
if (args.minimize) {
  await minimize(args.minimize);
  process.exit(0);
}

const wanted = args.targets.length > 0 ? args.targets : targets;
for (const name of wanted) {
  if (!targets.includes(name)) usage(`unknown target ${name}; expected one of ${targets.join(', ')}`);
}
console.log(`fuzz: ${wanted.length} targets x ${args.seconds} s, ${args.jobs} at a time, -max_len=${MAX_LEN} (damerau ${MAX_LEN_OF.damerau}, weighted ${MAX_LEN_OF.weighted})`);
const results = await pool(wanted, args.jobs, async (name) => {
  const r = await fuzz(name);
  console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${name.padEnd(12)} ${r.status}`);
  return r;
});

console.log('\ntarget        runs        exec/s   cov    ft      corpus   peak RSS');
for (const r of results) {
  console.log(`${r.name.padEnd(13)} ${String(r.runs ?? '?').padEnd(11)} ${String(r.execPerSec ?? '?').padEnd(8)} ` +
    `${String(r.cov ?? '?').padEnd(6)} ${String(r.ft ?? '?').padEnd(7)} ${String(r.corp ?? '?').padEnd(8)} ${r.peakRssMb ?? '?'} MB`);
}
const failed = results.filter((r) => !r.ok);
for (const r of failed) {
  const detail = r.output.split('\n').filter((l) => /mismatch|ERROR|SUMMARY|want|core |oracle|^ {2}[ab] |metric/.test(l)).slice(0, 20).join('\n');
  console.error(`\nfuzz_${r.name} failed (exit ${r.code}); full log: ${relative(process.cwd(), r.logPath)}\n${detail}`);
  if (r.crash) {
    console.error(`reproducer: ${r.crash}\n  replay:   ${relative(process.cwd(), join(out, `fuzz_${r.name}`))} ${r.crash}\n` +
      `  minimize: node ${relative(process.cwd(), fileURLToPath(import.meta.url))} --minimize ${r.name} ${r.crash}`);
  }
}
if (failed.length > 0) process.exit(1);
console.log(`\nfuzz: all ${results.length} targets ran ${args.seconds} s without a crash`);
