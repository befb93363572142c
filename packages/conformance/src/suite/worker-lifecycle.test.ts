/**
 * The threads behind the async batch calls: bounded (a burst of calls asking for 128 threads each
 * runs on about one per core, shared), reaped when idle, and a call that fails on a worker
 * leaves nothing that keeps the process alive. Each case runs in a child process
 * (fixtures/pool-bound.cjs, fixtures/worker-error-exits.cjs), which counts its own threads and
 * must exit by itself.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendUnderTest } from '../backend-under-test';

const { label } = backendUnderTest();
const backend = process.env.EDITOPS_CONFORMANCE_BACKEND!;

function runFixture(name: string) {
  const child = spawnSync(process.execPath, [join(__dirname, '..', 'fixtures', name), backend], { encoding: 'utf8', timeout: 30_000 });
  const last = child.stdout.trim().split('\n').at(-1) || '{}';
  return { status: child.status, signal: child.signal, stderr: child.stderr.slice(0, 2000), report: JSON.parse(last) as Record<string, number | boolean | string> };
}

describe(`${label}: the threads behind async batch calls`, () => {
  it('24 concurrent calls with threads: 128 start at most a few threads per core, and idle ones go', () => {
    const { status, signal, stderr, report } = runFixture('pool-bound.cjs');
    expect({ status, signal, stderr }).toEqual({ status: 0, signal: null, stderr: '' });
    expect(report.right).toBe(true);
    const cores = report.cores as number;
    // A wasm worker is a few threads; native runs at most 4 call runners plus a pool per core.
    expect((report.most as number) - (report.before as number)).toBeLessThanOrEqual(3 * cores + 4);
    // wasm reaps idle workers; native keeps its few threads (they hold no memory to speak of).
    expect((report.afterIdle as number) - (report.before as number)).toBeLessThanOrEqual(cores + 4);
  }, 40_000);

  it('a job refused on the worker side rejects, later calls answer, and the process then exits', () => {
    const begin = Date.now();
    const { status, signal, stderr, report } = runFixture('worker-error-exits.cjs');
    expect({ status, signal, stderr }).toEqual({ status: 0, signal: null, stderr: '' });
    expect(report).toMatchObject({ rejected: true, after: true });
    expect(report.message).toMatch(/malformed|do not describe/);
    // It exits once idle workers are reaped (about a second), not never.
    expect(Date.now() - (report.done as number)).toBeLessThan(10_000);
    expect(Date.now() - begin).toBeLessThan(25_000);
  }, 40_000);
});
