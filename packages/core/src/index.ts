export { createApi } from './api';
export { DEFAULT_LIMIT } from './batch-api';
export type { AsyncOptions, BatchApi, Choices, DistanceMatrix, ExtractOptions, Match } from './batch-types';
export { MAX_MATRIX_CELLS } from './batch-job';
export { PreparedChoices, prepareChoices } from './prepared-choices';
export type { EditopsApi } from './api-contract';
export type { AlignmentColumn, AlignmentKind } from './alignment';
export { Editops, PACKED_OP_WIDTH, applyPacked } from './editops';
export { Opcodes } from './opcodes';
export { BatchKind, DISTANCE_TOO_LARGE, KernelStatus, MetricCode, NO_MAX_DISTANCE, OpCode, PathCode, type BatchJob, type Kernel } from './kernel';
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
