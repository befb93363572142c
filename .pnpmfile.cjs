// pnpm hooks for this workspace.
//
// The per-platform addon packages (packages/native-<key>, generated from scripts/platforms.json)
// are workspace members, so pnpm checks their `os` / `cpu` / `libc` on every install and warns
// once for each platform that is not this machine's. Their manifests in the repository therefore
// leave those fields out, and this hook writes them into the packed manifest, from the same list,
// when the package is packed or published: users' package managers still install only the binary
// of their own platform. (packages/package-checks tests the packed fields.)
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const platforms = JSON.parse(readFileSync(join(__dirname, 'scripts', 'platforms.json'), 'utf8')).platforms;

/** The `os`, `cpu` and `libc` fields of a platform's addon package. */
function platformFields(platform) {
  return { os: [platform.os], cpu: [platform.cpu], ...(platform.libc ? { libc: [platform.libc] } : {}) };
}

function beforePacking(manifest) {
  const platform = platforms.find((p) => manifest.name === `@editops/native-${p.key}`);
  return platform ? { ...manifest, ...platformFields(platform) } : manifest;
}

module.exports = { hooks: { beforePacking }, platformFields };
