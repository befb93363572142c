/**
 * Child processes for the e2e test: every command runs with a timeout, in its own process group
 * (so a timeout ends npm and everything npm started), with an environment that looks like a
 * user's shell rather than a pnpm script in this monorepo.
 */
import { spawn } from 'node:child_process';
import { delimiter } from 'node:path';

const live = new Set();

/**
 * The environment a user would have: none of the npm_* / pnpm_* variables that `pnpm run` sets,
 * no monorepo node_modules/.bin on PATH, no EDITOPS_BACKEND pin, and a HOME of our own (so
 * ~/.npmrc, npm's cache and pnpm's store are fresh for every run).
 */
export function userEnv(home, extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_)/i.test(key)) continue;
    if (['INIT_CWD', 'EDITOPS_BACKEND', 'NODE_PATH', 'NODE_OPTIONS', 'NODE_ENV', 'TURBO_HASH'].includes(key)) continue;
    if (/^XDG_/.test(key)) continue;
    env[key] = value;
  }
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir && !dir.includes(`node_modules`))
    .join(delimiter);
  env.HOME = home;
  env.XDG_CACHE_HOME = `${home}/.cache`;
  env.XDG_CONFIG_HOME = `${home}/.config`;
  env.XDG_DATA_HOME = `${home}/.local/share`;
  env.XDG_STATE_HOME = `${home}/.local/state`;
  env.npm_config_update_notifier = 'false';
  env.npm_config_fund = 'false';
  env.npm_config_audit = 'false';
  return { ...env, ...extra };
}

export class CommandError extends Error {
  constructor(message, result) {
    super(message);
    this.name = 'CommandError';
    this.result = result;
  }
}

/**
 * Runs `command args` and resolves to { code, signal, stdout, stderr }. Rejects on a non-zero exit
 * (unless `allowFailure`) and on timeout, with the command and the tail of its output.
 */
export function run(command, args, { cwd, env, timeoutMs = 120_000, allowFailure = false } = {}) {
  const shown = [command, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    live.add(child);
    const out = collector();
    const err = collector();
    child.stdout.on('data', out.push);
    child.stderr.on('data', err.push);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child, 'SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      live.delete(child);
      reject(new CommandError(`could not start \`${shown}\`: ${error.message}`, undefined));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      live.delete(child);
      const result = { code, signal, stdout: out.text(), stderr: err.text() };
      if (timedOut) {
        reject(new CommandError(`\`${shown}\` timed out after ${timeoutMs / 1000}s (in ${cwd})\n${tail(result)}`, result));
      } else if (code !== 0 && !allowFailure) {
        reject(new CommandError(`\`${shown}\` exited with ${code ?? signal} (in ${cwd})\n${tail(result)}`, result));
      } else {
        resolve(result);
      }
    });
  });
}

/** The last lines of a command's output, for failure messages. */
export function tail({ stdout, stderr }, lines = 25) {
  const pick = (text) => text.trimEnd().split('\n').slice(-lines).join('\n');
  return [stdout.trim() && `stdout:\n${pick(stdout)}`, stderr.trim() && `stderr:\n${pick(stderr)}`].filter(Boolean).join('\n');
}

/** Ends every command still running (on signals and at the end); resolves once they are gone. */
export async function killAll(waitMs = 5_000) {
  const closing = [...live].map((child) => new Promise((resolve) => child.once('close', resolve)));
  for (const child of live) killGroup(child, 'SIGKILL');
  let timer;
  await Promise.race([Promise.all(closing), new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))]);
  clearTimeout(timer);
}

export function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

function collector(limit = 4 * 1024 * 1024) {
  const chunks = [];
  let size = 0;
  return {
    push: (chunk) => {
      if (size < limit) chunks.push(chunk);
      size += chunk.length;
    },
    text: () => Buffer.concat(chunks).toString('utf8'),
  };
}
