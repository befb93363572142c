// Copies the addon that @editops/native-addon built into this per-platform package, but only when
// this machine is the package's platform: a binary for another platform must never land here.
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(packageDir, '..', 'native-addon', 'src', 'build', 'Release', 'editops.node');
const target = join(packageDir, 'editops.node');

const glibc = Boolean(process.report?.getReport().header.glibcVersionRuntime);
const here = `${process.platform}-${process.arch}-${glibc ? 'gnu' : 'musl'}`;
if (here !== 'linux-x64-gnu') {
  rmSync(target, { force: true });
  console.log(`copy-prebuilt: this machine is ${here}, not linux-x64-gnu; nothing to copy`);
  process.exit(0);
}
if (!existsSync(built)) {
  console.error(`copy-prebuilt: ${built} is missing; build @editops/native-addon first`);
  process.exit(1);
}
// Copy beside the target, then rename over it: a process that has the old addon loaded keeps its
// mapping of the old file instead of seeing it rewritten under it (which crashes it).
const staged = `${target}.${process.pid}.tmp`;
copyFileSync(built, staged);
renameSync(staged, target);
console.log('copy-prebuilt: editops.node copied');
