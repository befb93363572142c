/**
 * Running the built command as users do: `node bin/editops.js ...` (the committed launcher of dist/bin.js) in a child process, with a clean
 * environment (no colour forcing, no backend pin, no terminal width) unless a test sets one.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BIN = join(__dirname, '..', '..', 'bin', 'editops.js');
const BUILT = join(__dirname, '..', '..', 'dist', 'bin.js');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly env?: Record<string, string | undefined>;
  readonly input?: string;
  readonly cwd?: string;
}

const CLEARED = ['FORCE_COLOR', 'NO_COLOR', 'EDITOPS_BACKEND', 'COLUMNS', 'TERM'];

export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of CLEARED) delete env[name];
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: run \`pnpm --filter @editops/cli build\` first`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      env: childEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A temporary folder for one test file; call the returned cleanup in afterAll. */
export function tempDir(): { readonly path: string; cleanup(): void } {
  const path = mkdtempSync(join(tmpdir(), 'editops-cli-'));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

export const ESC = '\x1b[';
