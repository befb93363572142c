/**
 * A TypeScript consumer type-checks against the published declarations, with module nodenext
 * (as .mts and .cts, then run by Node) and with moduleResolution bundler; and a file with
 * deliberate type errors must fail, so the check can fail.
 */
import { deepStrictEqual } from 'node:assert/strict';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { check, step } from '../harness.mjs';
import { run } from '../proc.mjs';
import { createProject, fixtures, kittenSitting, npmInstall } from '../projects.mjs';

export const typescriptVersion = '5.9.3';

const strict = { target: 'es2022', strict: true, skipLibCheck: false, types: [], noEmitOnError: true };

const tsconfigs = {
  // Node's own resolution, ESM (.mts) and CJS (.cts) side by side; emitted and then run.
  'tsconfig.nodenext.json': {
    compilerOptions: { ...strict, module: 'nodenext', moduleResolution: 'nodenext', rootDir: 'src', outDir: 'out' },
    files: ['src/consumer.mts', 'src/consumer.cts'],
  },
  // What Vite, esbuild and webpack users configure.
  'tsconfig.bundler.json': {
    compilerOptions: { ...strict, module: 'esnext', moduleResolution: 'bundler', noEmit: true },
    files: ['src/consumer.ts'],
  },
  'tsconfig.bad.json': {
    compilerOptions: { ...strict, module: 'esnext', moduleResolution: 'bundler', noEmit: true },
    files: ['src/bad.ts'],
  },
};

export function registerTypeScriptScenarios(h, ctx) {
  const project = step(`npm install typescript@${typescriptVersion} @editops/auto`, async () => {
    await ctx.needsPublished();
    const dir = await createProject(ctx, 'typescript');
    await npmInstall(ctx, dir, ['--save-exact', `typescript@${typescriptVersion}`, '@editops/auto']);
    await mkdir(join(dir, 'src'));
    for (const ext of ['mts', 'cts', 'ts']) await copyFile(join(fixtures, 'ts', 'consumer.ts'), join(dir, 'src', `consumer.${ext}`));
    await copyFile(join(fixtures, 'ts', 'bad.ts'), join(dir, 'src', 'bad.ts'));
    for (const [file, config] of Object.entries(tsconfigs)) await writeFile(join(dir, file), `${JSON.stringify(config, null, 2)}\n`);
    return dir;
  });
  ctx.prefetch.push(project);

  const tsc = async (dir, config, allowFailure = false) =>
    run(process.execPath, [join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config, '--pretty', 'false'], {
      cwd: dir,
      env: ctx.env,
      timeoutMs: 120_000,
      allowFailure,
    });

  h.test('TypeScript (module nodenext): .mts and .cts consumers type-check, compile and run', async () => {
    const dir = await project();
    await tsc(dir, 'tsconfig.nodenext.json');
    for (const file of ['out/consumer.mjs', 'out/consumer.cjs']) {
      const { stdout } = await run(process.execPath, [file], { cwd: dir, env: ctx.env, timeoutMs: 30_000 });
      const out = JSON.parse(stdout.trim().split('\n').at(-1));
      check(out.backend === 'native' && out.distance === 3 && out.applied === 'sitting', `${file} printed ${stdout.trim()}`);
      deepStrictEqual(out.editops, kittenSitting, `${file}: editops`);
    }
  });

  h.test('TypeScript (moduleResolution bundler): consumer type-checks', async () => {
    const dir = await project();
    await tsc(dir, 'tsconfig.bundler.json');
  });

  h.test('TypeScript: deliberate type errors (distance(1, 2), editops() with a cutoff used as non-null) are reported', async () => {
    const dir = await project();
    const result = await tsc(dir, 'tsconfig.bad.json', true);
    const output = result.stdout + result.stderr;
    check(result.code !== 0, () => `tsc accepted src/bad.ts:\n${output}`);
    const errors = output.split('\n').filter((line) => /error TS\d+/.test(line));
    const codes = errors.map((line) => `${line.match(/^[^(]+/)?.[0]} ${line.match(/TS\d+/)[0]}`).sort();
    deepStrictEqual(codes, ['src/bad.ts TS2345', 'src/bad.ts TS2531'], `tsc errors:\n${output}`);
  });
}
