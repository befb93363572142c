/** Computing a script once for `ops` and `diff`: the distance, the ops and the elements they index. */
import type { Editop } from '@editops/auto';
import { columnsOf, type Column } from '../alignment';
import { loadLibrary } from '../library';
import type { CommandOptions } from '../options';
import { elementsOf, toSequence } from '../units';

export interface Script {
  readonly distance: number;
  /** null when the distance is over --max-distance. */
  readonly ops: Editop[] | null;
  /** The script as alignment columns with their elements; null exactly when ops is. */
  readonly columns: Column[] | null;
  readonly src: string[];
  readonly dest: string[];
}

export function computeScript(a: string, b: string, options: CommandOptions): Script {
  const library = loadLibrary(options.backend);
  const seqA = toSequence(a, options.unit);
  const seqB = toSequence(b, options.unit);
  const distance = library.distance(seqA, seqB, options.distance);
  const editops = library.editops(seqA, seqB, options.distance);
  const src = elementsOf(a, options.unit);
  const dest = elementsOf(b, options.unit);
  if (editops && (editops.srcLength !== src.length || editops.destLength !== dest.length)) {
    throw new Error(
      `editops: internal error: the library counted ${editops.srcLength} / ${editops.destLength} elements, the command ${src.length} / ${dest.length}`,
    );
  }
  if (!editops) return { distance, ops: null, columns: null, src, dest };
  return { distance, ops: editops.toArray(), columns: columnsOf(editops.toAlignment(), src, dest), src, dest };
}

/** The --json form of a script. */
export function scriptJson(script: Script, options: CommandOptions): string {
  return JSON.stringify({
    distance: script.distance,
    metric: options.metric,
    unit: options.unit,
    srcLength: script.src.length,
    destLength: script.dest.length,
    ops: script.ops,
  });
}
