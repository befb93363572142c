import type { Kernel } from '@editops/core';

/** The functions the compiled addon exports (packages/native/src/binding.cpp). */
export type Binding = Pick<Kernel, 'distance' | 'editops'>;

/**
 * Loads the addon built in this package. The path is a literal so that bundlers can see it.
 */
export function loadBinding(): Binding {
  return require('../addon/build/Release/editops.node') as Binding;
}
