/**
 * Choice lists kept in linear memory across batch calls.
 *
 * A batch call used to copy its choices into linear memory and free them afterwards. For prepared
 * choices (and plain arrays, which @editops/core caches as prepared choices) that copy is the same
 * on every call: for 100k words, about 4 MB, a large part of a whole extract call. So a list is
 * copied in once and stays resident; a later call with the same list passes only its address.
 *
 * The key is the list's symbols array, which @editops/core creates once per encoding and never
 * changes. Bounded: lists smaller than MIN_RESIDENT_BYTES are not worth keeping (copying them is
 * cheap), and past BUDGET_BYTES in all the least recently used list is freed. A list whose
 * encoding is garbage collected is freed too (FinalizationRegistry).
 */
import type { EditopsWasmExports } from './instantiate';
import type { ChoiceIndexInMemory, ListInMemory } from './run-batch';

const MIN_RESIDENT_BYTES = 64 * 1024;
const BUDGET_BYTES = 64 * 1024 * 1024;

/** Where a resident list lives in linear memory. */
export interface ResidentList extends ListInMemory {
  readonly bytes: number;
}

interface Entry extends ResidentList {
  readonly key: WeakRef<Uint32Array>;
  freed: boolean;
  /** The list's choice index, copied in at its first use; freed with the list. */
  index?: ChoiceIndexInMemory & { readonly from: Uint32Array; readonly bytes: number };
}

export class ResidentChoices {
  readonly #wasm: EditopsWasmExports;
  readonly #byKey = new WeakMap<Uint32Array, Entry>();
  /** Least recently used first. */
  readonly #order: Entry[] = [];
  #bytes = 0;
  readonly #finalizer = new FinalizationRegistry<Entry>((entry) => this.#free(entry));

  constructor(wasm: EditopsWasmExports) {
    this.#wasm = wasm;
  }

  /**
   * The resident copy of (symbols, offsets), copying it in first if needed; undefined when the
   * list is too small to keep or memory cannot hold it (the caller then copies it per call).
   */
  lookup(symbols: Uint32Array, offsets: Uint32Array): ResidentList | undefined {
    const bytes = symbols.byteLength + offsets.byteLength;
    if (bytes < MIN_RESIDENT_BYTES || bytes > BUDGET_BYTES || typeof WeakRef === 'undefined') return undefined;
    const known = this.#byKey.get(symbols);
    if (known && !known.freed) {
      const at = this.#order.indexOf(known);
      this.#order.splice(at, 1);
      this.#order.push(known);
      return known;
    }
    while (this.#bytes + bytes > BUDGET_BYTES && this.#order.length > 0) this.#free(this.#order[0]!);
    const wasm = this.#wasm;
    const symbolsAt = wasm.malloc(Math.max(symbols.byteLength, 4));
    const offsetsAt = symbolsAt === 0 ? 0 : wasm.malloc(Math.max(offsets.byteLength, 4));
    if (offsetsAt === 0) {
      if (symbolsAt !== 0) wasm.free(symbolsAt);
      return undefined;
    }
    // malloc may grow memory and detach older views: take the view after both allocations.
    const heap = new Uint32Array(wasm.memory.buffer);
    heap.set(symbols, symbolsAt >>> 2);
    heap.set(offsets, offsetsAt >>> 2);
    const entry: Entry = {
      symbols: symbolsAt,
      symbolCount: symbols.length,
      offsets: offsetsAt,
      offsetCount: offsets.length,
      bytes,
      key: new WeakRef(symbols),
      freed: false,
    };
    this.#byKey.set(symbols, entry);
    this.#order.push(entry);
    this.#bytes += bytes;
    this.#finalizer.register(symbols, entry, entry);
    return entry;
  }

  /**
   * The resident copy of a resident list's choice index, copying it in first if needed; undefined
   * when `list` is not resident here or memory cannot hold the index (the caller copies it per call).
   */
  indexOf(list: ResidentList, order: Uint32Array, signatures: Uint32Array): ChoiceIndexInMemory | undefined {
    const entry = list as Entry;
    // 4 words of signature a choice (CHOICE_SIGNATURE_WORDS); anything else is copied per call,
    // where runBatch refuses it.
    if (entry.freed || !this.#order.includes(entry) || signatures.length < 4 * order.length) return undefined;
    if (entry.index?.from === order) return entry.index;
    if (entry.index) this.#freeIndex(entry);
    const wasm = this.#wasm;
    const orderAt = wasm.malloc(Math.max(order.byteLength, 4));
    const signaturesAt = orderAt === 0 ? 0 : wasm.malloc(Math.max(signatures.byteLength, 4));
    if (signaturesAt === 0) {
      if (orderAt !== 0) wasm.free(orderAt);
      return undefined;
    }
    const heap = new Uint32Array(wasm.memory.buffer);
    heap.set(order, orderAt >>> 2);
    heap.set(signatures, signaturesAt >>> 2);
    const bytes = order.byteLength + signatures.byteLength;
    entry.index = { order: orderAt, signatures: signaturesAt, count: order.length, from: order, bytes };
    this.#bytes += bytes;
    return entry.index;
  }

  #freeIndex(entry: Entry): void {
    const index = entry.index;
    if (!index) return;
    this.#wasm.free(index.order);
    this.#wasm.free(index.signatures);
    this.#bytes -= index.bytes;
    entry.index = undefined;
  }

  #free(entry: Entry): void {
    if (entry.freed) return;
    entry.freed = true;
    this.#freeIndex(entry);
    this.#wasm.free(entry.symbols);
    this.#wasm.free(entry.offsets);
    this.#bytes -= entry.bytes;
    const at = this.#order.indexOf(entry);
    if (at >= 0) this.#order.splice(at, 1);
    this.#finalizer.unregister(entry);
    const key = entry.key.deref();
    if (key && this.#byKey.get(key) === entry) this.#byKey.delete(key);
  }
}
