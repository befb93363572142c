/**
 * What kind of sequence an argument is, and splitting a sequence into its elements. The kinds:
 * strings, arrays of strings (tokens), and arrays / typed arrays of integers.
 */
import { argumentTypeError } from './errors';
import type { IntegerTypedArray, Sequence, StringUnit } from './types';
import { words } from './word-unit';

export type SequenceKind = 'string' | 'tokens' | 'integers';

export const KIND_NAMES: Record<SequenceKind, string> = {
  string: 'a string',
  tokens: 'an array of strings',
  integers: 'an array of integers',
};

const EXPECTED = 'a string, an array of strings, or an array or typed array of integers';

export function isIntegerTypedArray(value: unknown): value is IntegerTypedArray {
  return (
    value instanceof Uint8Array ||
    value instanceof Uint16Array ||
    value instanceof Uint32Array ||
    value instanceof Int8Array ||
    value instanceof Int16Array ||
    value instanceof Int32Array ||
    value instanceof Uint8ClampedArray
  );
}

/** The kind of `value`, or 'empty' for an empty array (which matches either array kind). */
export function kindOf(name: string, value: unknown): SequenceKind | 'empty' {
  if (typeof value === 'string') return 'string';
  if (isIntegerTypedArray(value)) return 'integers';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'empty';
    const first: unknown = value[0];
    if (typeof first === 'string') return 'tokens';
    if (typeof first === 'number') return 'integers';
    throw argumentTypeError(`${name}[0]`, 'a string or an integer (the element kinds editops compares)', first);
  }
  throw argumentTypeError(name, EXPECTED, value);
}

/** The common kind of a and b; a TypeError naming both when they differ. */
export function pairKind(a: unknown, b: unknown): SequenceKind {
  const kindA = kindOf('a', a);
  const kindB = kindOf('b', b);
  if (kindA === 'empty') return kindB === 'empty' ? 'tokens' : kindB;
  if (kindB === 'empty' || kindA === kindB) return kindA;
  throw new TypeError(
    `editops: a and b must be sequences of the same kind, got ${KIND_NAMES[kindA]} and ${KIND_NAMES[kindB]}`,
  );
}

let graphemeSegmenter: Intl.Segmenter | undefined;

/** Splits a string into extended grapheme clusters (Intl.Segmenter). */
export function graphemes(value: string): string[] {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const out: string[] = [];
  for (const { segment } of graphemeSegmenter.segment(value)) out.push(segment);
  return out;
}

/** The elements of a sequence, as positions count them. */
export function elementsOf(value: Sequence, unit: StringUnit): readonly unknown[] {
  if (typeof value !== 'string') return value as readonly unknown[];
  switch (unit) {
    case 'codepoint':
      return Array.from(value);
    case 'utf16':
      return value.split('');
    case 'grapheme':
      return graphemes(value);
    case 'word':
      return words(value);
  }
}

/** Rebuilds a sequence of the same kind as `template` from elements. */
export function sequenceLike(template: Sequence, elements: unknown[]): Sequence {
  if (typeof template === 'string') return elements.join('');
  if (isIntegerTypedArray(template)) {
    const TypedArray = template.constructor as new (values: number[]) => IntegerTypedArray;
    return new TypedArray(elements as number[]);
  }
  return elements as string[] | number[];
}
