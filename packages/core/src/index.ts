// The public classes and types every backend re-exports, then what only the backends need.
export * from './public-exports';
export { createApi } from './api';
export { API_FUNCTIONS, type ApiFunctionName } from './api-functions';
export { asContract, type ApiImplementation } from './api-contract';
export { DEFAULT_LIMIT } from './batch-api';
export type { BatchApi } from './batch-types';
export { MAX_MATRIX_CELLS } from './batch-job';
export { PACKED_OP_WIDTH, applyPacked } from './editops';
export { BatchKind, CHOICE_SIGNATURE_WORDS, DISTANCE_TOO_LARGE, KERNEL_ABI_VERSION, KernelStatus, MetricCode, NO_MAX_DISTANCE, OpCode, PathCode, SimdPathCode, simdPathNameOf, withoutChoiceIndex, type BatchJob, type Kernel, type SimdPathName } from './kernel';
export {
  DEFAULT_KERNEL_OPTIONS,
  KERNEL_OPTIONS_INT32S,
  KernelOptionsField,
  kernelOptionsBlock,
  readKernelOptions,
  writeKernelOptions,
  type KernelOptions,
  type KernelOptionsBlock,
} from './kernel-options';
export { MAX_WEIGHT } from './options';
export { packedArray } from './packed-pool';
export { SHORT_STRING_KERNEL, type ShortStringKernel } from './short-strings';
export { MAX_SEQUENCE_LENGTH } from './sequence';
export type { BackendName } from './types';
export { FuzzyMetricCode, ScorerCode, type FuzzyKernel, type ScorerName } from './fuzzy/fuzzy-kernel';
export { TASK_INTS, type ScoredJob } from './fuzzy/scored-job';
export { createSearchApi, type SearchApi, type SearchApiOptions } from './search/search-api';
export { SearchModeCode, type SearchKernel, type SearchSession, type SearchSessionOptions } from './search/search-kernel';
export { searchOnePart, type SearchPartText } from './search/search-one-part';
