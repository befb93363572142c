import { describe, expect, it } from 'vitest';
import { MetricCode, NO_MAX_DISTANCE } from './kernel';
import { DEFAULT_OPTIONS, resolveOptions } from './options';

describe('resolveOptions', () => {
  it('uses the defaults for undefined and for an empty object', () => {
    expect(resolveOptions(undefined)).toBe(DEFAULT_OPTIONS);
    expect(resolveOptions({})).toEqual(DEFAULT_OPTIONS);
    expect(DEFAULT_OPTIONS).toMatchObject({ metric: MetricCode.levenshtein, maxDistance: NO_MAX_DISTANCE, unit: 'codepoint' });
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

  it('checks weights: positive integers, known keys, levenshtein only', () => {
    expect(resolveOptions({ weights: { insert: 2, replace: 3 } })).toMatchObject({ insertWeight: 2, deleteWeight: 1, replaceWeight: 3 });
    expect(() => resolveOptions({ weights: { insert: 0 } })).toThrow(/options\.weights\.insert must be a positive integer/);
    expect(() => resolveOptions({ weights: { delete: 1.5 } })).toThrow(RangeError);
    expect(() => resolveOptions({ weights: { replace: '2' as never } })).toThrow(TypeError);
    expect(() => resolveOptions({ weights: { swap: 1 } as never })).toThrow(TypeError);
    expect(() => resolveOptions({ weights: { swap: 1 } as never })).toThrow(/unknown option 'swap' in options\.weights/);
    expect(() => resolveOptions({ metric: 'osa', weights: { insert: 2 } })).toThrow(/options\.weights must be used only with metric 'levenshtein'/);
    expect(resolveOptions({ metric: 'osa', weights: {} }).insertWeight).toBe(1);
  });

  it('checks unit and pad', () => {
    expect(resolveOptions({ unit: 'grapheme' }).unit).toBe('grapheme');
    expect(() => resolveOptions({ unit: 'byte' as never })).toThrow(/options\.unit must be one of 'codepoint', 'utf16', 'grapheme', 'word', got a string \('byte'\)/);
    expect(resolveOptions({ unit: 'word' }).unit).toBe('word');
    expect(resolveOptions({ pad: true }).pad).toBe(true);
    expect(() => resolveOptions({ pad: 1 as never })).toThrow(/options\.pad must be a boolean/);
  });

  it('rejects an unknown metric with a RangeError that lists the metrics', () => {
    expect(() => resolveOptions({ metric: 'cosine' as never })).toThrow(RangeError);
    expect(() => resolveOptions({ metric: 'cosine' as never })).toThrow(/'levenshtein', 'osa'/);
    expect(() => resolveOptions({ metric: 'toString' as never })).toThrow(RangeError);
  });
});
