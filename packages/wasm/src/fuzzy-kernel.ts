/**
 * The fuzzy part of the wasm Kernel: copies the encoded symbols into linear memory and calls the
 * C API's fuzzy section. Large choice lists stay resident between calls (resident-choices.ts), as
 * for the batch calls, so a loop of extract calls over one list copies it once.
 */
import type { FuzzyKernel } from '@editops/core';
import type { EditopsWasmExports } from './instantiate';
import type { ResidentChoices } from './resident-choices';

/** What the fuzzy calls need of the live instance (wasm-kernel.ts). */
export interface FuzzyInstance {
  readonly wasm: EditopsWasmExports;
  /** Copies symbols[0, length) into reused buffer A or B; returns the address. */
  copyA(symbols: Uint32Array, length: number): number;
  copyB(symbols: Uint32Array, length: number): number;
  /** Writes a string's UTF-16 units into reused buffer A or B; returns the address. */
  writeA(text: string): number;
  writeB(text: string): number;
  readonly resident: ResidentChoices;
  /** Four uint32s of scratch memory (the alignment's window). */
  readonly scratch: number;
}

/** malloc'd bytes holding `array`, or 0 when memory is short. */
function copyOut(wasm: EditopsWasmExports, array: Uint32Array): number {
  const at = wasm.malloc(Math.max(array.byteLength, 4));
  if (at !== 0) new Uint32Array(wasm.memory.buffer).set(array, at >>> 2);
  return at;
}

/** Runs fn with (symbols, offsets) in linear memory: resident when large, else copied for this call. */
function withList<T>(live: FuzzyInstance, symbols: Uint32Array, offsets: Uint32Array, fn: (symbolsAt: number, offsetsAt: number) => T): T {
  const resident = live.resident.lookup(symbols, offsets);
  if (resident) return fn(resident.symbols, resident.offsets);
  const { wasm } = live;
  const symbolsAt = copyOut(wasm, symbols);
  const offsetsAt = symbolsAt === 0 ? 0 : copyOut(wasm, offsets);
  try {
    if (offsetsAt === 0) throw new RangeError('editops: the wasm backend could not allocate the choices');
    return fn(symbolsAt, offsetsAt);
  } finally {
    if (symbolsAt !== 0) wasm.free(symbolsAt);
    if (offsetsAt !== 0) wasm.free(offsetsAt);
  }
}

function allocate(wasm: EditopsWasmExports, bytes: number): number {
  const at = wasm.malloc(Math.max(bytes, 8));
  if (at === 0) throw new RangeError(`editops: the wasm backend could not allocate ${bytes} bytes`);
  return at;
}

/** `guard` runs each call, restarting the instance after a trap (wasm-kernel.ts's recover). */
export function createWasmFuzzy(live: () => FuzzyInstance, guard: <T>(call: () => T) => T): Omit<FuzzyKernel, 'runAsync'> {
  return {
    score: (scorer, a, aLength, b, bLength, scoreCutoff) =>
      guard(() => {
        const l = live();
        return l.wasm.eo_fuzzy_score(scorer, l.copyA(a, aLength), aLength, l.copyB(b, bLength), bLength, scoreCutoff);
      }),
    scoreStrings: (scorer, a, b, scoreCutoff) =>
      guard(() => {
        const l = live();
        return l.wasm.eo_fuzzy_score_utf16(scorer, l.writeA(a), a.length, l.writeB(b), b.length, scoreCutoff);
      }),
    alignment: (a, aLength, b, bLength, scoreCutoff, out) =>
      guard(() => {
        const l = live();
        const score = l.wasm.eo_fuzzy_alignment(l.copyA(a, aLength), aLength, l.copyB(b, bLength), bLength, scoreCutoff, l.scratch);
        if (score >= 0) out.set(new Uint32Array(l.wasm.memory.buffer, l.scratch, 4));
        return score;
      }),
    similarity: (metric, a, aLength, b, bLength, prefixWeight, scoreCutoff) =>
      guard(() => {
        const l = live();
        return l.wasm.eo_fuzzy_similarity(metric, l.copyA(a, aLength), aLength, l.copyB(b, bLength), bLength, prefixWeight, scoreCutoff);
      }),
    extract: (scorer, query, queryLength, symbols, offsets, count, scoreCutoff, limit, outIndex, outScore) =>
      guard(() => {
        const l = live();
        const queryAt = l.copyA(query, queryLength);
        return withList(l, symbols, offsets, (symbolsAt, offsetsAt) => {
          const { wasm } = l;
          const indexAt = allocate(wasm, 4 * limit);
          const scoreAt = allocate(wasm, 8 * limit);
          try {
            const found = wasm.eo_fuzzy_extract(scorer, queryAt, queryLength, symbolsAt, symbols.length, offsetsAt, offsets.length, count, scoreCutoff, limit, indexAt, scoreAt);
            if (found > 0) {
              outIndex.set(new Int32Array(wasm.memory.buffer, indexAt, found));
              outScore.set(new Float64Array(wasm.memory.buffer, scoreAt, found));
            }
            return found;
          } finally {
            wasm.free(indexAt);
            wasm.free(scoreAt);
          }
        });
      }),
    matrix: (scorer, querySymbols, queryOffsets, queryCount, symbols, offsets, count, scoreCutoff, out) =>
      guard(() => {
        const l = live();
        withList(l, symbols, offsets, (symbolsAt, offsetsAt) => {
          const { wasm } = l;
          const queriesAt = copyOut(wasm, querySymbols);
          const queryOffsetsAt = queriesAt === 0 ? 0 : copyOut(wasm, queryOffsets);
          const outAt = queryOffsetsAt === 0 ? 0 : wasm.malloc(Math.max(4 * out.length, 4));
          try {
            if (outAt === 0) throw new RangeError('editops: the wasm backend could not allocate the score matrix');
            wasm.eo_fuzzy_matrix(scorer, queriesAt, querySymbols.length, queryOffsetsAt, queryOffsets.length, queryCount, symbolsAt, symbols.length, offsetsAt, offsets.length, count, scoreCutoff, outAt);
            out.set(new Float32Array(wasm.memory.buffer, outAt, out.length));
          } finally {
            for (const at of [queriesAt, queryOffsetsAt, outAt]) if (at !== 0) wasm.free(at);
          }
        });
      }),
  };
}
