/**
 * A batch call with a fuzzy scorer, as the async calls hand it to a kernel: the encoded query
 * (or queries), the choices, and the tasks it is cut into. Every backend runs the same tasks
 * (native on its threads, wasm on its workers, or here on the calling thread between turns of the
 * event loop), and the answers are merged here, once, so they equal one sync call's.
 *
 * A task is a range of choices against the query (extract), or a tile of the matrix: one query
 * row against a range of choices, or whole rows. Either way its output is contiguous: extract
 * writes up to `capacity` (index, score) pairs at `at`, best first, indices relative to the
 * task's first choice; the matrix writes its cells at `at` in the row-major result.
 */
import { BatchKind } from '../kernel';
import type { ScorerCode } from './fuzzy-kernel';

/** Ints per task in ScoredJob.tasks: queryBegin, queryEnd, choiceBegin, choiceEnd, at, capacity. */
export const TASK_INTS = 6;

/**
 * Choices (extract) or cells (matrix) per task. A task is the unit an abort waits for on native,
 * and with about 16k short choices it takes a few milliseconds of the slowest scorer.
 */
export const TASK_CHOICES = 1 << 14;

export interface ScoredJob {
  readonly kind: typeof BatchKind.extract | typeof BatchKind.matrix;
  readonly scorer: ScorerCode;
  readonly scoreCutoff: number;
  readonly queries: Uint32Array;
  readonly queryOffsets: Uint32Array;
  readonly queryCount: number;
  readonly choices: Uint32Array;
  readonly choiceOffsets: Uint32Array;
  readonly choiceCount: number;
  /** Extract: the most matches the call returns. */
  readonly limit: number;
  /** TASK_INTS per task (scoredTasks). */
  readonly tasks: Uint32Array;
  readonly taskCount: number;
  /** Extract: each task's matches, at its `at`. */
  readonly outIndex: Int32Array;
  readonly outScore: Float64Array;
  /** Extract: how many matches each task found (a kernel writes them). */
  readonly outCount: Int32Array;
  /** Matrix: the result, row-major (its tasks write straight into it). */
  readonly outMatrix: Float32Array;
  /** What stands for the choices across calls (BatchJob.choicesKey). */
  readonly choicesKey: object;
}

/** The job's fields other than its tasks and outputs. */
export type ScoredJobInput = Omit<ScoredJob, 'tasks' | 'taskCount' | 'outIndex' | 'outScore' | 'outCount' | 'outMatrix'>;

function pushTask(tasks: number[], queryBegin: number, queryEnd: number, choiceBegin: number, choiceEnd: number, at: number, capacity: number): void {
  tasks.push(queryBegin, queryEnd, choiceBegin, choiceEnd, at, capacity);
}

/** Cuts `input` into tasks of about TASK_CHOICES choices or cells, with their outputs. */
export function scoredJob(input: ScoredJobInput): ScoredJob {
  const tasks: number[] = [];
  const { queryCount, choiceCount } = input;
  let outputs = 0;
  if (input.kind === BatchKind.extract) {
    for (let begin = 0; begin < choiceCount; begin += TASK_CHOICES) {
      const end = Math.min(choiceCount, begin + TASK_CHOICES);
      const capacity = Math.min(input.limit, end - begin);
      pushTask(tasks, 0, 1, begin, end, outputs, capacity);
      outputs += capacity;
    }
  } else if (choiceCount >= TASK_CHOICES) {
    // Long rows: tiles of one row each, so that a few queries against many choices still spread.
    for (let row = 0; row < queryCount; row++) {
      for (let begin = 0; begin < choiceCount; begin += TASK_CHOICES) {
        const end = Math.min(choiceCount, begin + TASK_CHOICES);
        pushTask(tasks, row, row + 1, begin, end, row * choiceCount + begin, end - begin);
      }
    }
  } else if (choiceCount > 0) {
    const rows = Math.max(1, Math.floor(TASK_CHOICES / choiceCount));
    for (let row = 0; row < queryCount; row += rows) {
      const end = Math.min(queryCount, row + rows);
      pushTask(tasks, row, end, 0, choiceCount, row * choiceCount, (end - row) * choiceCount);
    }
  }
  const taskCount = tasks.length / TASK_INTS;
  const extract = input.kind === BatchKind.extract;
  return {
    ...input,
    tasks: Uint32Array.from(tasks),
    taskCount,
    outIndex: new Int32Array(extract ? outputs : 0),
    outScore: new Float64Array(extract ? outputs : 0),
    outCount: new Int32Array(extract ? taskCount : 0),
    outMatrix: new Float32Array(extract ? 0 : queryCount * choiceCount),
  };
}

/**
 * Extract: the tasks' matches (in outIndex / outScore / outCount) merged into the call's: score
 * descending, ties to the lower index, at most `limit`. Writes them to `index` and `score`;
 * returns how many.
 */
export function mergeScoredMatches(job: ScoredJob, index: Int32Array, score: Float64Array): number {
  const found: Array<[score: number, index: number]> = [];
  for (let t = 0; t < job.taskCount; t++) {
    const base = t * TASK_INTS;
    const begin = job.tasks[base + 2]!;
    const at = job.tasks[base + 4]!;
    const count = job.outCount[t]!;
    if (count < 0) throw new TypeError('editops: the scored batch job is malformed');
    for (let k = 0; k < count; k++) found.push([job.outScore[at + k]!, job.outIndex[at + k]! + begin]);
  }
  found.sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  const count = Math.min(job.limit, found.length, index.length);
  for (let k = 0; k < count; k++) {
    score[k] = found[k]![0];
    index[k] = found[k]![1];
  }
  return count;
}
