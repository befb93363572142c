/**
 * Plain choice arrays, encoded once across batch calls.
 *
 * Users coming from other libraries call `extract(query, words)` with the same plain array again
 * and again, and do not know to call prepareChoices. Encoding 100k words costs milliseconds on
 * every such call, more than the search itself. So the batch calls keep the encoding of the last
 * few arrays they saw, encoded exactly as prepareChoices encodes (prepared-choices.ts).
 *
 * The cache is exact, never stale: a hit needs the same array object, the same unit, the same
 * length and, element by element, the very values the encoding was built from (Object.is against
 * the copy the encoding keeps, which is the same as `===` for the elements a list can hold; a
 * string compares by content, so an equal string in a new object still hits). An array the
 * caller has mutated, appended to, shortened or reordered since is a miss and is encoded again. The check reads each element once, and on a miss what it read
 * is the list that gets encoded, so a getter runs once per element per call, hit or miss.
 *
 * Bounded: the last MAX_ENTRIES arrays, and only arrays of up to MAX_CACHED_ELEMENTS elements.
 * Arrays are held through WeakRefs, so a cached array the caller drops can still be collected.
 * The encoding is the job's `choicesKey`, so kernels may keep their own copy of it (wasm does).
 */
import type { PreparedEncoding } from './prepared-choices';
import type { Steps } from './sequence-list';
import type { Sequence, StringUnit } from './types';

const MAX_ENTRIES = 4;
const MAX_CACHED_ELEMENTS = 1 << 22;

interface Entry {
  readonly array: WeakRef<readonly Sequence[]>;
  readonly encoding: PreparedEncoding;
}

/** Most recently used first. */
const entries: Entry[] = [];

/** What lookupChoices found: the cached encoding, or the list as read now, to encode. */
export type ChoicesLookup = { readonly hit: PreparedEncoding; readonly copy?: undefined } | { readonly hit?: undefined; readonly copy: Sequence[] };

/** Elements read between the pauses of the steps below. */
const READ_SLICE = 1 << 14;

/**
 * The values of `array` now, or null when they are exactly `built` (the copy an encoding was made
 * from). Each element is read once. In steps, so that the async calls can pause between them.
 */
function* changedCopySteps(array: readonly Sequence[], built: readonly Sequence[]): Steps<Sequence[] | null> {
  const length = array.length;
  if (length !== built.length) return yield* copySteps(array, length);
  for (let from = 0; from < length; from += READ_SLICE) {
    const at = firstChange(array, built, from, Math.min(length, from + READ_SLICE));
    if (at >= 0) {
      const copy = new Array<Sequence>(length);
      copyRange(built, copy, 0, at);
      copy[at] = changedValue!;
      changedValue = undefined;
      copyRange(array, copy, at + 1, Math.min(length, from + READ_SLICE));
      for (let next = from + READ_SLICE; next < length; next += READ_SLICE) {
        yield;
        copyRange(array, copy, next, Math.min(length, next + READ_SLICE));
      }
      return copy;
    }
    yield;
  }
  return null;
}

/** The value firstChange read at the index it returned (so that no element is read twice). */
let changedValue: Sequence | undefined;

/**
 * The first index in [from, to) where `array` differs from `built`, or -1. A plain function, not
 * part of the generator above: V8 runs a loop inside a generator about twice as slowly (23 against
 * 11 ns an element on 104k words), and this loop is the whole cost of a cache hit.
 *
 * Object.is, not `!==`: the elements are strings or objects, never numbers, so the two agree here
 * (a string still compares by content), but V8 compiles `!==` on strings into a string compare
 * that checks both operands' types first, where Object.is starts with a compare of the two
 * references, which is all a hit needs. `built` is not frozen (prepared-choices.ts) for the same
 * reason: V8 reads a frozen array's elements more slowly.
 */
function firstChange(array: readonly Sequence[], built: readonly Sequence[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const value = array[i];
    if (!Object.is(value, built[i])) {
      changedValue = value;
      return i;
    }
  }
  return -1;
}

/** A copy of array[0, length), each element read once (in slices: see firstChange). */
function* copySteps(array: readonly Sequence[], length: number): Steps<Sequence[]> {
  const copy = new Array<Sequence>(length);
  for (let from = 0; from < length; from += READ_SLICE) {
    copyRange(array, copy, from, Math.min(length, from + READ_SLICE));
    if (from + READ_SLICE < length) yield;
  }
  return copy;
}

function copyRange(array: readonly Sequence[], copy: Sequence[], from: number, to: number): void {
  for (let i = from; i < to; i++) copy[i] = array[i]!;
}

/** Looks `array` up: its cached encoding when unchanged, else a copy of its elements to encode. */
export function* lookupChoicesSteps(array: readonly Sequence[], unit: StringUnit): Steps<ChoicesLookup> {
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k]!;
    if (entry.array.deref() !== array || entry.encoding.unit !== unit) continue;
    entries.splice(k, 1);
    const copy = yield* changedCopySteps(array, entry.encoding.choices);
    if (copy !== null) return { copy };
    // Another call may have cached this array while this one paused: keep one entry per array.
    const again = entries.findIndex((other) => other.array.deref() === array && other.encoding.unit === unit);
    if (again >= 0) entries.splice(again, 1);
    entries.unshift(entry);
    return { hit: entry.encoding };
  }
  return { copy: yield* copySteps(array, array.length) };
}

/** Keeps `encoding` as the cached encoding of `array` (when the array is not too large); returns it. */
export function rememberChoices(array: readonly Sequence[], encoding: PreparedEncoding): PreparedEncoding {
  if (typeof WeakRef === 'undefined' || encoding.choices.length > MAX_CACHED_ELEMENTS) return encoding;
  // Two async calls that both missed cache the array twice: keep the newer encoding only.
  const known = entries.findIndex((entry) => entry.array.deref() === array && entry.encoding.unit === encoding.unit);
  if (known >= 0) entries.splice(known, 1);
  entries.unshift({ array: new WeakRef(array), encoding });
  if (entries.length > MAX_ENTRIES) entries.length = MAX_ENTRIES;
  return encoding;
}
