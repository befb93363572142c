/**
 * A worker thread of the wasm backend's async batch calls (Node). It instantiates its own copy of
 * the compiled module (workerData.module) and runs the job parts it is sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { BatchJob } from '@editops/core';
import { instantiateSync } from './instantiate';
import { createWasmKernel } from './wasm-kernel';

const wasmModule = (workerData as { module: WebAssembly.Module }).module;
const kernel = createWasmKernel(() => instantiateSync(wasmModule));

parentPort!.on('message', ({ id, job }: { id: number; job: BatchJob }) => {
  try {
    const count = kernel.batch(job);
    parentPort!.postMessage({ id, count, outIndex: job.outIndex, outDistance: job.outDistance }, [job.outIndex.buffer as ArrayBuffer, job.outDistance.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error });
  }
});
