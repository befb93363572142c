/**
 * Plain choice arrays, encoded once across batch calls.
 *
 * Users coming from other libraries call `extract(query, words)` with the same plain array again
 * and again, and do not know to call prepareChoices. Encoding 100k words costs milliseconds on
 * every such call, more than the search itself. So the batch calls keep the encoding of the last
 * few arrays they saw, encoded exactly as prepareChoices encodes (prepared-choices.ts).
 *
 * The cache is exact, never stale: a hit needs the same array object, the same unit, the same
 * length and, element by element, the very values the encoding was built from (`===` against the
 * frozen copy the encoding keeps; a string compares by content, so an equal string in a new
 * object still hits). An array the caller has mutated, appended to, shortened or reordered since
 * is a miss and is encoded again. The check reads each element once, and on a miss what it read
 * is the list that gets encoded, so a getter runs once per element per call, hit or miss.
 *
 * Bounded: the last MAX_ENTRIES arrays, and only arrays of up to MAX_CACHED_ELEMENTS elements.
 * Arrays are held through WeakRefs, so a cached array the caller drops can still be collected.
 * The encoding is the job's `choicesKey`, so kernels may keep their own copy of it (wasm does).
 */
import type { PreparedEncoding } from './prepared-choices';
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

/**
 * The values of `array` now, or null when they are exactly `built` (the copy an encoding was made
 * from). Each element is read once.
 */
function changedCopy(array: readonly Sequence[], built: readonly Sequence[]): Sequence[] | null {
  const length = array.length;
  let i = 0;
  if (length === built.length) {
    for (; i < length; i++) {
      const value = array[i];
      if (value !== built[i]) {
        const copy = built.slice(0, i);
        copy.push(value!);
        for (i++; i < length; i++) copy.push(array[i]!);
        return copy;
      }
    }
    return null;
  }
  return Array.from({ length }, (_, k) => array[k]!);
}

/** Looks `array` up: its cached encoding when unchanged, else a copy of its elements to encode. */
export function lookupChoices(array: readonly Sequence[], unit: StringUnit): ChoicesLookup {
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k]!;
    if (entry.array.deref() !== array || entry.encoding.unit !== unit) continue;
    entries.splice(k, 1);
    const copy = changedCopy(array, entry.encoding.choices);
    if (copy !== null) return { copy };
    entries.unshift(entry);
    return { hit: entry.encoding };
  }
  return { copy: [...array] };
}


/** Keeps `encoding` as the cached encoding of `array` (when the array is not too large); returns it. */
export function rememberChoices(array: readonly Sequence[], encoding: PreparedEncoding): PreparedEncoding {
  if (typeof WeakRef === 'undefined' || encoding.choices.length > MAX_CACHED_ELEMENTS) return encoding;
  entries.unshift({ array: new WeakRef(array), encoding });
  if (entries.length > MAX_ENTRIES) entries.length = MAX_ENTRIES;
  return encoding;
}
