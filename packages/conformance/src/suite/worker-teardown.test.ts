/**
 * A worker thread that ends while its async batch calls run (worker pools terminate workers, and
 * code calls process.exit() in them) ends cleanly: no crash of the whole process, and
 * terminate() returns promptly instead of waiting for the calls to finish. Each case runs in a
 * child process (fixtures/teardown-in-worker.cjs), since a failure here kills the process.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendUnderTest } from '../backend-under-test';

const { label } = backendUnderTest();
const backend = process.env.EDITOPS_CONFORMANCE_BACKEND!;
const fixture = join(__dirname, '..', 'fixtures', 'teardown-in-worker.cjs');

function runFixture(how: 'terminate' | 'exit') {
  const child = spawnSync(process.execPath, [fixture, backend, how], { encoding: 'utf8', timeout: 60_000 });
  const lines = child.stdout.trim().split('\n');
  return { status: child.status, signal: child.signal, stderr: child.stderr.slice(0, 2000), report: JSON.parse(lines.at(-1) || '{}') as Record<string, unknown> };
}

describe(`${label}: a worker thread ending during async batch calls`, () => {
  it('worker.terminate() mid-call: the process survives and terminate() returns promptly', () => {
    const { status, signal, stderr, report } = runFixture('terminate');
    expect({ status, signal, stderr }).toEqual({ status: 0, signal: null, stderr: '' });
    expect(report.error).toBeUndefined();
    // The calls would run for many seconds; ending the worker must not wait for them.
    expect(report.terminateMs as number).toBeLessThan(2000);
  }, 70_000);

  it('process.exit() in the worker mid-call: the process survives and the worker exits with its code', () => {
    const { status, signal, stderr, report } = runFixture('exit');
    expect({ status, signal, stderr }).toEqual({ status: 0, signal: null, stderr: '' });
    expect(report).toEqual({ code: 7 });
  }, 70_000);
});
