// Builds the addon with node-gyp, offline: for this machine's platform, then for every platform
// that scripts/platforms.json cross-compiles from it (linux-arm64-gnu from linux-x64-gnu, with
// Debian's g++-aarch64-linux-gnu). node-gyp downloads Node's headers unless it is told where they
// are; Debian's nodejs ships them under <prefix>/include/node, so point it there when they exist
// (an explicit npm_config_nodedir still wins). The headers do not depend on the target CPU.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { addonDir, buildTargets } from './targets.mjs';

const require = createRequire(join(addonDir, 'package.json'));
const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');

const baseArgs = [nodeGyp, 'rebuild', `--jobs=${availableParallelism()}`];
const prefix = dirname(dirname(process.execPath));
if (!process.env.npm_config_nodedir && existsSync(join(prefix, 'include', 'node', 'node_api.h'))) {
  baseArgs.push(`--nodedir=${prefix}`);
}

for (const target of buildTargets()) {
  let env = process.env;
  const args = [...baseArgs];
  if (target.cross) {
    const { toolchain, aptPackage, arch } = target.cross;
    const cxx = `${toolchain}-g++`;
    if (spawnSync(cxx, ['--version'], { stdio: 'ignore' }).status !== 0) {
      console.error(`build-addon: ${cxx} is missing, so ${target.key} cannot be cross-compiled: apt-get install ${aptPackage} (scripts/quickstart.sh installs it)`);
      process.exit(1);
    }
    writeCrossBindingGyp(target.dir);
    args.push(`--arch=${arch}`);
    env = { ...process.env, CC: `${toolchain}-gcc`, CXX: cxx, LINK: cxx, AR: `${toolchain}-ar` };
  }
  console.log(`build-addon: ${target.key}${target.cross ? ` (cross-compiled with ${target.cross.toolchain}-g++)` : ''}`);
  // binding.gyp lives in src/, not at the package root: package managers run `node-gyp rebuild`
  // on install for any package with a root binding.gyp (pnpm ignores "gypfile": false), and we
  // want no install scripts at all. The host's addon lands in src/build/Release/editops.node.
  const result = spawnSync(process.execPath, args, { cwd: target.dir, env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * A cross build runs node-gyp in build-<key>/ (a sibling of src/, so the paths to native-core stay
 * the same), with src/binding.gyp's own source files pointed back into src/.
 */
function writeCrossBindingGyp(dir) {
  const gyp = JSON.parse(readFileSync(join(addonDir, 'src', 'binding.gyp'), 'utf8'));
  for (const target of gyp.targets) {
    target.sources = target.sources.map((source) => (/^[<!]|\//.test(source) || source.startsWith('../') ? source : `../src/${source}`));
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'binding.gyp'), `${JSON.stringify(gyp, null, 2)}\n`);
}
