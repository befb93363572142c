/**
 * @editops/auto in browsers and workers (the "browser" and "worker" export conditions): wasm is
 * the only backend there. Call and await `init(wasmUrl)` once before using the API; see
 * @editops/wasm's browser entry for what `init` accepts.
 */
import type { BackendInfo } from './resolve-backend';

export {
  init,
  ready,
  distance,
  similarity,
  normalizedDistance,
  normalizedSimilarity,
  editops,
  opcodes,
  Editops,
  Opcodes,
  type WasmSource,
  type AlignmentColumn,
  type AlignmentKind,
  type DistanceOptions,
  type Editop,
  type EditopType,
  type MatchingBlock,
  type Metric,
  type Opcode,
  type OpcodeTag,
  type Sequence,
  type StringUnit,
  type Weights,
} from '@editops/wasm';
export {
  closest,
  extract,
  distanceMatrix,
  closestAsync,
  extractAsync,
  distanceMatrixAsync,
  prepareChoices,
  PreparedChoices,
  type AsyncOptions,
  type Choices,
  type DistanceMatrix,
  type ExtractOptions,
  type Match,
} from '@editops/wasm';
export type { BackendInfo, SkippedBackend } from './resolve-backend';

const info: BackendInfo = { name: 'wasm', pinned: false, skipped: [] };

/** Always wasm in a browser. */
export function backend(): BackendInfo {
  return info;
}
