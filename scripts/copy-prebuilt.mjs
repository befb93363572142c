// Copies the addon that @editops/native-addon built for one platform into that platform's package
// (packages/native-<key>/editops.node):   node ../../scripts/copy-prebuilt.mjs <key>
// Each build lands in a folder of its own key, so a binary for another platform never lands here.
// A platform this machine does not build is left alone: the release workflow puts its binary there.
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { buildTargets, hostKey } from '../packages/native-addon/scripts/targets.mjs';
import { packageDir } from './platforms.mjs';

const key = process.argv[2];
const target = buildTargets().find((t) => t.key === key);
if (!target) {
  console.log(`copy-prebuilt: this machine (${hostKey()}) does not build ${key}; nothing to copy`);
  process.exit(0);
}
if (!existsSync(target.output)) {
  console.error(`copy-prebuilt: ${target.output} is missing; build @editops/native-addon first`);
  process.exit(1);
}
// Copy beside the target, then rename over it: a process that has the old addon loaded keeps its
// mapping of the old file instead of seeing it rewritten under it (which crashes it).
const destination = join(packageDir(key), 'editops.node');
const staged = `${destination}.${process.pid}.tmp`;
copyFileSync(target.output, staged);
renameSync(staged, destination);
console.log(`copy-prebuilt: ${key} editops.node copied`);
