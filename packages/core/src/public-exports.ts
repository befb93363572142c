/**
 * What every backend entry re-exports besides its API functions: the result classes and the
 * public types. One list, so the five entries (native, wasm, wasm/browser, auto, auto/browser)
 * cannot drift apart. Reached as '@editops/core/public'.
 */
export { Editops } from './editops';
export { fromCigar } from './from-cigar';
export type { CigarOptions, FromCigarOptions } from './cigar';
export type { BestMatch, SearchAsyncOptions, SearchBestOptions, SearchMatch, SearchMetric, SearchMode, SearchOptions, TextChunks } from './search/search-types';
export { Opcodes } from './opcodes';
export { PreparedChoices, prepareChoices, type PrepareOptions } from './prepared-choices';
export { splitString } from './split-string';
export type { EditopsApi } from './api-contract';
export type { AlignmentColumn, AlignmentKind } from './alignment';
export type { AsyncOptions, Choices, DistanceMatrix, ExtractOptions, FloatDistanceMatrix, Match } from './batch-types';
export type {
  Applied,
  DistanceOptions,
  Editop,
  EditopType,
  IntegerSequence,
  IntegerTypedArray,
  MatchingBlock,
  FloatMetric,
  Metric,
  NoCutoffOptions,
  Opcode,
  OpcodeTag,
  SameKind,
  Sequence,
  StringUnit,
  Weights,
  Widen,
} from './types';
export { diffLines } from './diff/diff-lines';
export { diffChars, diffWords } from './diff/diff-words';
export { createPatch, structuredPatch, StructuredPatch } from './diff/structured-patch';
export { parsePatch } from './diff/parse-patch';
export { applyPatch, PatchApplyError } from './diff/apply-patch';
export { errorRates } from './diff/error-rates';
export type { DiffChange, DiffChangeType, PatchHunk, PatchOptions } from './diff/diff-types';
export type { PatchFields } from './diff/format-patch';
export type { ErrorRateOptions, ErrorRates, ErrorRateUnit } from './diff/error-rates';
export { defaultProcess } from './fuzzy/default-process';
export { METRIC_NAMES, SCORER_NAMES } from './names';
export type { FuzzyOptions, Processor } from './fuzzy/fuzzy-options';
export type { ScoreAlignment, ScoredMatch, ScoreMatrix, ScorerOptions, ScoreFunction } from './fuzzy/fuzzy-api';
export type { FuzzyApi } from './fuzzy/fuzzy-contract';
export type { ScorerName } from './fuzzy/fuzzy-kernel';
