import { describe, expect, it } from 'vitest';
import { MAX_ASYNC_BUILD, MIN_INDEXED_CHOICES, withChoiceIndex } from './choice-index';
import { resolveOptions } from './options';
import { BatchKind, CHOICE_SIGNATURE_WORDS, type BatchJob, type Kernel } from './kernel';
import type { PackedList } from './sequence-list';

/** A kernel that only counts its choiceIndex calls and marks the arrays it fills. */
function countingKernel() {
  const calls: number[] = [];
  const kernel = {
    choiceIndex(_symbols: Uint32Array, _offsets: Uint32Array, count: number, order: Uint32Array, signatures: Uint32Array) {
      calls.push(count);
      order.fill(7);
      signatures.fill(9);
    },
  } as unknown as Kernel;
  return { kernel, calls };
}

const levenshtein = resolveOptions(undefined);

function list(count: number): PackedList {
  return { symbols: new Uint32Array(count), offsets: Uint32Array.from({ length: count + 1 }, (_, i) => i), count };
}

function jobOver(packed: PackedList, kind: BatchKind = BatchKind.extract, limit = 10): BatchJob {
  return {
    kind,
    queries: new Uint32Array(0),
    queryOffsets: Uint32Array.of(0, 0),
    queryCount: 1,
    choices: packed.symbols,
    choiceOffsets: packed.offsets,
    choiceCount: packed.count,
    options: new Int32Array(6),
    limit,
    outIndex: new Int32Array(limit),
    outDistance: new Int32Array(limit),
  };
}

describe('withChoiceIndex', () => {
  it('attaches an index from the second extract over a list on, built once', () => {
    const { kernel, calls } = countingKernel();
    const packed = list(MIN_INDEXED_CHOICES);
    const first = jobOver(packed);
    expect(withChoiceIndex(kernel, first, packed, levenshtein, false)).toBe(first);
    expect(calls).toEqual([]);
    const second = withChoiceIndex(kernel, jobOver(packed), packed, levenshtein, false);
    expect(calls).toEqual([MIN_INDEXED_CHOICES]);
    expect(second.choiceOrder).toHaveLength(MIN_INDEXED_CHOICES);
    expect(second.choiceOrder![0]).toBe(7);
    expect(second.choiceSignatures).toHaveLength(CHOICE_SIGNATURE_WORDS * MIN_INDEXED_CHOICES);
    const third = withChoiceIndex(kernel, jobOver(packed), packed, levenshtein, false);
    expect(third.choiceOrder).toBe(second.choiceOrder);
    expect(calls).toHaveLength(1);
  });

  it('leaves short lists, large limits and the other kinds of job alone', () => {
    const { kernel, calls } = countingKernel();
    const short = list(MIN_INDEXED_CHOICES - 1);
    const long = list(MIN_INDEXED_CHOICES);
    for (let call = 0; call < 3; call++) {
      expect(withChoiceIndex(kernel, jobOver(short), short, levenshtein, false).choiceOrder).toBeUndefined();
      expect(withChoiceIndex(kernel, jobOver(long, BatchKind.matrix, 0), long, levenshtein, false).choiceOrder).toBeUndefined();
      expect(withChoiceIndex(kernel, jobOver(long, BatchKind.distanceMany, 0), long, levenshtein, false).choiceOrder).toBeUndefined();
      expect(withChoiceIndex(kernel, jobOver(long, BatchKind.extract, MIN_INDEXED_CHOICES / 8), long, levenshtein, false).choiceOrder).toBeUndefined();
    }
    expect(calls).toEqual([]);
  });

  it('serves unit-cost Levenshtein, OSA and Indel only', () => {
    const { kernel, calls } = countingKernel();
    const long = list(MIN_INDEXED_CHOICES);
    const others = [{ metric: 'damerau' }, { metric: 'hamming' }, { metric: 'jaroWinkler' }, { weights: { replace: 2 } }] as const;
    for (const options of others) {
      for (let call = 0; call < 3; call++) expect(withChoiceIndex(kernel, jobOver(long), long, resolveOptions(options), false).choiceOrder).toBeUndefined();
    }
    expect(calls).toEqual([]);
    for (const metric of ['osa', 'indel'] as const) {
      const packed = list(MIN_INDEXED_CHOICES);
      for (let call = 0; call < 2; call++) withChoiceIndex(kernel, jobOver(packed), packed, resolveOptions({ metric }), false);
    }
    expect(calls).toHaveLength(2);
  });

  it('builds no index in an async call over a list longer than MAX_ASYNC_BUILD, but uses one a sync call built', () => {
    const { kernel, calls } = countingKernel();
    const huge = list(MAX_ASYNC_BUILD + 1);
    for (let call = 0; call < 3; call++) expect(withChoiceIndex(kernel, jobOver(huge), huge, levenshtein, true).choiceOrder).toBeUndefined();
    expect(calls).toEqual([]);
    const built = withChoiceIndex(kernel, jobOver(huge), huge, levenshtein, false).choiceOrder;
    expect(calls).toEqual([MAX_ASYNC_BUILD + 1]);
    expect(withChoiceIndex(kernel, jobOver(huge), huge, levenshtein, true).choiceOrder).toBe(built);
    const small = list(MAX_ASYNC_BUILD);
    for (let call = 0; call < 2; call++) withChoiceIndex(kernel, jobOver(small), small, levenshtein, true);
    expect(calls).toEqual([MAX_ASYNC_BUILD + 1, MAX_ASYNC_BUILD]);
  });
});
