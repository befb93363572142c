/**
 * @editops/native: the editops API over the Node-API addon.
 */
import { createApi, type EditopsApi, type Kernel } from '@editops/core';
import { loadBinding } from './load-binding';

const binding = loadBinding();

export const kernel: Kernel = {
  name: 'native',
  distance: binding.distance,
  editops: binding.editops,
};

const api = createApi(kernel) satisfies EditopsApi;

export const distance = api.distance;
export const editops = api.editops;
export { Editops, type DistanceOptions, type Editop, type EditopType, type Metric } from '@editops/core';
