export { createApi } from './api';
export { Editops, PACKED_OP_WIDTH } from './editops';
export { KernelStatus, MetricCode, NO_MAX_DISTANCE, OpCode, type Kernel } from './kernel';
export { MAX_SEQUENCE_LENGTH } from './sequence';
export type { BackendName, DistanceOptions, Editop, EditopType, EditopsApi, Metric } from './types';
