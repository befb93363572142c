/**
 * The optional --cpp section: builds native-core/bench (the bare C++ core vs edlib) with CMake,
 * hands it the same long texts the JS workloads use, and collects its JSON lines.
 * Missing CMake or compiler: a note, no failure. edlib missing: the C++ bench says so itself.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from './datasets.mjs';

/**
 * The pairs editops_bench times, as data. `rss`: also one `editops` call in a process of its own
 * for the peak RSS (issue 9 asks for < 256 MB on the 100k pair). `maxRuns`: fewer timed runs
 * than the run's setting. `fullRunOnly`: why --quick leaves the pair out.
 */
const CPP_PAIRS = [
  { id: 'text-10k-similar' },
  // Unrelated texts: the bench's full-pass yardstick shows what `distance` costs over one plain pass.
  { id: 'text-10k-unrelated' },
  { id: 'text-100k-similar', rss: true },
  // edlib's path takes ~1.5 s a call here (the full-pass yardstick is skipped by the bench past
  // 10^10 cells): 3 timed runs after the warm-up call keep the pair under ~10 s.
  { id: 'text-1m-similar', rss: true, maxRuns: 3, fullRunOnly: 'quick run skips the 1M pair' },
];

/** editops_bench's timing flags: short in a quick run, about 1.5 s per measurement in a full one. */
const timingArgs = (quick, maxRuns = Infinity) => {
  const settings = quick ? { minMs: 100, maxRuns: 3 } : { minMs: 1500, maxRuns: 15 };
  return ['--min-ms', String(settings.minMs), '--max-runs', String(Math.min(settings.maxRuns, maxRuns))];
};

function writeSymbols(file, text) {
  const symbols = Uint32Array.from(Array.from(text), (c) => c.codePointAt(0));
  // Little-endian on every platform Node runs on; the C++ side reads bytes explicitly.
  writeFileSync(file, Buffer.from(symbols.buffer, symbols.byteOffset, symbols.byteLength));
}

/** Writes a dataset's pair as NAME A.u32 B.u32, the arguments editops_bench takes. */
function pairArgs(id, tmpDir) {
  const [[a, b]] = loadDataset(id).pairs;
  const fa = join(tmpDir, `${id}.a.u32`);
  const fb = join(tmpDir, `${id}.b.u32`);
  writeSymbols(fa, a);
  writeSymbols(fb, b);
  return [id, fa, fb];
}

const jsonLines = (stdout) =>
  stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));

/** The task name of the peak-RSS rows (rows that carry `rssMb`, and no timing of their own). */
export const RSS_TASK = 'editops peak RSS';

/** The --rss line as a table row: the peak goes in the note, the one call's time in `ms`. */
function rssRow(line, pairId, bench) {
  const base = { pair: pairId, library: 'editops', task: RSS_TASK };
  if (!line) return { ...base, status: 'failed', rssMb: null, note: `editops_bench --rss failed: ${bench.stderr.trim()}` };
  // A negative result is the core's status code: the call gave no script.
  const status = line.result < 0 ? 'too-large' : line.status;
  // -1: the platform has no getrusage.
  const rssMb = line.rss_mb >= 0 ? line.rss_mb : null;
  const peak = rssMb === null ? 'peak RSS not available here' : `peak RSS ${rssMb.toFixed(1)} MB`;
  return { ...base, status, ms: line.ms, runs: 1, result: line.result, rssMb, note: `${peak} (one call in its own process, inputs included)` };
}

/** The pair name of editops_batch_bench's rows: misspelled words against the whole word list. */
export const BATCH_PAIR = 'misspellings x words';

/** Writes a list as the [length, ...symbols] uint32 records editops_batch_bench reads. */
function writeList(file, strings) {
  const records = strings.flatMap((s) => {
    const symbols = Array.from(s, (c) => c.codePointAt(0));
    return [symbols.length, ...symbols];
  });
  const u32 = Uint32Array.from(records);
  writeFileSync(file, Buffer.from(u32.buffer, u32.byteOffset, u32.byteLength));
}

/**
 * editops_batch_bench (issue 20's workload): distance_matrix and top-10 extract of the
 * misspellings-queries dataset (1,000 misspelled words; 100 in a quick run) against the word
 * list, Levenshtein, one thread, CPU time. Rows: library editops, tasks `matrix`, `extract10`,
 * `extract10-indexed` (the choices' index built once, not timed) and the lanes yardstick,
 * with nsPerPair.
 */
function batchRows(build, tmpDir, quick, log, notes) {
  const { queries, choices } = loadDataset('misspellings-queries');
  const used = quick ? queries.slice(0, 100) : queries;
  const [queriesFile, choicesFile] = [join(tmpDir, 'queries.list.u32'), join(tmpDir, 'choices.list.u32')];
  writeList(queriesFile, used);
  writeList(choicesFile, choices);
  log(`  running editops_batch_bench on ${used.length} queries x ${choices.length} choices`);
  const bench = spawnSync(join(build, 'editops_batch_bench'), [queriesFile, choicesFile, '--min-ms', quick ? '100' : '2000'], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const base = { pair: BATCH_PAIR, library: 'editops' };
  if (bench.status !== 0) {
    const note = `editops_batch_bench failed: ${(bench.stderr || `killed by ${bench.signal}`).trim()}`;
    return ['matrix', 'extract10', 'extract10-indexed'].map((task) => ({ ...base, task, status: 'failed', note }));
  }
  notes.push(
    `\`${BATCH_PAIR}\`: editops_batch_bench, ${used.length} misspelled words x ${choices.length} words, Levenshtein, one thread, ` +
      'CPU time, best of at least 3 runs; `matrix` is distance_matrix in calls of 100 rows, `extract10` a top-10 extract per query, `extract10-indexed` the same with the choices\' index (built once, untimed, as prepared choices build it). ' +
      'ms is the time of one run; the targets read ns a pair.',
  );
  return jsonLines(bench.stdout).map((line) => ({
    ...base,
    task: line.task,
    status: 'ok',
    ms: (line.ns_per_pair * used.length * choices.length) / 1e6,
    nsPerPair: line.ns_per_pair,
    note: `${line.ns_per_pair.toFixed(1)} ns a pair`,
  }));
}

/**
 * @param {{ repoRoot: string, tmpDir: string, quick: boolean, log: (line: string) => void }} args
 * @returns {{ status: 'ok' | 'unavailable' | 'failed' | 'wrong', note?: string, rows: any[], notes: string[],
 *             skipped: Array<{ pair: string, reason: string }> }}
 */
export function runCppBench({ repoRoot, tmpDir, quick, log }) {
  const source = join(repoRoot, 'native-core', 'bench');
  const build = join(source, 'build');
  const notes = [];
  const run = (cmd, args) => spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pairs = CPP_PAIRS.filter((p) => !(quick && p.fullRunOnly));
  const skipped = CPP_PAIRS.filter((p) => quick && p.fullRunOnly).map((p) => ({ pair: p.id, reason: p.fullRunOnly }));

  if (run('cmake', ['--version']).status !== 0) {
    return { status: 'unavailable', note: 'cmake is not installed; C++ section skipped', rows: [], notes, skipped };
  }
  log('  building native-core/bench with CMake');
  const configure = run('cmake', ['-S', source, '-B', build, '-DCMAKE_BUILD_TYPE=Release']);
  const compile = configure.status === 0 ? run('cmake', ['--build', build, '-j', '2']) : configure;
  if (compile.status !== 0) {
    const tail = `${compile.stdout}\n${compile.stderr}`.trim().split('\n').slice(-8).join('\n');
    return { status: 'unavailable', note: `the C++ bench did not build:\n${tail}`, rows: [], notes, skipped };
  }
  if (/edlib not found/.test(configure.stdout)) notes.push('edlib not found by CMake (apt-get install libedlib-dev)');

  mkdirSync(tmpDir, { recursive: true });
  const files = new Map(pairs.map((p) => [p.id, pairArgs(p.id, tmpDir)]));
  const bin = join(build, 'editops_bench');

  // One editops_bench call per distinct timing setting, so a slow pair can get fewer runs.
  const groups = new Map();
  for (const p of pairs) {
    const timing = timingArgs(quick, p.maxRuns);
    const key = timing.join(' ');
    if (!groups.has(key)) groups.set(key, { timing, ids: [] });
    groups.get(key).ids.push(p.id);
  }
  const rows = [];
  let worst = 0; // editops_bench's exit status: 0 ok, 1 edlib and the core disagree, 2 usage / I/O
  const failures = [];
  for (const [key, { timing, ids }] of groups) {
    log(`  running editops_bench ${key} on ${ids.join(', ')}`);
    const bench = run(bin, [...timing, ...ids.flatMap((id) => files.get(id))]);
    rows.push(...jsonLines(bench.stdout));
    for (const line of bench.stderr.split('\n').filter(Boolean)) notes.push(line.replace(/^note: /, ''));
    const status = bench.status ?? 2; // null: killed by a signal
    if (status === 2) failures.push(bench.stderr.trim() || `killed by ${bench.signal}`);
    worst = Math.max(worst, status);
  }

  rows.push(...batchRows(build, tmpDir, quick, log, notes));

  for (const p of pairs.filter((x) => x.rss)) {
    log(`  running editops_bench --rss editops on ${p.id}`);
    // Through a shell that forks it rather than exec'ing it: on Linux, a process forked straight
    // from Node keeps Node's peak RSS in its ru_maxrss across exec, so the figure would be this
    // process's heap (hundreds of MB in a full run), not the call's.
    const bench = run('sh', ['-c', '"$@"; exit $?', 'sh', bin, '--rss', 'editops', ...files.get(p.id)]);
    rows.push(rssRow(jsonLines(bench.stdout)[0], p.id, bench));
  }
  notes.push(
    '`editops peak RSS`: `editops_bench --rss editops`, one `editops` call in a fresh process; the peak resident set size ' +
      'of that process (getrusage), so it includes the inputs (4 bytes per code point) and the program itself.',
  );
  for (const p of pairs.filter((x) => x.maxRuns)) notes.push(`${p.id}: at most ${p.maxRuns} timed runs per measurement (edlib's path takes seconds there).`);
  for (const s of skipped) notes.push(`${s.pair}: not run (${s.reason}).`);

  let compiler = null;
  try {
    compiler = execFileSync('c++', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  } catch {
    // not essential
  }
  if (compiler) notes.push(`compiler: ${compiler}, CMake Release (-O3)`);
  if (worst === 2) {
    return { status: 'failed', note: `editops_bench failed: ${failures.join('; ')}`, rows, notes, skipped };
  }
  return { status: worst === 0 ? 'ok' : 'wrong', rows, notes, skipped };
}
