/**
 * Every entry file exports the API functions of @editops/core's one list (api-functions.ts):
 * scripts/api-entries.mjs writes their export blocks, and this fails when one is out of date.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('the entry files export exactly the functions of api-functions.ts', () => {
  const script = join(__dirname, '..', '..', '..', 'scripts', 'api-entries.mjs');
  const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});
