// Checks that the host's built addon really holds the AVX2 build of the SIMD lanes
// (native-core/src/myers_lanes.cpp): objdump must find ymm registers in lanes_avx2 and none in
// lanes_baseline, which runs on CPUs without AVX2. A build that compiles the loop for the
// baseline only (as target_clones on the caller alone did) fails here. Only x86-64 hosts have an
// AVX2 build; elsewhere the script says so and passes. `pnpm --filter @editops/native-addon test`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildTargets } from './targets.mjs';

const fail = (message) => {
  console.error(`check-avx2: ${message}`);
  process.exit(1);
};

if (process.arch !== 'x64') {
  console.log(`check-avx2: ${process.arch} has no AVX2 build of the lanes; nothing to check`);
  process.exit(0);
}

const addon = buildTargets()[0].output;
if (!existsSync(addon)) fail(`${addon} is missing: build it first (pnpm --filter @editops/native-addon build)`);

// --demangle: match the functions by their C++ names. objdump comes with binutils, which every
// machine that builds the addon with g++ has.
const dump = spawnSync('objdump', ['-d', '--no-show-raw-insn', '--demangle', addon], {
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
if (dump.error || dump.status !== 0) fail(`objdump -d ${addon} failed: ${dump.error?.message ?? dump.stderr}`);

// ymm instructions per function, for the functions whose name contains `needle`.
const ymmIn = (needle) => {
  let current = null;
  let functions = 0;
  let ymm = 0;
  for (const line of dump.stdout.split('\n')) {
    const header = /^[0-9a-f]+ <(.*)>:$/.exec(line);
    if (header) {
      current = header[1].includes(needle) ? header[1] : null;
      if (current) functions += 1;
    } else if (current && line.includes('%ymm')) {
      ymm += 1;
    }
  }
  return { functions, ymm };
};

const avx2 = ymmIn('lanes_avx2(');
const baseline = ymmIn('lanes_baseline(');
if (avx2.functions === 0 || baseline.functions === 0) {
  fail(`${addon}: lanes_avx2 / lanes_baseline not found (${avx2.functions} / ${baseline.functions}); is it stripped?`);
}
if (avx2.ymm === 0) fail(`${addon}: lanes_avx2 holds no AVX2 (ymm) instruction: its loop was compiled for the baseline`);
if (baseline.ymm !== 0) fail(`${addon}: lanes_baseline holds ${baseline.ymm} ymm instructions: it would fault on CPUs without AVX2`);
console.log(`check-avx2: ${addon}: lanes_avx2 has ${avx2.ymm} ymm instructions, lanes_baseline none`);
