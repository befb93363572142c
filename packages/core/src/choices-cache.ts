/**
 * Plain choice arrays, encoded once across batch calls.
 *
 * Users coming from other libraries call `extract(query, words)` with the same plain array again
 * and again, and do not know to call prepareChoices. Encoding 100k words costs milliseconds on
 * every such call, more than the search itself. So the batch calls keep the encoding of the last
 * few arrays they saw, as PreparedChoices.
 *
 * The cache is exact, never stale: a hit needs the same array object, the same unit, the same
 * length and, element by element, the very values the encoding was built from (`===` against the
 * copy PreparedChoices keeps; a string compares by content, so an equal string in a new object
 * still hits). An array the caller has mutated, appended to, shortened or reordered since is a
 * miss and is encoded again. Checking costs one comparison per element, far less than encoding.
 *
 * Bounded: the last MAX_ENTRIES arrays, and only arrays of up to MAX_CACHED_ELEMENTS elements.
 * Entries are held through WeakRefs, so a cached array the caller drops can still be collected.
 */
import { PreparedChoices } from './prepared-choices';
import type { Sequence, StringUnit } from './types';

const MAX_ENTRIES = 4;
const MAX_CACHED_ELEMENTS = 1 << 22;

interface Entry {
  readonly array: WeakRef<readonly Sequence[]>;
  readonly prepared: PreparedChoices;
}

/** Most recently used first. */
const entries: Entry[] = [];

/** Whether `array` still holds exactly the elements `prepared` was built from. */
function unchanged(array: readonly Sequence[], prepared: PreparedChoices): boolean {
  const built = prepared.choices;
  if (array.length !== built.length) return false;
  for (let i = 0; i < built.length; i++) if (array[i] !== built[i]) return false;
  return true;
}

/**
 * The encoding of a plain array of choices: the cached one when `array` is unchanged since it was
 * encoded, else a new one (which replaces it in the cache).
 */
export function preparedFor(array: readonly Sequence[], unit: StringUnit): PreparedChoices {
  if (typeof WeakRef === 'undefined' || array.length > MAX_CACHED_ELEMENTS) return new PreparedChoices(array, { unit });
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k]!;
    if (entry.array.deref() !== array || entry.prepared.unit !== unit) continue;
    entries.splice(k, 1);
    if (!unchanged(array, entry.prepared)) break;
    entries.unshift(entry);
    return entry.prepared;
  }
  const prepared = new PreparedChoices(array, { unit });
  entries.unshift({ array: new WeakRef(array), prepared });
  if (entries.length > MAX_ENTRIES) entries.length = MAX_ENTRIES;
  return prepared;
}

/** Forgets every cached array (tests use it to measure a first call). */
export function clearChoicesCache(): void {
  entries.length = 0;
}
