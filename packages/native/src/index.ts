/**
 * @editops/native: the editops API over the Node-API addon.
 */
import { createApi, type EditopsApi, type Kernel } from '@editops/core';
import { loadBinding } from './load-binding';
import { createNativeKernel } from './native-kernel';

const binding = loadBinding();

export const kernel: Kernel = createNativeKernel(binding);

const api = createApi(kernel) satisfies EditopsApi;

/** This package's version; @editops/auto refuses a backend whose version differs from its own. */
export const version: string = (require('../package.json') as { version: string }).version;

// Each export is annotated with the contract's type, so the published .d.ts refers to its
// documented overloads (a destructuring would inline them without their docs).
export const distance: EditopsApi['distance'] = api.distance;
export const similarity: EditopsApi['similarity'] = api.similarity;
export const normalizedDistance: EditopsApi['normalizedDistance'] = api.normalizedDistance;
export const normalizedSimilarity: EditopsApi['normalizedSimilarity'] = api.normalizedSimilarity;
export const editops: EditopsApi['editops'] = api.editops;
export const opcodes: EditopsApi['opcodes'] = api.opcodes;
export const closest: EditopsApi['closest'] = api.closest;
export const extract: EditopsApi['extract'] = api.extract;
export const distanceMatrix: EditopsApi['distanceMatrix'] = api.distanceMatrix;
export const closestAsync: EditopsApi['closestAsync'] = api.closestAsync;
export const extractAsync: EditopsApi['extractAsync'] = api.extractAsync;
export const distanceMatrixAsync: EditopsApi['distanceMatrixAsync'] = api.distanceMatrixAsync;
export * from '@editops/core/public';
