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

export const { distance, similarity, normalizedDistance, normalizedSimilarity, editops, opcodes } = api;
export const { closest, extract, distanceMatrix, closestAsync, extractAsync, distanceMatrixAsync } = api;
export * from '@editops/core/public';
