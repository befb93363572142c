/** The API every backend package exports; @editops/auto exports it too. */
import type { BatchApi } from './batch-types';
import type { Editops } from './editops';
import type { Opcodes } from './opcodes';
import type { DistanceOptions, Sequence } from './types';

export interface EditopsApi extends BatchApi {
  /** Edit distance between a and b. Over `maxDistance` it is `maxDistance + 1`. */
  distance(a: Sequence, b: Sequence, options?: DistanceOptions): number;
  /** The largest possible distance for these lengths minus the distance (0 over `maxDistance`). */
  similarity(a: Sequence, b: Sequence, options?: DistanceOptions): number;
  /** distance / largest possible distance, in [0, 1] (1 over `maxDistance`). */
  normalizedDistance(a: Sequence, b: Sequence, options?: DistanceOptions): number;
  /** 1 - normalizedDistance, in [0, 1] (0 over `maxDistance`). */
  normalizedSimilarity(a: Sequence, b: Sequence, options?: DistanceOptions): number;
  /** The canonical optimal edit script turning a into b, or null over `maxDistance`. */
  editops(a: Sequence, b: Sequence, options?: DistanceOptions): Editops | null;
  /** The canonical script as difflib-style opcodes, or null over `maxDistance`. */
  opcodes(a: Sequence, b: Sequence, options?: DistanceOptions): Opcodes | null;
}
