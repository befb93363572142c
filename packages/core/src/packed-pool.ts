/**
 * Int32Arrays for short packed scripts, carved out of shared chunks.
 *
 * Why: V8 keeps a typed array of up to 64 bytes inside its object, but a larger one gets a backing
 * store of its own, which costs about 350 ns to allocate: more than a whole short editops call. A
 * view into a shared chunk costs about 60 ns. A chunk is freed by the garbage collector once no
 * view into it is alive, so a script that is kept keeps at most one chunk (8 KiB) alive.
 * docs/decisions.md has the measurements.
 */

/** Scripts up to this many int32s fit in the object itself; beyond it a chunk view is cheaper. */
const IN_OBJECT_INTS = 16;
/** Scripts up to this many int32s come from a chunk; longer ones get their own array. */
const POOLED_MAX_INTS = 384;
const CHUNK_INTS = 2048;

let chunk = new ArrayBuffer(4 * CHUNK_INTS);
let used = 0;

/** A zero-filled Int32Array of `length` elements (not shared with any other live array's elements). */
export function packedArray(length: number): Int32Array {
  if (length <= IN_OBJECT_INTS || length > POOLED_MAX_INTS) return new Int32Array(length);
  if (used + length > CHUNK_INTS) {
    chunk = new ArrayBuffer(4 * CHUNK_INTS);
    used = 0;
  }
  // A view made by the constructor: subarray() costs about half again as much, as it looks up
  // the species constructor first.
  const view = new Int32Array(chunk, 4 * used, length);
  used += length;
  return view;
}
