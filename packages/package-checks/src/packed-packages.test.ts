/**
 * The packages as users get them: packed with `pnpm pack` (run `pnpm build` first), each one
 * clean under publint and arethetypeswrong, with its metadata and working links, and with the
 * documentation showing on hover in a strict TypeScript project that installs the tarballs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Consumer } from './hover-docs';
import { CONSUMER, packAll, publishedPackages, ROOT, runBin, type PackedPackage } from './packed-packages';

const REPOSITORY = 'https://github.com/editops/editops';
const PLATFORMS = (
  JSON.parse(readFileSync(join(ROOT, 'scripts', 'platforms.json'), 'utf8')) as {
    platforms: { key: string; os: string; cpu: string; libc?: string }[];
  }
).platforms;
const published = publishedPackages();
let packed: PackedPackage[] = [];

beforeAll(() => {
  packed = packAll(published);
});

const each = (check: (pkg: PackedPackage) => void) => (name: string) => check(packed.find((pkg) => pkg.name === name)!);
const names = published.map((pkg) => pkg.name);

describe('published packages', () => {
  it('are the ones the release publishes whose binaries are built here', () => {
    expect(names).toEqual([
      '@editops/auto',
      '@editops/cli',
      '@editops/core',
      '@editops/native',
      '@editops/native-linux-arm64-gnu',
      '@editops/native-linux-x64-gnu',
      '@editops/wasm',
    ]);
  });

  it.each(names)(
    '%s carries repository, homepage, bugs and keywords',
    each(({ folder, root }) => {
      const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, any>;
      expect(manifest.repository).toEqual({ type: 'git', url: `git+${REPOSITORY}.git`, directory: `packages/${folder}` });
      expect(manifest.homepage).toBe(`${REPOSITORY}/tree/main/packages/${folder}#readme`);
      expect(manifest.bugs).toEqual({ url: `${REPOSITORY}/issues` });
      expect(manifest.keywords).toEqual(expect.arrayContaining(['editops']));
      expect(manifest.license).toBe('MIT');
    }),
  );

  it.each(names)(
    "%s's README links only documents that exist, by absolute links",
    each(({ root }) => {
      const readme = readFileSync(join(root, 'README.md'), 'utf8');
      const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/gu)].map((match) => match[1]!);
      for (const target of targets) {
        expect(target, `${target} is not an absolute link`).toMatch(/^https:\/\//u);
        const inRepository = /^https:\/\/github\.com\/editops\/editops\/(?:blob|tree)\/main\/([^#?]+)/u.exec(target);
        if (inRepository) expect(existsSync(join(ROOT, inRepository[1]!)), `${target} points to a missing file`).toBe(true);
      }
    }),
  );

  it.each(names)(
    '%s is clean under publint (warnings count)',
    each(({ tarball }) => {
      const { code, output } = runBin('publint', ['run', tarball, '--level', 'warning', '--strict']);
      expect(output).toContain('All good!');
      expect(code).toBe(0);
    }),
  );

  /** The per-platform addon packages: a binary each, no JS and no types. */
  const isPrebuilt = (name: string) => /^@editops\/native-(linux|darwin|win32)-/.test(name);

  it.each(names.filter((name) => !isPrebuilt(name)))(
    '%s is clean under arethetypeswrong',
    each(({ tarball }) => {
      // The two wasm modules are asset subpaths (URLs for bundlers), not modules with types.
      const { output } = runBin('attw', [tarball, '--format', 'json', '--exclude-entrypoints', './editops.wasm', './editops-simd128.wasm']);
      const report = JSON.parse(output.slice(output.indexOf('{'))) as { analysis: { problems: unknown[]; types: unknown } };
      expect(report.analysis.types).not.toBe(false);
      expect(report.analysis.problems).toEqual([]);
    }),
  );

  // The repository's manifests leave os/cpu/libc out (pnpm would warn about every other platform on
  // install); .pnpmfile.cjs writes them at pack time, and users' package managers filter on them.
  it.each(names.filter(isPrebuilt))('%s is packed with the os, cpu and libc of its platform', (name) => {
    const { root, folder } = packed.find((pkg) => pkg.name === name)!;
    const platform = PLATFORMS.find((p) => `native-${p.key}` === folder)!;
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.os).toEqual([platform.os]);
    expect(manifest.cpu).toEqual([platform.cpu]);
    expect(manifest.libc).toEqual(platform.libc === undefined ? undefined : [platform.libc]);
    const inRepository = JSON.parse(readFileSync(join(ROOT, 'packages', folder, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect([inRepository.os, inRepository.cpu, inRepository.libc]).toEqual([undefined, undefined, undefined]);
  });

  it.each(names.filter(isPrebuilt))('%s (a prebuilt addon package) has no types to check', (name) => {
    const manifest = packed.find((pkg) => pkg.name === name)!.manifest;
    expect(manifest.types).toBeUndefined();
    expect(manifest.exports).toBeUndefined();
  });
});

describe('the packed types, in a strict TypeScript project', () => {
  const functions = [
    'distance',
    'similarity',
    'normalizedDistance',
    'normalizedSimilarity',
    'editops',
    'opcodes',
    'closest',
    'extract',
    'distanceMatrix',
    'closestAsync',
    'extractAsync',
    'distanceMatrixAsync',
    'prepareChoices',
    'splitString',
    'backend',
  ];
  const source = [
    "import * as lib from '@editops/auto';",
    "const words = ['apple', 'ample'];",
    "lib.distance('kitten', 'sitting');",
    "lib.similarity('kitten', 'sitting');",
    "lib.normalizedDistance('kitten', 'sitting');",
    "lib.normalizedSimilarity('kitten', 'sitting');",
    "const script = lib.editops('kitten', 'sitting').toArray();",
    "const applied: string = lib.editops('kitten', 'sitting').apply();",
    "const tokens: string[] = lib.editops(['a'], ['b']).apply();",
    "lib.opcodes('kitten', 'sitting').toArray();",
    "lib.closest('appel', words);",
    'const prepared = lib.prepareChoices(words);',
    "const choice: string | undefined = lib.extract('appel', prepared)[0]?.choice;",
    "lib.distanceMatrix(['a'], words);",
    "void lib.closestAsync('appel', words);",
    "void lib.extractAsync('appel', words);",
    "void lib.distanceMatrixAsync(['a'], words);",
    "lib.splitString('a b', 'word');",
    'lib.backend();',
    'export { script, applied, tokens, choice };',
  ].join('\n');
  let consumer: Consumer;
  let file: string;

  beforeAll(() => {
    consumer = new Consumer(CONSUMER);
    file = consumer.add('use.cts', source);
  });

  it('compile without errors (editops has no | null without maxDistance; apply and choice keep their types)', () => {
    expect(consumer.diagnostics(file)).toEqual([]);
  });

  it('reject a call with mixed kinds and a misspelled option', () => {
    const wrong = consumer.add('wrong.cts', ["import { distance } from '@editops/auto';", "distance('abc', ['a', 'b']);", "distance('ab', 'ba', { metirc: 'osa' });"].join('\n'));
    const errors = consumer.diagnostics(wrong);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^TS2345 /u);
    expect(errors[1]).toMatch(/metirc/u);
  });

  it.each(functions)('%s shows its summary, @example and @returns on hover at a call', (name) => {
    const hover = consumer.hoverAt(file, `${name}(`);
    expect(hover, name).toBeDefined();
    expect(hover!.documentation.length, `${name}: ${hover!.display}`).toBeGreaterThan(20);
    expect(hover!.tags).toEqual(expect.arrayContaining(['example', 'returns']));
  });

  it('the docs are in the packed .d.ts, not only in the sources', () => {
    const contract = readFileSync(join(CONSUMER, 'node_modules', '@editops', 'core', 'dist', 'api-contract.d.ts'), 'utf8');
    expect(contract).toMatch(/\* The edit distance between `a` and `b`/u);
    expect(contract.match(/@example/gu)?.length).toBeGreaterThanOrEqual(14);
  });
});

describe('a fresh install', () => {
  it("links every package's bins to committed files (pnpm install warns about missing ones)", () => {
    const tracked = new Set(execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n'));
    for (const pkg of published) {
      for (const target of Object.values((pkg.manifest.bin ?? {}) as Record<string, string>)) {
        expect(tracked.has(join('packages', pkg.folder, target)), `${pkg.name} bin ${target}`).toBe(true);
      }
    }
  });
});
