/**
 * Every README example runs and gives what its comment says: the project README and each package
 * README, against the built packages (run `pnpm build` first).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { instrument, runBlock, runnableBlocks, statedValue, typeErrors, type CodeBlock } from './readme-examples';

const ROOT = join(__dirname, '..', '..', '..');
const HERE = join(__dirname, '..');

function readmes(): string[] {
  const packages = readdirSync(join(ROOT, 'packages'))
    .map((name) => join(ROOT, 'packages', name, 'README.md'))
    .filter((path) => existsSync(path));
  return [join(ROOT, 'README.md'), ...packages];
}

const blocks: CodeBlock[] = readmes().flatMap((path) => runnableBlocks(relative(ROOT, path), readFileSync(path, 'utf8')));

describe('README examples', () => {
  it('finds the runnable blocks (the project README has several)', () => {
    expect(blocks.filter((block) => block.file === 'README.md').length).toBeGreaterThanOrEqual(3);
  });

  it.each(blocks.map((block) => [`${block.file}:${block.line}`, block] as const))('%s runs and gives what it says', async (_, block) => {
    expect(await runBlock(block, HERE)).toEqual([]);
  });

  it('type-check under strict TypeScript against the built .d.ts, without errors', () => {
    expect(typeErrors(blocks, HERE)).toEqual([]);
  });
});

/** The ```ts blocks of the TSDoc @example tags in @editops/core's sources. */
function tsdocExamples(): CodeBlock[] {
  const sources = join(ROOT, 'packages', 'core', 'src');
  const prelude =
    "const { distance, similarity, normalizedDistance, normalizedSimilarity, editops, opcodes, closest, extract, distanceMatrix, closestAsync, extractAsync, distanceMatrixAsync, prepareChoices, splitString, search, searchBest, searchAsync, searchStream, fromCigar } = require('@editops/auto');";
  return readdirSync(sources)
    .filter((name) => name.endsWith('.ts') && !name.includes('.test'))
    .flatMap((name) => {
      const text = readFileSync(join(sources, name), 'utf8');
      const blocks: CodeBlock[] = [];
      for (const match of text.matchAll(/@example\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/gu)) {
        const code = match[1]!.split('\n').map((line) => line.replace(/^\s*\* ?/u, '')).join('\n');
        const line = text.slice(0, match.index).split('\n').length + 2;
        blocks.push({ file: `packages/core/src/${name}`, line, language: 'ts', code: `${prelude}\n${code}` });
      }
      return blocks;
    });
}

describe('TSDoc examples', () => {
  const examples = tsdocExamples();
  it('are found (one per public function at least)', () => {
    expect(examples.length).toBeGreaterThanOrEqual(16);
  });

  it.each(examples.map((block) => [`${block.file}:${block.line}`, block] as const))('%s runs and gives what it says', async (_, block) => {
    expect(await runBlock(block, HERE)).toEqual([]);
  });
});

describe('the README example checker', () => {
  const block = (code: string): CodeBlock => ({ file: 'T.md', line: 1, language: 'ts', code });

  it('reads the stated value before a colon, a parenthesis or a dash', () => {
    expect(statedValue(' 3')).toBe('3');
    expect(statedValue(' 3: over the cutoff you get maxDistance + 1')).toBe('3');
    expect(statedValue(" 'ab': the ops applied")).toBe("'ab'");
    expect(statedValue(' 1 (by code point or UTF-16 unit: 2)')).toBe('1');
    expect(statedValue(" { index: 0, choice: 'apple', distance: 2 }")).toBe("{ index: 0, choice: 'apple', distance: 2 }");
    expect(statedValue(' null — none within the cutoff')).toBe('null');
    expect(statedValue(' iterate')).toBeUndefined();
    expect(statedValue(' Editop[]')).toBeUndefined();
  });

  it('fails a wrong result, an example that states none, and one that throws', async () => {
    const root = HERE;
    expect(await runBlock(block("import { distance } from '@editops/auto';\ndistance('ab', 'ba'); // 2"), root)).toEqual([]);
    expect(await runBlock(block("import { distance } from '@editops/auto';\ndistance('ab', 'ba'); // 1"), root)).toEqual([
      "T.md:2: `distance('ab', 'ba')` gives 2, but its comment says 1",
    ]);
    expect(await runBlock(block("import { distance } from '@editops/auto';\ndistance('ab', 'ba'); // the distance"), root)).toEqual([
      'T.md:2: `distance(\'ab\', \'ba\');` states no result (its comment: "the distance")',
    ]);
    const thrown = await runBlock(block("import { distance } from '@editops/auto';\ndistance('ab', 5 as never); // 1"), root);
    expect(thrown).toHaveLength(1);
    expect(thrown[0]).toMatch(/the block throws: TypeError/);
  });

  it('takes the comment lines below a statement as its result, and compares JSON forms', async () => {
    const code = ["import { editops } from '@editops/auto';", "editops('ab', 'b');", "// [{ type: 'delete',", '//    srcPos: 0, destPos: 0 }]'].join('\n');
    expect(instrument(block(code)).checks).toHaveLength(1);
    expect(await runBlock(block(code), HERE)).toEqual([]);
  });

  it('reports type errors of ts blocks with their README line', () => {
    const wrong = block("import { editops } from '@editops/auto';\nconst n: number = editops('a', 'b', { maxDistance: 1 }).length;");
    const errors = typeErrors([wrong], HERE);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^T\.md:2: TS2531 Object is possibly .null./);
  });

  it('skips blocks in other languages and blocks marked as not runnable', () => {
    const markdown = ['```sh', 'ls', '```', '<!-- readme-examples: skip (browser only) -->', '```js', 'x;', '```', '```ts', "f(); // 1", '```'].join('\n');
    expect(runnableBlocks('T.md', markdown)).toEqual([{ file: 'T.md', line: 9, language: 'ts', code: 'f(); // 1' }]);
  });
});
