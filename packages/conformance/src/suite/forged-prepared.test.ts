/**
 * Prepared choices a caller tampers with cannot make a batch call read out of bounds or answer
 * for other choices: whatever is written to the object, the calls answer as for the choices it was
 * prepared from, and an object that only looks prepared is refused with a TypeError.
 */
import { describe, expect, it } from 'vitest';
import { PreparedChoices, prepareChoices } from '@editops/core';
import { backendUnderTest } from '../backend-under-test';

const { label, api } = backendUnderTest();

const words = ['apple', 'apply', 'ample', 'maple', 'angle', 'ankle', 'tangle', 'a'.repeat(40)];

/** Every field a caller can reach, overwritten with something hostile; errors from frozen fields are fine. */
function tamper(prepared: PreparedChoices): void {
  const target = prepared as unknown as Record<string, unknown>;
  const huge = { symbols: new Uint32Array(4), offsets: new Uint32Array([0, 2 ** 31, 2 ** 32 - 1]), count: 1e6 };
  const attempts: Array<() => void> = [
    () => ((target.packed as { offsets: Uint32Array }).offsets[1] = 2 ** 31),
    () => ((target.packed as { symbols: Uint32Array }).symbols.fill(7)),
    () => (target.packed = huge),
    () => (target.count = 1e6),
    () => ((target.packed as { count: number }).count = 1e6),
    () => (target.choices = ['x']),
    () => ((target.choices as string[]).length = 0),
    () => ((target.choices as string[])[0] = 'zzz'),
    () => (target.kind = 'integers'),
    () => (target.unit = 'utf16'),
    () => (target.interner = { id: () => 2 ** 31, frozen: false }),
    () => ((target.interner as { frozen: boolean }).frozen = false),
  ];
  for (const attempt of attempts) {
    try {
      attempt();
    } catch {
      // a frozen or missing field refused the write: that is one way to be safe
    }
  }
}

describe(`${label}: forged prepared choices`, () => {
  it('writes to a PreparedChoices change no answer and read nothing out of bounds', async () => {
    const prepared = prepareChoices(words);
    tamper(prepared);
    const expected = api.extract('angel', words, { limit: 4 });
    expect(api.extract('angel', prepared, { limit: 4 })).toEqual(expected);
    expect(await api.extractAsync('angel', prepared, { limit: 4, threads: 2 })).toEqual(expected);
    expect(api.closest('aple', prepared)).toEqual(api.closest('aple', words));
    expect(api.distanceMatrix(['apple', 'x'], prepared)).toEqual(api.distanceMatrix(['apple', 'x'], words));
    expect(await api.distanceMatrixAsync(['apple', 'x'], prepared, { threads: 2 })).toEqual(api.distanceMatrix(['apple', 'x'], words));
  });

  it('an object built from the prototype, or a subclass that never ran the constructor, is a TypeError', async () => {
    const fake = Object.create(PreparedChoices.prototype) as PreparedChoices;
    Object.assign(fake, { choices: words, unit: 'codepoint', kind: 'string', packed: { symbols: new Uint32Array(1), offsets: new Uint32Array([0, 1e9]), count: 1 } });
    expect(() => api.extract('apple', fake)).toThrow(TypeError);
    expect(() => api.extract('apple', fake)).toThrow(/choices/);
    await expect(api.extractAsync('apple', fake)).rejects.toThrow(TypeError);
    expect(() => api.distanceMatrix(['apple'], fake)).toThrow(TypeError);
  });
});
