import { describe, expect, it } from 'vitest';
import { MetricCode, NO_MAX_DISTANCE } from './kernel';
import { DEFAULT_OPTIONS, resolveOptions } from './options';

describe('resolveOptions', () => {
  it('uses the defaults for undefined and for an empty object', () => {
    expect(resolveOptions(undefined)).toBe(DEFAULT_OPTIONS);
    expect(resolveOptions({})).toEqual({ metric: MetricCode.levenshtein, maxDistance: NO_MAX_DISTANCE });
  });

  it('passes a valid cutoff through and treats Infinity and huge cutoffs as none', () => {
    expect(resolveOptions({ maxDistance: 0 }).maxDistance).toBe(0);
    expect(resolveOptions({ maxDistance: 17 }).maxDistance).toBe(17);
    expect(resolveOptions({ maxDistance: Infinity }).maxDistance).toBe(NO_MAX_DISTANCE);
    expect(resolveOptions({ maxDistance: 2 ** 40 }).maxDistance).toBe(NO_MAX_DISTANCE);
  });

  it.each([-1, 0.5, NaN, -Infinity])('rejects maxDistance %s with a RangeError naming it', (maxDistance) => {
    expect(() => resolveOptions({ maxDistance })).toThrow(RangeError);
    expect(() => resolveOptions({ maxDistance })).toThrow(/options\.maxDistance must be a non-negative integer/);
  });

  it('rejects an unknown metric with a RangeError that lists the metrics', () => {
    expect(() => resolveOptions({ metric: 'cosine' as never })).toThrow(RangeError);
    expect(() => resolveOptions({ metric: 'cosine' as never })).toThrow(/'levenshtein', 'osa'/);
    expect(() => resolveOptions({ metric: 'toString' as never })).toThrow(RangeError);
  });
});
