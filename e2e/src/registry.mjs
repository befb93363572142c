/**
 * The local registry: verdaccio 6.8.0, installed with `npm ci` from e2e/verdaccio into this run's
 * temp dir, configured with storage in the temp dir, no uplinks at all, and `@editops/*` the only
 * packages anyone may publish (as a user created through the CouchDB user API).
 *
 * Why npm and not a pnpm devDependency: every verdaccio 6.x depends on verdaccio-audit, which asks
 * for `node-fetch@cjs`, a dist-tag the registry no longer has. Only the root package.json could
 * override that for pnpm; e2e/verdaccio/package.json overrides it for npm (node-fetch 2.7.0).
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, withTimeout } from './harness.mjs';
import { run } from './proc.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const appTemplate = join(here, '..', 'verdaccio');

function configYaml(dir) {
  // Quoted paths: os.tmpdir() may contain anything.
  return `# editops e2e: a throwaway registry, loopback only
storage: ${JSON.stringify(join(dir, 'storage'))}
auth:
  htpasswd:
    file: ${JSON.stringify(join(dir, 'htpasswd'))}
    max_users: 5
# No uplinks: @editops/* can only come from what this run published, and nothing is proxied.
uplinks: {}
packages:
  '@editops/*':
    access: $all
    publish: $authenticated
    unpublish: $authenticated
web:
  enable: false
max_body_size: 200mb
server:
  keepAliveTimeout: 5
log:
  type: stdout
  format: pretty
  level: warn
`;
}

/** Installs and starts verdaccio; resolves to { url, port, token, stop, logPath }. */
export async function startRegistry({ root, env }) {
  const dir = join(root, 'registry');
  const appDir = join(dir, 'app');
  await mkdir(appDir, { recursive: true });
  await copyFile(join(appTemplate, 'package.json'), join(appDir, 'package.json'));
  await copyFile(join(appTemplate, 'package-lock.json'), join(appDir, 'package-lock.json'));
  await run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: appDir, env, timeoutMs: 180_000 });
  const version = JSON.parse(await readFile(join(appDir, 'node_modules', 'verdaccio', 'package.json'), 'utf8')).version;

  const configPath = join(dir, 'config.yaml');
  await writeFile(configPath, configYaml(dir));
  const logPath = join(dir, 'verdaccio.log');
  const log = await open(logPath, 'w');
  const child = fork(join(here, 'registry-server.cjs'), [appDir, configPath], {
    cwd: dir,
    env,
    stdio: ['ignore', log.fd, log.fd, 'ipc'],
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  async function stop() {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await log.close().catch(() => {});
  }

  try {
    const listening = new Promise((resolve) => child.once('message', resolve));
    const started = await withTimeout(
      Promise.race([
        listening,
        exited.then(({ code, signal }) => {
          throw new Error(`verdaccio exited with ${code ?? signal} before listening`);
        }),
      ]),
      60_000,
      'starting verdaccio',
    );
    check(started.address === '127.0.0.1', `verdaccio listens on ${started.address}, not 127.0.0.1`);
    const url = `http://127.0.0.1:${started.port}`;
    const token = await createUser(url);
    return { url, port: started.port, token, version, stop, logPath };
  } catch (error) {
    await stop();
    const text = await readFile(logPath, 'utf8').catch(() => '');
    error.message += text ? `\nverdaccio log:\n${text.trimEnd().split('\n').slice(-20).join('\n')}` : '';
    throw error;
  }
}

/** Creates a user with the CouchDB user API (what `npm adduser` does) and returns its token. */
async function createUser(url) {
  const name = 'e2e-publisher';
  const password = randomBytes(18).toString('hex');
  const response = await fetch(`${url}/-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ _id: `org.couchdb.user:${name}`, name, password, type: 'user', roles: [], date: new Date().toISOString() }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = await response.json().catch(() => ({}));
  check(response.status === 201 && typeof body.token === 'string', () => `creating a registry user answered ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}

/** GET a registry document; resolves to { status, body } (body parsed when JSON). */
export async function registryGet(url, path) {
  const response = await fetch(`${url}/${path}`, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(15_000) });
  const text = await response.text();
  let body = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, body };
}
