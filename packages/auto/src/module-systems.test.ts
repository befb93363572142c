/**
 * @editops/auto as users load it: `require` and `import`, in fresh Node processes, with and
 * without EDITOPS_BACKEND. Spawning Node (not vitest's loader) is the point: it checks the real
 * exports map and the ESM entry.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const kittenOps = [
  { type: 'replace', srcPos: 0, destPos: 0 },
  { type: 'replace', srcPos: 4, destPos: 4 },
  { type: 'insert', srcPos: 6, destPos: 6 },
];

const body = `
  const out = {
    backend: m.backend().name,
    distance: m.distance('kitten', 'sitting'),
    editops: m.editops('kitten', 'sitting').toArray(),
  };
  console.log(JSON.stringify(out));
`;
const programs = {
  require: ['-e', `const m = require('@editops/auto');${body}`],
  import: ['--input-type=module', '-e', `import * as m from '@editops/auto';${body}`],
};

function run(system: keyof typeof programs, pin: string | undefined): unknown {
  const env = { ...process.env, EDITOPS_BACKEND: pin ?? '' };
  const stdout = execFileSync(process.execPath, programs[system], { cwd: __dirname, env, encoding: 'utf8' });
  return JSON.parse(stdout);
}

describe.each(['require', 'import'] as const)('@editops/auto through %s', (system) => {
  it('uses native by default and answers kitten / sitting', () => {
    expect(run(system, undefined)).toEqual({ backend: 'native', distance: 3, editops: kittenOps });
  });

  it.each(['native', 'wasm'])('EDITOPS_BACKEND=%s pins that backend with the same answers', (pin) => {
    expect(run(system, pin)).toEqual({ backend: pin, distance: 3, editops: kittenOps });
  });
});
