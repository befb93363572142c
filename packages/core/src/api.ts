/**
 * createApi(kernel): the public API of editops, written once over the minimal Kernel contract.
 * Each backend package calls it with its own kernel and re-exports the result.
 */
import { Editops } from './editops';
import { KernelStatus, type Kernel } from './kernel';
import { resolveOptions } from './options';
import { ScratchSequence } from './sequence';
import type { DistanceOptions, EditopsApi } from './types';

export function createApi(kernel: Kernel): EditopsApi {
  // Two scratch buffers per API instance: the per-call path reuses them instead of allocating.
  const a = new ScratchSequence();
  const b = new ScratchSequence();

  function encodePair(first: unknown, second: unknown): void {
    a.encodeString('a', first);
    b.encodeString('b', second);
  }

  function releasePair(): void {
    a.release();
    b.release();
  }

  function distance(first: string, second: string, options?: DistanceOptions): number {
    const resolved = resolveOptions(options);
    encodePair(first, second);
    try {
      return kernel.distance(a.symbols, a.length, b.symbols, b.length, resolved.metric, resolved.maxDistance);
    } finally {
      releasePair();
    }
  }

  function editops(first: string, second: string, options?: DistanceOptions): Editops | null {
    const resolved = resolveOptions(options);
    encodePair(first, second);
    try {
      const result = kernel.editops(a.symbols, a.length, b.symbols, b.length, resolved.metric, resolved.maxDistance);
      if (typeof result !== 'number') return new Editops(result, first, a.length, second, b.length);
      return statusToResult(result, a.length, b.length);
    } finally {
      releasePair();
    }
  }

  return { distance, editops };
}

function statusToResult(status: KernelStatus, aLength: number, bLength: number): null {
  switch (status) {
    case KernelStatus.overMaxDistance:
      return null;
    case KernelStatus.tooLarge:
      throw new RangeError(
        `editops: a and b (${aLength} x ${bLength} symbols) need more working memory than the ` +
          'editops budget allows; see docs/limits.md',
      );
    case KernelStatus.unsupported:
      throw new Error('editops: this metric is not supported by this build of the core');
    default:
      throw new Error(`editops: the kernel returned an unknown status ${String(status)}`);
  }
}
