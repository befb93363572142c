/**
 * Packing the published packages as a release would (`pnpm pack`), into an ignored folder, and
 * unpacking them into a consumer project's node_modules, so the checks see what users install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
export const HERE = join(__dirname, '..');
/** Ignored by git (.gitignore): tarballs, and a consumer project with them unpacked. */
export const PACKED = join(HERE, '.packed');
export const CONSUMER = join(PACKED, 'consumer');

export interface PublishedPackage {
  readonly name: string;
  /** Folder under packages/. */
  readonly folder: string;
  readonly manifest: Record<string, unknown>;
}

export interface PackedPackage extends PublishedPackage {
  readonly tarball: string;
  /** The unpacked package, at CONSUMER/node_modules/<name>. */
  readonly root: string;
}

/**
 * Every packages/<folder> whose package.json is not private, by name; of the per-platform addon
 * packages (scripts/platforms.json), those whose binary this machine builds (the others are
 * built and packed only by the release workflow, and are empty here).
 */
export function publishedPackages(): PublishedPackage[] {
  const found: PublishedPackage[] = [];
  for (const folder of readdirSync(join(ROOT, 'packages'))) {
    const path = join(ROOT, 'packages', folder, 'package.json');
    if (!existsSync(path)) continue;
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const binary = manifest.main === './editops.node' ? join(ROOT, 'packages', folder, 'editops.node') : undefined;
    if (binary !== undefined && !existsSync(binary)) continue;
    if (manifest.private !== true) found.push({ name: manifest.name as string, folder, manifest });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** Packs each package into PACKED and unpacks it into the consumer's node_modules. */
export function packAll(packages: readonly PublishedPackage[]): PackedPackage[] {
  rmSync(PACKED, { recursive: true, force: true });
  mkdirSync(CONSUMER, { recursive: true });
  return packages.map((pkg) => {
    const output = execFileSync('pnpm', ['pack', '--json', '--pack-destination', PACKED], {
      cwd: join(ROOT, 'packages', pkg.folder),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tarball = (JSON.parse(output.slice(output.indexOf('{'))) as { filename: string }).filename;
    const root = join(CONSUMER, 'node_modules', pkg.name);
    mkdirSync(root, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', root, '--strip-components=1']);
    return { ...pkg, tarball, root };
  });
}

/** Runs a bin of this package's node_modules; resolves to its exit code and output. */
export function runBin(bin: string, args: readonly string[]): { code: number; output: string } {
  try {
    const output = execFileSync(join(HERE, 'node_modules', '.bin', bin), args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output };
  } catch (error) {
    const failed = error as { status?: number; stdout?: string; stderr?: string };
    return { code: failed.status ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}
