/**
 * The browser's worker script, run here without a browser: evaluated from its source text alone,
 * with a stand-in for the worker's `self`. That proves the script is self-contained (it would fail
 * on any reference to this package's modules) and that it answers like the sync kernel. The real
 * Web Workers, in a minified Vite build, are tested in Chromium by @editops/playground.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchKind, type BatchJob } from '@editops/core';
import { jobOf } from './test-jobs';
import { workerSource } from './web-workers';

const module = new WebAssembly.Module(readFileSync(join(__dirname, '..', 'wasm', 'editops.wasm')));

const extractJob = (query: string, choices: string[], limit: number): BatchJob => jobOf(BatchKind.extract, query, choices, limit);

/** Starts the script on a stand-in scope; returns a function that sends one message and awaits the reply. */
function startScript(): (message: unknown) => Promise<{ id: number; count?: number; outIndex?: Int32Array; outDistance?: Int32Array; error?: string }> {
  let reply: (value: never) => void = () => {};
  const scope = {
    onmessage: null as ((event: { data: unknown }) => void) | null,
    postMessage: (message: never) => reply(message),
  };
  // Only `self` is in scope: exactly what a worker started from a Blob URL has of ours.
  new Function('self', workerSource())(scope);
  return (message) =>
    new Promise((resolve) => {
      reply = resolve;
      scope.onmessage!({ data: message });
    });
}

describe('the Web Worker script', () => {
  it('runs from its source text alone and extracts like the sync kernel', async () => {
    const send = startScript();
    const answer = await send({ id: 7, module, job: extractJob('kitten', ['sitting', 'kitten', 'mitten', 'bitte', 'knitting'], 3) });
    expect(answer.error).toBeUndefined();
    expect(answer.id).toBe(7);
    expect(answer.count).toBe(3);
    expect(Array.from(answer.outIndex!)).toEqual([1, 2, 3]);
    expect(Array.from(answer.outDistance!)).toEqual([0, 1, 2]);
  });

  it('reports an error as a message and keeps answering', async () => {
    const send = startScript();
    const broken = { ...extractJob('a', ['b'], 1), choices: undefined };
    const failed = await send({ id: 1, module, job: broken });
    expect(failed.id).toBe(1);
    expect(failed.error).toMatch(/./u);
    const answer = await send({ id: 2, module, job: extractJob('a', ['b', 'a'], 1) });
    expect(Array.from(answer.outIndex!)).toEqual([1]);
  });
});
