/**
 * linux-arm64-gnu, on an x64 machine: npm installs @editops/auto for arm64 (`--cpu=arm64`, so it
 * picks @editops/native-linux-arm64-gnu, which `pnpm build` cross-compiled), and Debian's arm64
 * Node runs it under qemu-aarch64-static. The conformance cases and a seeded set of pairs and
 * batch calls must give the same answers as the x64 addon installed from the same registry.
 */
import { deepStrictEqual } from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { bundle } from '../bundle.mjs';
import { check, step } from '../harness.mjs';
import { repoRoot } from '../packages.mjs';
import { run, tail } from '../proc.mjs';
import { checkInstalledMatchPacked, createProject, fixtures, installedEditops, kittenSitting, npmInstall } from '../projects.mjs';

const qemu = 'qemu-aarch64-static';
/** Unpacked by scripts/arm64-node-sysroot.sh (which scripts/quickstart.sh runs). */
export const arm64Root = join(repoRoot, '.cache', 'arm64-node', 'root');
const arm64Node = join(arm64Root, 'usr', 'bin', 'node');
const arm64Packages = ['@editops/auto', '@editops/core', '@editops/native', '@editops/native-linux-arm64-gnu', '@editops/wasm'];

/** Runs `node file` on Debian's arm64 Node under qemu; resolves to its last stdout line as JSON. */
async function arm64Json(ctx, dir, file, env = {}) {
  check(existsSync(arm64Node), `${arm64Node} is missing: run bash scripts/arm64-node-sysroot.sh (scripts/quickstart.sh does)`);
  const result = await run(qemu, ['-L', arm64Root, arm64Node, file], { cwd: dir, env: { ...ctx.env, ...env }, timeoutMs: 180_000 }).catch((error) => {
    if (/ENOENT|could not start/.test(error.message)) throw new Error(`${qemu} is missing: apt-get install qemu-user-static (scripts/quickstart.sh does)`);
    throw error;
  });
  const line = result.stdout.trim().split('\n').at(-1);
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`arm64 node ${file} printed no JSON:\n${tail(result)}`);
  }
}

/** Two probe runs gave the same answer, one by one. */
function sameAnswers(x, y, xName, yName) {
  const differing = x.answers.findIndex((answer, i) => JSON.stringify(answer) !== JSON.stringify(y.answers[i]));
  check(x.answers.length === y.answers.length && differing === -1, () => `answer ${differing} differs: ${xName} ${JSON.stringify(x.answers[differing])}, ${yName} ${JSON.stringify(y.answers[differing])}`);
}

/** The ELF machine of a shared object: 183 is AArch64, 62 is x86-64. */
async function elfMachine(path) {
  const file = await open(path);
  try {
    const { buffer } = await file.read(Buffer.alloc(20), 0, 20, 0);
    check(buffer.toString('latin1', 1, 4) === 'ELF', `${path} is not an ELF file`);
    return buffer.readUInt16LE(18);
  } finally {
    await file.close();
  }
}

export function registerArm64Scenarios(h, ctx, { x64Project }) {
  const project = step('npm install --cpu=arm64 @editops/auto', async () => {
    await ctx.needsPublished();
    check(ctx.published.has('@editops/native-linux-arm64-gnu'), '@editops/native-linux-arm64-gnu was not published');
    const dir = await createProject(ctx, 'linux-arm64');
    await npmInstall(ctx, dir, ['--os=linux', '--cpu=arm64', '--libc=glibc', '@editops/auto']);
    await bundle(join(fixtures, 'conformance-probe.mjs'), join(dir, 'conformance-probe.mjs'));
    return dir;
  });
  ctx.prefetch.push(project);

  h.test('linux-arm64-gnu: npm --cpu=arm64 installs the arm64 package; Debian arm64 Node under qemu loads native (require and import)', async () => {
    const dir = await project();
    const installed = await installedEditops(dir);
    deepStrictEqual(installed, arm64Packages, 'the @editops packages npm installed for arm64');
    await checkInstalledMatchPacked(ctx, dir, installed);
    const addon = join(dir, 'node_modules', '@editops', 'native-linux-arm64-gnu', 'editops.node');
    check((await elfMachine(addon)) === 183, `${addon} is not an AArch64 binary`);
    for (const file of ['probe.cjs', 'probe.mjs']) {
      const out = await arm64Json(ctx, dir, file);
      check(out.backend === 'native', () => `arm64 ${file}: backend().name is ${out.backend}; skipped: ${JSON.stringify(out.skipped)}`);
      check(out.distance === 3, `arm64 ${file}: distance('kitten', 'sitting') is ${out.distance}`);
      deepStrictEqual(out.editops, kittenSitting, `arm64 ${file}: editops('kitten', 'sitting').toArray()`);
    }
  });

  h.test('linux-arm64-gnu under qemu: the conformance cases pass and every answer equals the x64 addon\'s', async () => {
    const [dir, x64Dir] = await Promise.all([project(), x64Project()]);
    const arm64 = await arm64Json(ctx, dir, 'conformance-probe.mjs');
    console.log(`     ${arm64.cases} cases + ${arm64.answers.length - arm64.cases} generated answers on arm64 ${arm64.node} in ${arm64.ms} ms under qemu`);
    check(arm64.arch === 'arm64' && arm64.backend === 'native', () => `ran on ${arm64.arch} with ${arm64.backend}; skipped: ${JSON.stringify(arm64.skipped)}`);
    check(arm64.simdPath === 'neon', () => `the arm64 addon's multi-pattern lanes run ${arm64.simdPath}, not neon`);
    check(arm64.mismatches.length === 0, () => `arm64 disagrees with the conformance cases:\n${arm64.mismatches.join('\n')}`);

    await bundle(join(fixtures, 'conformance-probe.mjs'), join(x64Dir, 'conformance-probe.mjs'));
    const x64Result = await run(process.execPath, ['conformance-probe.mjs'], { cwd: x64Dir, env: ctx.env, timeoutMs: 60_000 });
    const x64 = JSON.parse(x64Result.stdout.trim().split('\n').at(-1));
    check(x64.arch === 'x64' && x64.backend === 'native' && x64.mismatches.length === 0, () => `the x64 run itself failed: ${JSON.stringify({ ...x64, answers: undefined })}`);
    sameAnswers(arm64, x64, 'arm64', 'x64');
  });

  // issue 20: each SIMD path of the multi-pattern lanes, forced, gives the same answers. NEON runs
  // on arm64 only, so it is forced here; scalar beside it (x64's paths: the conformance suite).
  h.test('linux-arm64-gnu under qemu: EDITOPS_SIMD=neon and =scalar each run their path and give the x64 answers', async () => {
    const [dir, x64Dir] = await Promise.all([project(), x64Project()]);
    await bundle(join(fixtures, 'conformance-probe.mjs'), join(x64Dir, 'conformance-probe.mjs'));
    const x64 = JSON.parse((await run(process.execPath, ['conformance-probe.mjs'], { cwd: x64Dir, env: ctx.env, timeoutMs: 60_000 })).stdout.trim().split('\n').at(-1));
    for (const path of ['neon', 'scalar']) {
      const arm64 = await arm64Json(ctx, dir, 'conformance-probe.mjs', { EDITOPS_SIMD: path });
      check(arm64.simdPath === path, () => `EDITOPS_SIMD=${path} on arm64, but backend().simdPath is ${arm64.simdPath}`);
      check(arm64.mismatches.length === 0, () => `arm64 ${path} disagrees with the conformance cases:\n${arm64.mismatches.join('\n')}`);
      sameAnswers(arm64, x64, `arm64 ${path}`, 'x64');
    }
  });
}
