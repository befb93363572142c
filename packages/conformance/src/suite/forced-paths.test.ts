/**
 * Whichever algorithm path the core takes (full matrix, band, linear-memory split), editops must
 * return the one canonical script of docs/semantics.md. The options block's `path` forces each
 * path on the same inputs; every answer must equal the naive oracle's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kernelOptionsBlock, KernelStatus, MetricCode, NO_MAX_DISTANCE, PathCode, type Metric } from '@editops/core';
import { backendUnderTest } from '../backend-under-test';
import { similarPair, smallAlphabetString } from '../arbitraries';
import { oracleDistance, oracleEditops } from '../oracle/metrics';

const { label, kernel } = backendUnderTest();
const OP_CODES = { insert: 0, delete: 1, replace: 2, transpose: 3 } as const;

function symbols(text: string): Uint32Array {
  return Uint32Array.from(Array.from(text), (c) => c.codePointAt(0)!);
}

function packedOracle(a: string, b: string, metric: Metric): Int32Array {
  return Int32Array.from(oracleEditops(Array.from(a), Array.from(b), { metric }).flatMap((op) => [OP_CODES[op.type], op.srcPos, op.destPos]));
}

const paths = Object.entries(PathCode) as Array<[string, PathCode]>;
const metrics: Metric[] = ['levenshtein', 'osa', 'indel'];

const pairs = fc.oneof(
  fc.tuple(smallAlphabetString('ab', 40), smallAlphabetString('ab', 40)),
  fc.tuple(smallAlphabetString('abcd', 150), smallAlphabetString('abcd', 150)),
  similarPair,
);

describe(`${label}: every forced editops path returns the canonical script`, () => {
  it.each(metrics)('%s', (metric) => {
    fc.assert(
      fc.property(pairs, fc.option(fc.nat(12), { nil: undefined }), ([a, b], cutoff) => {
        const x = symbols(a);
        const y = symbols(b);
        const distance = oracleDistance(Array.from(a), Array.from(b), { metric });
        const expected = cutoff !== undefined && distance > cutoff ? KernelStatus.overMaxDistance : packedOracle(a, b, metric);
        for (const [, path] of paths) {
          const options = { metric: MetricCode[metric], maxDistance: cutoff ?? NO_MAX_DISTANCE, insertWeight: 1, deleteWeight: 1, replaceWeight: 1 };
          const result = kernel.editops(x, x.length, y, y.length, kernelOptionsBlock(options, path));
          expect(result).toEqual(expected);
        }
      }),
      { numRuns: 120 },
    );
  });
});
