/**
 * Stand-ins, on the throwaway registry only, for the platform packages that only the release
 * workflow builds (macOS, Windows, musl). On the real registry every platform package is published
 * together, and some clients need all of them to exist: npm and pnpm skip a missing optional
 * dependency, but Deno refuses to resolve a package whose optional dependency is missing. A
 * stand-in has the real package's name, version, os, cpu and libc and no binary, so a client on
 * this machine must skip it by platform, exactly as it skips the real one; the install scenarios
 * check that no stand-in is ever installed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// The workspace manifests leave os/cpu/libc out (pnpm would warn on install); the pack hook that
// gives the real packages theirs gives the stand-ins the same.
const { beforePacking } = createRequire(import.meta.url)('../../.pnpmfile.cjs').hooks;

/** Writes the stand-in folder for one workspace package manifest; resolves to its path. */
export async function writePlaceholder(root, workspaceManifest) {
  const manifest = beforePacking(workspaceManifest);
  const dir = join(root, 'placeholders', manifest.name.replace('/', '__'));
  await mkdir(dir, { recursive: true });
  const { name, version, description, license, os, cpu, libc, engines } = manifest;
  const placeholder = {
    name,
    version,
    description: `e2e stand-in for ${name}, which only the release workflow builds. ${description}`,
    license,
    os,
    cpu,
    ...(libc ? { libc } : {}),
    files: ['README.md'],
    engines,
  };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(placeholder, null, 2)}\n`);
  await writeFile(join(dir, 'README.md'), `# ${name} (e2e stand-in)\n\nNo binary: published only to the e2e suite's throwaway registry.\n`);
  return dir;
}
