// Builds the addon with node-gyp, offline. node-gyp downloads Node's headers unless it is told
// where they are; Debian's nodejs ships them under <prefix>/include/node, so point it there when
// they exist (an explicit npm_config_nodedir still wins).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(packageDir, 'package.json'));
const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');

const args = [nodeGyp, 'rebuild', `--jobs=${availableParallelism()}`];
const prefix = dirname(dirname(process.execPath));
if (!process.env.npm_config_nodedir && existsSync(join(prefix, 'include', 'node', 'node_api.h'))) {
  args.push(`--nodedir=${prefix}`);
}
// binding.gyp lives in src/, not at the package root: package managers run `node-gyp rebuild` on
// install for any package with a root binding.gyp (pnpm ignores "gypfile": false), and we want no
// install scripts at all. The addon lands in src/build/Release/editops.node.
const result = spawnSync(process.execPath, args, { cwd: join(packageDir, 'src'), stdio: 'inherit' });
process.exit(result.status ?? 1);
