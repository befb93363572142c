// The platform list is the only place a platform is named: every generated file must match it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageDir, packageName, platforms, releaseMatrix, repoRoot, staleFiles } from '../../../scripts/platforms.mjs';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

describe('scripts/platforms.json', () => {
  it('every generated file is up to date (run `node scripts/platforms.mjs` after editing the list)', () => {
    expect(staleFiles()).toEqual([]);
  });

  it('--check fails and names the file when a generated file was edited by hand', () => {
    // A copy of just what the generator reads and writes, with one generated file edited.
    const copy = mkdtempSync(join(tmpdir(), 'editops-platforms-'));
    try {
      for (const path of ['LICENSE', 'scripts', '.changeset', 'e2e/package.json', 'packages/native/package.json', 'packages/native/src/prebuilt.generated.ts']) {
        cpSync(join(repoRoot, path), join(copy, path), { recursive: true });
      }
      const check = () => spawnSync(process.execPath, [join(copy, 'scripts', 'platforms.mjs'), '--check'], { encoding: 'utf8' });
      const loader = join(copy, 'packages', 'native', 'src', 'prebuilt.generated.ts');
      writeFileSync(loader, readFileSync(loader, 'utf8').replace("'linux-arm64-gnu'", "'linux-arm64'"));
      const edited = check();
      expect(edited.status).toBe(1);
      expect(edited.stderr).toContain('packages/native/src/prebuilt.generated.ts');
      // Writing brings it back (the platform package folders did not exist in the copy either).
      expect(spawnSync(process.execPath, [join(copy, 'scripts', 'platforms.mjs')]).status).toBe(0);
      expect(check().status).toBe(0);
      expect(readFileSync(loader, 'utf8')).toContain("'linux-arm64-gnu': () => require('@editops/native-linux-arm64-gnu'),");
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('keys are unique and are what the loader computes: <platform>-<arch>[-gnu|-musl]', () => {
    const keys = platforms.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of platforms) {
      const libc = p.os === 'linux' ? `-${{ glibc: 'gnu', musl: 'musl' }[p.libc]}` : '';
      expect(p.key).toBe(`${p.os}-${p.cpu}${libc}`);
      if (p.os !== 'linux') expect(p.libc).toBeUndefined();
    }
  });

  // The repository's manifests leave os/cpu/libc out, so that pnpm install does not warn about
  // every foreign platform; .pnpmfile.cjs writes them into the packed manifest (decisions.md).
  it('each package is packed with os, cpu and libc, ships only the addon, and versions with @editops/native', () => {
    const native = readJson(join(repoRoot, 'packages', 'native', 'package.json'));
    const { beforePacking } = createRequire(import.meta.url)(join(repoRoot, '.pnpmfile.cjs')).hooks;
    for (const p of platforms) {
      const manifest = readJson(join(packageDir(p.key), 'package.json'));
      expect(manifest.name).toBe(packageName(p.key));
      expect(manifest.version).toBe(native.version);
      expect([manifest.os, manifest.cpu, manifest.libc]).toEqual([undefined, undefined, undefined]);
      const packed = beforePacking(manifest);
      expect(packed.os).toEqual([p.os]);
      expect(packed.cpu).toEqual([p.cpu]);
      expect(packed.libc).toEqual(p.libc ? [p.libc] : undefined);
      expect(manifest.files).toEqual(['editops.node']);
      expect(manifest.private).toBeUndefined();
      expect(native.optionalDependencies[manifest.name]).toBe('workspace:*');
    }
    expect(Object.keys(native.optionalDependencies)).toHaveLength(platforms.length);
  });

  it('the changesets group versions every platform package with the others', () => {
    const { fixed } = readJson(join(repoRoot, '.changeset', 'config.json'));
    const group = fixed.find((g) => g.includes('@editops/native'));
    for (const p of platforms) expect(group).toContain(packageName(p.key));
  });

  it('only platforms built here or cross-compiled here are claimed as tested here', () => {
    const builtHere = platforms.filter((p) => p.build !== 'release').map((p) => p.key);
    expect(builtHere).toEqual(['linux-x64-gnu', 'linux-arm64-gnu']);
    for (const p of platforms.filter((p) => p.build === 'cross')) expect(platforms.some((q) => q.key === p.cross.from)).toBe(true);
    const matrix = releaseMatrix().include;
    expect(matrix.map((job) => job.key)).toEqual(platforms.map((p) => p.key));
    // The linux-x64-gnu release job cross-compiles linux-arm64-gnu too, so it needs the cross g++.
    expect(matrix.find((job) => job.key === 'linux-x64-gnu').crossApt).toBe('g++-aarch64-linux-gnu');
    expect(matrix.filter((job) => job.crossApt).map((job) => job.key)).toEqual(['linux-x64-gnu']);
  });
});
