/**
 * The choice index of an encoding, for extract jobs (c_api.h's eo_choice_index).
 *
 * With it, the core visits the choices by growing length difference from the query, stops once
 * that difference is over its cutoff, and rejects most of the rest by a signature of their
 * symbols without reading them: a top-10 extract over 100k words costs about a third (C++ bench,
 * `extract10-indexed`). The answers are the same with it and without it.
 *
 * It is built once per encoding (prepared choices, or a plain array the batch calls cache) by the
 * kernel, and kept beside the encoding for as long as the encoding lives (20 bytes a choice). It
 * is built on the encoding's second extract, not its first: building costs about two extracts'
 * time (6 ms for 100k words), which a list searched once would pay for nothing. Only lists long
 * enough for the walk to matter get one, only for a limit small beside the list, where the
 * cutoff falls fast (with a limit near the list's size nearly every choice is scored anyway), and
 * only for the metrics the core's walk serves: unit-cost Levenshtein, OSA and Indel.
 */
import { BatchKind, CHOICE_SIGNATURE_WORDS, MetricCode, type BatchJob, type Kernel } from './kernel';
import type { ResolvedOptions } from './options';
import type { PackedList } from './sequence-list';

/** Below this many choices, an extract is fast enough without an index. */
export const MIN_INDEXED_CHOICES = 4096;

/**
 * The most choices an async call builds an index for. The build runs on the calling thread in one
 * kernel call (about 60 ns a choice), and an async call must not hold the event loop for long:
 * 128k choices take about 8 ms. An async call over a longer list uses an index that a sync call
 * has built, and otherwise walks the list.
 */
export const MAX_ASYNC_BUILD = 1 << 17;

/** The index is used for a limit of at most choices / LIMIT_SHARE. */
const LIMIT_SHARE = 16;

interface ChoiceIndex {
  readonly order: Uint32Array;
  readonly signatures: Uint32Array;
}

/** An encoding's index, or 'once' after its first extract. */
const indexes = new WeakMap<PackedList, ChoiceIndex | 'once'>();

/** The metrics the core's index walk serves (the others would never read an index). */
function indexServes(options: ResolvedOptions): boolean {
  return options.unitLevenshtein || options.metric === MetricCode.osa || options.metric === MetricCode.indel;
}

/**
 * The job with its choices' index attached when it pays (see above); the job itself otherwise.
 * `packed` is the encoding's list, whose arrays the job's choices are; `async` says whether the
 * call must keep the event loop free (MAX_ASYNC_BUILD).
 */
export function withChoiceIndex(kernel: Kernel, job: BatchJob, packed: PackedList, options: ResolvedOptions, async: boolean): BatchJob {
  if (job.kind !== BatchKind.extract || packed.count < MIN_INDEXED_CHOICES || job.limit * LIMIT_SHARE > packed.count || !indexServes(options)) return job;
  const known = indexes.get(packed);
  if (known === undefined) {
    indexes.set(packed, 'once');
    return job;
  }
  let index = known;
  if (index === 'once') {
    if (async && packed.count > MAX_ASYNC_BUILD) return job;
    const order = new Uint32Array(packed.count);
    const signatures = new Uint32Array(CHOICE_SIGNATURE_WORDS * packed.count);
    kernel.choiceIndex(packed.symbols, packed.offsets, packed.count, order, signatures);
    index = { order, signatures };
    indexes.set(packed, index);
  }
  return { ...job, choiceOrder: index.order, choiceSignatures: index.signatures };
}
