/**
 * Published commands: for every public package with a `bin` (today @editops/cli), `npm install`
 * it in a fresh project and run each command from node_modules/.bin with --version and --help.
 * Its third-party dependencies come from the npm registry, @editops/* from the local one.
 */
import { check, step } from '../harness.mjs';
import { join } from 'node:path';
import { run } from '../proc.mjs';
import { checkInstalledMatchPacked, createProject, installedEditops, npmInstall } from '../projects.mjs';

function binNames(manifest) {
  if (typeof manifest.bin === 'string') return [manifest.name.split('/').pop()];
  return Object.keys(manifest.bin ?? {});
}

export function registerBinScenarios(h, ctx, packages) {
  for (const pkg of packages.filter((p) => binNames(p.manifest).length > 0)) {
    const project = step(`npm install ${pkg.name}`, async () => {
      await ctx.needsPublished();
      const dir = await createProject(ctx, `bin-${pkg.name.split('/').pop()}`);
      await npmInstall(ctx, dir, [pkg.name]);
      return dir;
    });
    ctx.prefetch.push(project);

    h.test(`npm install ${pkg.name}: ${binNames(pkg.manifest).join(', ')} on node_modules/.bin runs --version and --help`, async () => {
      check(ctx.published.has(pkg.name), `${pkg.name} was not published`);
      const dir = await project();
      await checkInstalledMatchPacked(ctx, dir, await installedEditops(dir));
      for (const name of binNames(pkg.manifest)) {
        const bin = join(dir, 'node_modules', '.bin', name);
        const version = await run(bin, ['--version'], { cwd: dir, env: ctx.env, timeoutMs: 30_000 });
        check(version.stdout.includes(pkg.version), `\`${name} --version\` printed ${JSON.stringify(version.stdout.trim())}, not ${pkg.version}`);
        const help = await run(bin, ['--help'], { cwd: dir, env: ctx.env, timeoutMs: 30_000 });
        check(help.stdout.trim().length > 0, `\`${name} --help\` printed nothing`);
      }
    });
  }
}
