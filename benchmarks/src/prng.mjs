/**
 * A small seeded PRNG, so that every generated workload is the same on every run and machine.
 *
 * The state is one 32-bit counter advanced by the golden-ratio increment; each output is that
 * counter passed through an integer mixing function (xor-shift / multiply rounds). It is not
 * cryptographic and need not be: it only has to be fast, deterministic and well spread.
 */

/**
 * @typedef {object} Rng
 * @property {() => number} uint32  next integer in [0, 2^32)
 * @property {() => number} float   next float in [0, 1)
 * @property {(n: number) => number} int  next integer in [0, n)
 * @property {(lo: number, hi: number) => number} between  next integer in [lo, hi] (inclusive)
 * @property {<T>(items: readonly T[]) => T} pick  a uniformly chosen element
 * @property {(name: string) => Rng} fork  an independent stream derived from this seed and a name
 */

/** 32-bit FNV-1a of a string: turns names into seeds. */
export function hashString(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * @param {number | string} seed
 * @returns {Rng}
 */
export function createRng(seed) {
  const seed32 = typeof seed === 'string' ? hashString(seed) : seed >>> 0;
  let state = seed32;

  function uint32() {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  }
  const float = () => uint32() / 4294967296;
  const int = (n) => Math.floor(float() * n);
  return {
    uint32,
    float,
    int,
    between: (lo, hi) => lo + int(hi - lo + 1),
    pick: (items) => items[int(items.length)],
    fork: (name) => createRng((seed32 ^ hashString(name)) >>> 0),
  };
}
