/**
 * The README's "Repository" table is where a newcomer looks for what each folder is. It must name
 * every package and every top-level folder, so it cannot silently fall behind the workspace.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Repository'), readme.indexOf('Releases use [changesets]'));
const named = new Set([...section.matchAll(/`([^`]+)`/g)].map(([, path]) => path!.replace(/\/$/, '').replace(/^packages\//, '')));

const folders = (dir: string) => readdirSync(dir).filter((name) => !name.startsWith('.') && name !== 'node_modules' && statSync(join(dir, name)).isDirectory());

describe("the README's repository table", () => {
  it.each(folders(join(root, 'packages')))('names packages/%s', (name) => {
    expect(named).toContain(name);
  });

  it.each(folders(root).filter((name) => name !== 'packages'))('names %s/', (name) => {
    expect(named).toContain(name);
  });
});
