/**
 * README examples, run: every ```js / ```ts block of a README is executed against the built
 * packages, and each expression statement's result is compared with the value its comment states.
 *
 * The convention, in a runnable block:
 * - `expr; // VALUE` or `expr; // VALUE: words` or `expr; // VALUE (words)`: VALUE is a JS literal
 *   (numbers, strings, null, undefined, arrays, objects, `true` / `false`) and must deep-equal the
 *   result, compared in its JSON form (so results with `toJSON` compare as what they serialise to);
 * - a statement with no comment on its line takes the `//` lines right below it as its VALUE;
 * - declarations and imports need no result; every expression statement needs one.
 * Blocks in other languages, and blocks right after `<!-- readme-examples: skip (reason) -->`,
 * are not run.
 */
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import ts from 'typescript';

export interface CodeBlock {
  readonly file: string;
  /** 1-based line of the block's first code line in the file. */
  readonly line: number;
  readonly language: string;
  readonly code: string;
}

const RUNNABLE = new Set(['js', 'javascript', 'ts', 'typescript', 'mjs', 'cjs']);
const SKIP_MARKER = /<!--\s*readme-examples:\s*skip\b/u;

/** The runnable code blocks of a markdown text. */
export function runnableBlocks(file: string, markdown: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)/u.exec(lines[i]!);
    if (!open) continue;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.startsWith('```')) end++;
    const language = open[1]!.toLowerCase();
    const skipped = i > 0 && SKIP_MARKER.test(lines[i - 1]!);
    if (RUNNABLE.has(language) && !skipped) blocks.push({ file, line: i + 2, language, code: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return blocks;
}

/** One checked statement: what it returned and what its comment says. */
export interface StatementCheck {
  readonly line: number;
  readonly source: string;
  readonly stated: string;
}

const DECLARATION = /^(import|export|const|let|var|function|class|type|interface|await\s+init)\b/u;

/** Splits a comment into the stated value: the longest prefix ending at a top-level ': ' / ' (' that parses. */
export function statedValue(comment: string): string | undefined {
  const text = comment.trim();
  const cuts: number[] = [text.length];
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if ('[{('.includes(ch)) depth++;
    else if (']})'.includes(ch)) depth--;
    if (depth === 0 && ((ch === ':' && text[i + 1] === ' ') || (ch === ' ' && text[i + 1] === '(') || (ch === ' ' && text[i + 1] === '—'))) cuts.push(i);
  }
  for (const cut of [...new Set(cuts)].sort((a, b) => b - a)) {
    const candidate = text.slice(0, cut).trim();
    if (candidate !== '' && parsesAsLiteral(candidate)) return candidate;
  }
  return undefined;
}

/** Whether `source` is an expression made only of literals (no identifiers but undefined, NaN, Infinity). */
function parsesAsLiteral(source: string): boolean {
  const file = ts.createSourceFile('value.ts', `(${source});`, ts.ScriptTarget.ES2022, true);
  if ((file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length > 0) return false;
  let literal = true;
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && !['undefined', 'NaN', 'Infinity'].includes(node.text)) {
      // Property names are fine; anything else that names a variable is not a literal.
      const parent = node.parent;
      if (!(ts.isPropertyAssignment(parent) && parent.name === node)) literal = false;
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isArrowFunction(node)) literal = false;
    ts.forEachChild(node, visit);
  };
  visit(file);
  return literal;
}

/**
 * The block rewritten so that each expression statement records its result: the statements
 * with what they state, and the TypeScript source to run.
 */
export function instrument(block: CodeBlock): { checks: StatementCheck[]; source: string; missing: string[] } {
  const lines = block.code.split('\n');
  const checks: StatementCheck[] = [];
  const missing: string[] = [];
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    const statement = /^(.*?;)\s*(?:\/\/(.*))?$/u.exec(trimmed);
    if (trimmed === '' || trimmed.startsWith('//') || !statement || DECLARATION.test(trimmed)) {
      out.push(line);
      continue;
    }
    let comment = statement[2];
    if (comment === undefined) {
      const below: string[] = [];
      while (i + 1 < lines.length && lines[i + 1]!.trim().startsWith('//')) below.push(lines[++i]!.trim().slice(2));
      comment = below.join(' ');
    }
    const where = `${block.file}:${block.line + i}`;
    const stated = statedValue(comment);
    if (stated === undefined) {
      missing.push(`${where}: \`${statement[1]}\` states no result (its comment: ${JSON.stringify(comment.trim())})`);
      out.push(line);
      continue;
    }
    const expression = statement[1]!.slice(0, -1);
    out.push(`await __record(${checks.length}, async () => (${expression}));`);
    checks.push({ line: block.line + i, source: expression, stated });
  }
  return { checks, source: out.join('\n'), missing };
}

/** What a result is compared as: numbers as they are, everything else in its JSON form. */
function comparable(value: unknown): unknown {
  if (value === undefined || typeof value === 'number') return value;
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** Runs a block from `root` (where its imports resolve); resolves to one message per mismatch. */
export async function runBlock(block: CodeBlock, root: string): Promise<string[]> {
  const { checks, source, missing } = instrument(block);
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    reportDiagnostics: false,
  }).outputText;
  const results = new Map<number, unknown>();
  type Record = (index: number, run: () => Promise<unknown>) => Promise<void>;
  const record: Record = async (index, run) => {
    results.set(index, await run());
  };
  const requireFrom = createRequire(`${root}/`);
  const body = new Function('require', 'exports', '__record', `return (async () => {\n${js}\n})();`) as (
    require: NodeJS.Require,
    exports: object,
    record: Record,
  ) => Promise<void>;
  const problems = [...missing];
  try {
    await body(requireFrom, {}, record);
  } catch (error) {
    problems.push(`${block.file}:${block.line}: the block throws: ${String(error)}`);
    return problems;
  }
  checks.forEach((check, index) => {
    const got = comparable(results.get(index));
    const stated = comparable(new Function(`return (${check.stated});`)() as unknown);
    if (!isDeepStrictEqual(got, stated)) {
      problems.push(`${block.file}:${check.line}: \`${check.source}\` gives ${JSON.stringify(got)}, but its comment says ${check.stated}`);
    }
  });
  return problems;
}

/**
 * The TypeScript errors of the `ts` blocks, compiled as a user would (strict, against the built
 * packages' .d.ts): an example that only runs with `!` or a cast misleads TypeScript users.
 */
export function typeErrors(blocks: readonly CodeBlock[], root: string): string[] {
  const files = new Map<string, CodeBlock>();
  blocks
    .filter((block) => block.language === 'ts' || block.language === 'typescript')
    .forEach((block, index) => files.set(`${root}/readme-example-${index}.ts`, block));
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    moduleDetection: ts.ModuleDetectionKind.Force,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => files.get(name)?.code ?? readFile(name);
  host.fileExists = (name) => files.has(name) || ts.sys.fileExists(name);
  host.getSourceFile = (name, language) => {
    const block = files.get(name);
    return block ? ts.createSourceFile(name, block.code, language) : getSourceFile(name, language);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const block = diagnostic.file ? files.get(diagnostic.file.fileName) : undefined;
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    if (!block || !diagnostic.file || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${block.file}:${block.line + line}: TS${diagnostic.code} ${message}`;
  });
}
