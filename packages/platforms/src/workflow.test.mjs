// The release workflow cannot run here (it needs GitHub's macOS, Windows and arm64 runners), so
// CI checks what it can: the file is a valid GitHub Actions workflow (action-validator's schema,
// pinned in package.json), and it takes its build matrix from the one platform list.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { platforms, repoRoot } from '../../../scripts/platforms.mjs';

const workflowsDir = join(repoRoot, '.github', 'workflows');
const workflows = readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name));
const errorsOf = (source) => validateWorkflow(source).errors;

describe('GitHub workflows', () => {
  it('there is a release workflow', () => {
    expect(workflows).toContain('release.yml');
  });

  it.each(workflows)('%s is a valid workflow', (name) => {
    expect(errorsOf(readFileSync(join(workflowsDir, name), 'utf8'))).toEqual([]);
  });

  it('the validator rejects a broken workflow (so the check above can fail)', () => {
    const release = readFileSync(join(workflowsDir, 'release.yml'), 'utf8');
    expect(errorsOf(release.replace('runs-on: ubuntu-22.04', 'runs_on: ubuntu-22.04'))).not.toEqual([]);
    expect(errorsOf(release.replace(/^jobs:/m, 'jobz:'))).not.toEqual([]);
  });

  it('release.yml builds every platform of scripts/platforms.json, from the generated matrix', () => {
    const release = readFileSync(join(workflowsDir, 'release.yml'), 'utf8');
    expect(release).toContain('node scripts/platforms.mjs --matrix');
    expect(release).toContain('fromJSON(needs.platforms.outputs.matrix)');
    expect(release).toContain('node scripts/platforms.mjs --require-binaries');
    for (const { runner } of platforms) expect(typeof runner).toBe('string');
  });
});
