/**
 * Loading the editops API. It is loaded lazily, after the arguments have been checked, so that
 * --help and usage errors never pay for (or fail on) a backend. --backend pins the backend the
 * same way EDITOPS_BACKEND does: @editops/auto reads the variable when it is first loaded, and a
 * pinned backend that fails to load is an error, never a silent fallback.
 */
import type * as Auto from '@editops/auto';
import type { BackendChoice } from './options';

export type Library = typeof Auto;

export function loadLibrary(backend: BackendChoice | undefined): Library {
  if (backend !== undefined) process.env.EDITOPS_BACKEND = backend;
  return require('@editops/auto') as Library;
}
