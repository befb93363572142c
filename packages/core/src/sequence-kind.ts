/**
 * What kind of sequence an argument is, and splitting a sequence into its elements. The kinds:
 * strings, arrays of strings (tokens), and arrays / typed arrays of integers.
 */
import { argumentTypeError, type ArgumentName } from './errors';
import type { IntegerTypedArray, Sequence, StringUnit } from './types';
import { words } from './word-unit';

export type SequenceKind = 'string' | 'tokens' | 'integers';

export const KIND_NAMES: Record<SequenceKind, string> = {
  string: 'a string',
  tokens: 'an array of strings',
  integers: 'an array of integers',
};

const EXPECTED = 'a string, an array of strings, or an array or typed array of integers';

/**
 * Typed arrays are recognized and measured through the intrinsic %TypedArray% getters, which run
 * no user code and answer for the real object only: a subclass whose `length` getter lies, or an
 * own `length` property, changes nothing, and a Proxy (or any look-alike) is no typed array. Their
 * indexed elements are read directly: a typed array's integer keys can hold no getter.
 */
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype) as object;
const TypedArray = TypedArrayPrototype.constructor as abstract new () => object;
const intrinsicTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag)!.get!;
const intrinsicLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length')!.get!;
const INTEGER_TYPED_ARRAYS = new Set(['Uint8Array', 'Uint16Array', 'Uint32Array', 'Int8Array', 'Int16Array', 'Int32Array', 'Uint8ClampedArray']);

export function isIntegerTypedArray(value: unknown): value is IntegerTypedArray {
  return INTEGER_TYPED_ARRAYS.has(intrinsicTag.call(value) as string);
}

/** The real length of an integer typed array (0 once its buffer is detached). */
export function typedArrayLength(value: IntegerTypedArray): number {
  return intrinsicLength.call(value) as number;
}

/** The kind of `value`, or 'empty' for an empty array (which matches either array kind). */
export function kindOf(name: ArgumentName, value: unknown): SequenceKind | 'empty' {
  if (typeof value === 'string') return 'string';
  if (isIntegerTypedArray(value)) return 'integers';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'empty';
    const first: unknown = value[0];
    if (typeof first === 'string') return 'tokens';
    if (typeof first === 'number') return 'integers';
    throw argumentTypeError(`${String(name)}[0]`, 'a string or an integer (the element kinds editops compares)', first);
  }
  if (value instanceof TypedArray && intrinsicTag.call(value) === undefined) {
    throw argumentTypeError(name, 'a typed array itself, not a Proxy or other look-alike of one', value);
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

/** UTF-16 units segmented at a time; see segmentInChunks. */
const GRAPHEME_CHUNK = 512;
const CR = 0x0d;
const LF = 0x0a;
/**
 * Below U+0300 (ASCII, Latin-1, Latin Extended, IPA, spacing modifiers) no character is a
 * combining mark, prepend, ZWJ, Hangul or regional indicator, so no grapheme rule joins two of
 * them but CR LF. From U+0300 on, combining marks begin.
 */
const SIMPLE_BELOW = 0x300;
const SIMPLE = Array.from({ length: SIMPLE_BELOW }, (_, code) => String.fromCharCode(code));

/** Whether there is a grapheme boundary between units i and i + 1, known without a segmenter. */
function simpleBoundaryAfter(value: string, i: number): boolean {
  const unit = value.charCodeAt(i);
  const next = value.charCodeAt(i + 1);
  return unit < SIMPLE_BELOW && next < SIMPLE_BELOW && !(unit === CR && next === LF);
}

/**
 * Splits a string into extended grapheme clusters (Intl.Segmenter), in time linear in its length.
 * A character below U+0300 followed by another is a cluster of its own (see SIMPLE_BELOW), so
 * Latin text takes no segmenter (which costs microseconds per cluster); the stretches between go
 * to segmentInChunks, each from one boundary to the next.
 */
export function graphemes(value: string): string[] {
  const out: string[] = [];
  const length = value.length;
  let i = 0;
  while (i < length) {
    if (i + 1 === length ? value.charCodeAt(i) < SIMPLE_BELOW : simpleBoundaryAfter(value, i)) {
      out.push(SIMPLE[value.charCodeAt(i)]!);
      i++;
      continue;
    }
    // A stretch [i, end) that ends at a boundary: the first one known without a segmenter.
    let end = i + 1;
    while (end < length && !simpleBoundaryAfter(value, end - 1)) end++;
    if (end - i <= CACHED_STRETCH_UNITS) segmentShort(value.slice(i, end), out);
    else segmentInChunks(value, i, end, out);
    i = end;
  }
  return out;
}

let graphemeSegmenter: Intl.Segmenter | undefined;

/**
 * Short stretches (an emoji, an accented letter and its neighbour) recur all through real text,
 * and the segmenter costs microseconds per call: their clusters are remembered. A stretch runs
 * from one boundary to the next, so its clusters depend on its text alone.
 */
const CACHED_STRETCH_UNITS = 16;
const CACHED_STRETCHES = 4096;
const stretchClusters = new Map<string, readonly string[]>();

function segmentShort(stretch: string, out: string[]): void {
  let clusters = stretchClusters.get(stretch);
  if (clusters === undefined) {
    graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    clusters = Array.from(graphemeSegmenter.segment(stretch), ({ segment }) => segment);
    if (stretchClusters.size >= CACHED_STRETCHES) stretchClusters.clear();
    stretchClusters.set(stretch, clusters);
  }
  for (const cluster of clusters) out.push(cluster);
}

/**
 * Appends the clusters of value[start, end) (both boundaries) to out. Iterating the segments of
 * one long string is quadratic in some engines (Node 20: 131,072 units took 22 s), so the stretch
 * is segmented in chunks. Each chunk starts at a boundary; every cluster of the chunk but the last
 * is kept, and the next chunk starts where that last one did, since the chunk's end may have cut
 * it short. That is exact: whether there is a boundary between two code points depends on those
 * before it (from the last boundary on) and the one code point after it, all inside the chunk for
 * every boundary but its last (a chunk never ends inside a surrogate pair). A cluster longer than
 * a chunk gets a chunk twice as long, until it fits.
 */
function segmentInChunks(value: string, start: number, end: number, out: string[]): void {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let size = GRAPHEME_CHUNK;
  while (start < end) {
    if (start + size >= end) {
      const rest = start === 0 && end === value.length ? value : value.slice(start, end);
      for (const { segment } of graphemeSegmenter.segment(rest)) out.push(segment);
      return;
    }
    let chunkEnd = start + size;
    const unit = value.charCodeAt(chunkEnd - 1);
    if (unit >= 0xd800 && unit <= 0xdbff) chunkEnd++;
    let last: string | undefined;
    let lastIndex = 0;
    for (const { segment, index } of graphemeSegmenter.segment(value.slice(start, chunkEnd))) {
      if (last !== undefined) out.push(last);
      last = segment;
      lastIndex = index;
    }
    if (lastIndex === 0) {
      size *= 2; // one cluster fills the chunk
      continue;
    }
    start += lastIndex;
    size = GRAPHEME_CHUNK;
  }
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
