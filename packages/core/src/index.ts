export { createApi } from './api';
export type { EditopsApi } from './api-contract';
export { Editops, PACKED_OP_WIDTH, applyPacked } from './editops';
export { Opcodes } from './opcodes';
export { DISTANCE_TOO_LARGE, KernelStatus, MetricCode, NO_MAX_DISTANCE, OpCode, type Kernel } from './kernel';
export { MAX_WEIGHT } from './options';
export { MAX_SEQUENCE_LENGTH } from './sequence';
export type {
  BackendName,
  DistanceOptions,
  Editop,
  EditopType,
  IntegerTypedArray,
  MatchingBlock,
  Metric,
  Opcode,
  OpcodeTag,
  Sequence,
  StringUnit,
  Weights,
} from './types';
